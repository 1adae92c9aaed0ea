import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { recognizeEntities } from '../ner/index.js';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from '../ner/fixtures/warm-up.js';
import { sentencesOf } from './fixtures/sentences.js';
import { createPatternRelations, PATTERN_RELATIONS_VERSION, patternRelationsCard } from './pattern-relations.js';
import { PAIR_PATTERNS } from './patterns.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

describe('pattern-relations', () => {
  it('has a project-versioned model card', () => {
    expect(patternRelationsCard).toEqual({
      id: `pattern-relations@${PATTERN_RELATIONS_VERSION}`,
      name: 'pattern-relations',
      version: PATTERN_RELATIONS_VERSION,
      task: 'relations',
      licence: 'project',
      origin: 'project patterns (extractors/text/relations)',
      engine: 'bundled',
    });
  });

  it('runs as an extractor over text, sentences and mentions', async () => {
    const text = 'GitHub was acquired by Microsoft.';
    const extractor = createPatternRelations();
    const relations = await extractor.run({ text, sentences: sentencesOf(text), mentions: recognizeEntities(text) });
    expect(relations.map((r) => [r.type, r.pattern])).toEqual([['ACQUIRED', 'acquired-by']]);
    await extractor.dispose();
  });

  it('rejects malformed input as an input error', async () => {
    const extractor = createPatternRelations();
    const bad = extractor.run({ text: 'x', sentences: 'x', mentions: [] } as never);
    await expect(bad).rejects.toSatisfy((err: unknown) => err instanceof ExtractorError && err.code === ExtractorErrorCode.UnsupportedType);
  });

  it('gives every pattern a unique name and a confidence above co-occurrence', () => {
    const names = PAIR_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const pattern of PAIR_PATTERNS) expect(pattern.confidence).toBeGreaterThan(0.3);
  });
});
