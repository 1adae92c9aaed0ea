import { createHash } from 'node:crypto';
import type { GraphPatchInput } from '../../graph-schema/index.js';

export const NER_MODEL = { id: 'test-ner@1.0.0', name: 'test-ner', version: '1.0.0', task: 'ner', licence: 'MIT', origin: 'test fixture' };
export const REL_MODEL = { id: 'test-rel@1.0.0', name: 'test-rel', version: '1.0.0', task: 'relations' };

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface TextFact {
  /** Surface form as it appears in the text. */
  surface: string;
  entity: { id: string; type: 'Person' | 'Organization' | 'Location' | 'Product'; name: string };
}

/**
 * A text-source patch built from a sentence list the way an extractor would:
 * one segment per sentence with real character offsets, a mention wherever an
 * entity's surface occurs, and relations given as [subject, TYPE, object, sentence index].
 */
export function textPatch(options: {
  sourceId: string;
  sentences: string[];
  facts: TextFact[];
  relations?: [string, 'WORKS_FOR' | 'CEO_OF' | 'HEADQUARTERED_IN' | 'MET' | 'ACQUIRED' | 'FOUNDED', string, number][];
  runId?: string;
}): GraphPatchInput {
  const text = options.sentences.join(' ');
  let offset = 0;
  const segments = options.sentences.map((sentence, index) => {
    const seg = { id: `${options.sourceId}#${index}`, kind: 'text' as const, index, text: sentence, start: offset, end: offset + sentence.length, language: 'en' };
    offset += sentence.length + 1;
    return seg;
  });
  const mentions = segments.flatMap((seg) =>
    options.facts.flatMap((f) => {
      const at = seg.text.indexOf(f.surface);
      if (at < 0) return [];
      return [{ segmentId: seg.id, entityId: f.entity.id, surface: f.surface, start: seg.start + at, end: seg.start + at + f.surface.length, confidence: 0.9, model: NER_MODEL.id }];
    }),
  );
  const mentioned = new Set(mentions.map((m) => m.entityId));
  const entities = options.facts.map((f) => f.entity).filter((e, i, all) => mentioned.has(e.id) && all.findIndex((x) => x.id === e.id) === i);
  const relations = (options.relations ?? []).map(([subjectId, type, objectId, sentence]) => {
    const seg = segments[sentence];
    if (!seg) throw new Error(`no sentence ${sentence}`);
    return { type, subjectId, objectId, segmentId: seg.id, confidence: 0.8, model: REL_MODEL.id, text: seg.text, start: seg.start, end: seg.end };
  });
  return {
    source: { id: options.sourceId, kind: 'text', mediaType: 'text/plain', contentHash: sha256(text), name: `${options.sourceId}.txt`, language: 'en', bytes: Buffer.byteLength(text) },
    run: { id: options.runId ?? `${options.sourceId}:run:${sha256(text).slice(0, 8)}`, models: [NER_MODEL, REL_MODEL] },
    segments,
    entities,
    mentions,
    relations,
  };
}
