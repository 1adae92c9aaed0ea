import { describe, expect, it } from 'vitest';
import { parsePatch } from '../patch.js';
import { relationId } from './ids.js';
import { patchesToRows } from './rows.js';

const model = { id: 'm@1', name: 'm', version: '1', task: 'ner' };
const patch = (sourceId: string, say: [string, string]) =>
  parsePatch({
    source: { id: sourceId, kind: 'text', mediaType: 'text/plain', contentHash: 'b'.repeat(64) },
    run: { id: `${sourceId}:run`, models: [model] },
    segments: [{ id: `${sourceId}#0`, kind: 'text', index: 0, text: 'x', start: 0, end: 1 }],
    entities: [
      { id: 'bj', type: 'Location', name: 'Beijing', names: { zh: '北京' }, aliases: ['Peking'] },
      { id: 'p', type: 'Person', name: 'P' },
    ],
    mentions: [
      { segmentId: `${sourceId}#0`, entityId: 'bj', surface: 'Beijing', start: 0, end: 1, confidence: 1, model: 'm@1' },
      { segmentId: `${sourceId}#0`, entityId: 'p', surface: 'P', start: 0, end: 1, confidence: 1, model: 'm@1' },
    ],
    relations: [{ type: 'MET', subjectId: say[0], objectId: say[1], segmentId: `${sourceId}#0`, confidence: 0.5, model: 'm@1' }],
  });

describe('patchesToRows', () => {
  it('merges one entity seen in several patches and keeps every name and alias', () => {
    const rows = patchesToRows([patch('a', ['bj', 'p']), patch('b', ['p', 'bj'])]);
    expect(rows.entities.map((e) => e.id)).toEqual(['bj', 'p']);
    expect(rows.entities[0]).toMatchObject({ names: { name_zh: '北京' }, aliases: ['Beijing', '北京', 'Peking'] });
    expect(rows.models).toHaveLength(1);
  });

  it('makes "A met B" and "B met A" one relation with two pieces of evidence', () => {
    const rows = patchesToRows([patch('a', ['bj', 'p']), patch('b', ['p', 'bj'])]);
    expect(rows.relations).toEqual([{ id: relationId('MET', 'bj', 'p'), type: 'MET', subjectId: 'bj', objectId: 'p' }]);
    expect(rows.evidence.map((e) => e.props.sourceId)).toEqual(['a', 'b']);
    expect(new Set(rows.evidence.map((e) => e.id)).size).toBe(2);
  });

  it('gives the same ids to the same facts every time', () => {
    const one = patchesToRows([patch('a', ['bj', 'p'])]);
    const two = patchesToRows([patch('a', ['bj', 'p'])]);
    expect(two.mentions.map((m) => m.id)).toEqual(one.mentions.map((m) => m.id));
    expect(two.evidence.map((m) => m.id)).toEqual(one.evidence.map((m) => m.id));
  });

  it('stamps every fact with its source, run and model', () => {
    const rows = patchesToRows([patch('a', ['bj', 'p'])]);
    for (const fact of [...rows.mentions, ...rows.evidence]) {
      expect(fact.props).toMatchObject({ sourceId: 'a', runId: 'a:run', model: 'm@1' });
    }
    expect(rows.segments[0]?.props).toMatchObject({ sourceId: 'a', runId: 'a:run', kind: 'text', start: 0, end: 1 });
    expect(rows.segments[0]?.props).not.toHaveProperty('x');
  });
});
