import { describe, expect, it } from 'vitest';
import { createStatement, SCHEMA } from '../schema.js';
import { MIGRATIONS, LATEST_VERSION, checksum } from './index.js';

const dims = { textDim: 512, faceDim: 1024, voiceDim: 64 };

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('create every declared schema element, idempotently', () => {
    const statements = MIGRATIONS.flatMap((m) => m.statements(dims)).map((s) => s.text);
    expect(statements).toHaveLength(SCHEMA.length);
    for (const element of SCHEMA) expect(statements.some((s) => s.includes(` ${element.name} IF NOT EXISTS`))).toBe(true);
  });

  it('pass vector dimensions as parameters, so the checksum does not depend on config', () => {
    const vector = SCHEMA.find((e) => e.kind === 'vector');
    if (!vector) throw new Error('no vector index declared');
    const statement = createStatement(vector, dims);
    expect(statement.text).toContain('OPTIONS $options');
    expect(String((statement.params.options as { indexConfig: Record<string, unknown> }).indexConfig['vector.dimensions'])).toBe('512');
    for (const m of MIGRATIONS) expect(checksum(m, dims)).toBe(checksum(m, { ...dims, textDim: 384 }));
  });
});
