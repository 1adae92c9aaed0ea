import { describe, expect, it } from 'vitest';
import { InvalidPatchError } from './errors.js';
import { parsePatch, type GraphPatchInput } from './patch.js';

const hash = 'a'.repeat(64);
const base = (): GraphPatchInput => ({
  source: { id: 'doc', kind: 'text', mediaType: 'text/plain', contentHash: hash },
  run: { id: 'run', models: [{ id: 'ner@1', name: 'ner', version: '1', task: 'ner' }] },
  segments: [{ id: 'doc#0', kind: 'text', index: 0, text: 'Ada met Bob.', start: 0, end: 12 }],
  entities: [
    { id: 'p:ada', type: 'Person', name: 'Ada' },
    { id: 'p:bob', type: 'Person', name: 'Bob' },
  ],
  mentions: [
    { segmentId: 'doc#0', entityId: 'p:ada', surface: 'Ada', start: 0, end: 3, confidence: 0.9, model: 'ner@1' },
    { segmentId: 'doc#0', entityId: 'p:bob', surface: 'Bob', start: 8, end: 11, confidence: 0.9, model: 'ner@1' },
  ],
  relations: [{ type: 'MET', subjectId: 'p:ada', objectId: 'p:bob', segmentId: 'doc#0', confidence: 0.7, model: 'ner@1' }],
});

function problems(input: unknown): string[] {
  try {
    parsePatch(input);
  } catch (e) {
    if (e instanceof InvalidPatchError) return e.problems;
    throw e;
  }
  return [];
}

describe('parsePatch', () => {
  it('accepts a consistent patch and fills empty lists', () => {
    const patch = parsePatch(base());
    expect(patch.faces).toEqual([]);
    expect(patch.relations).toHaveLength(1);
  });

  it('rejects entity types and relation types outside the vocabulary', () => {
    const p = base() as { entities: { type: string }[]; relations: { type: string }[] };
    p.entities[0]!.type = 'Wizard';
    p.relations[0]!.type = 'HATES';
    const found = problems(p);
    expect(found.some((x) => x.startsWith('entities.0.type'))).toBe(true);
    expect(found.some((x) => x.startsWith('relations.0.type'))).toBe(true);
  });

  it('requires a sha256 content hash and name@version model references', () => {
    const p = base() as { source: { contentHash: string }; mentions: { model: string }[] };
    p.source.contentHash = 'abc';
    p.mentions[0]!.model = 'ner';
    expect(problems(p)).toEqual(expect.arrayContaining([expect.stringContaining('source.contentHash'), expect.stringContaining('mentions.0.model')]));
  });

  it('lists every broken reference at once', () => {
    const p = base() as { entities: unknown[]; mentions: { segmentId: string; model: string }[]; relations: { objectId: string }[] };
    p.entities.push({ id: 'p:carol', type: 'Person', name: 'Carol' });
    p.mentions[0]!.segmentId = 'nope';
    p.mentions[1]!.model = 'other@2';
    p.relations[0]!.objectId = 'p:ada';
    const found = problems(p);
    expect(found).toEqual(
      expect.arrayContaining([
        'mentions.0: unknown segment "nope"',
        'mentions.1: model other@2 is not declared on the run',
        'relations.0: an entity cannot relate to itself',
        'entity "p:carol" is not mentioned by any segment of the patch',
      ]),
    );
  });

  it('checks the shape each segment kind needs', () => {
    const p = base() as { segments: unknown[] };
    p.segments.push({ id: 'img#1', kind: 'region', index: 1 }, { id: 'aud#2', kind: 'time', index: 2, startMs: 900, endMs: 100 });
    const found = problems(p);
    expect(found).toEqual(expect.arrayContaining(['segments.1: region segment needs a box', 'segments.2: time segment needs startMs <= endMs']));
  });

  it('rejects duplicate ids', () => {
    const p = base() as { entities: unknown[] };
    p.entities.push({ id: 'p:ada', type: 'Person', name: 'Ada again' });
    expect(problems(p)).toContain('entity id "p:ada" appears twice');
  });
});
