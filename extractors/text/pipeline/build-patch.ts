import type { GraphPatchInput } from '../../../graph-schema/index.js';
import type { ModelCard, Span } from '../../base/contract.js';
import type { DocumentAnalysis } from './analyze-document.js';
import type { DocumentResolution } from './resolve-entities.js';

export interface PatchSource {
  id: string;
  name: string;
  mediaType: string;
  contentHash: string;
  bytes: number;
  title?: string;
  uri?: string;
}

export interface BuildPatchInput {
  source: PatchSource;
  runId: string;
  text: string;
  analysis: DocumentAnalysis;
  resolution: DocumentResolution;
  /** One per chunk, or none when embeddings are off. */
  chunkEmbeddings: number[][] | null;
  /** Every model that contributed (NER, relations, embeddings, translation). */
  models: ModelCard[];
}

/** Index of the chunk that contains `offset` (chunks are sorted and cover the text). */
function chunkAt(chunks: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Turns one document's analysis and resolution into the writer's patch. Pure. */
export function buildTextPatch(input: BuildPatchInput): GraphPatchInput {
  const { source, analysis, resolution } = input;
  const segmentId = (i: number) => `${source.id}#${i}`;
  const language = /^[a-z]{2,3}$/.test(analysis.language) ? analysis.language : undefined;

  const segments = analysis.chunks.map((chunk, index) => ({
    id: segmentId(index),
    kind: 'text' as const,
    index,
    text: chunk.text,
    start: chunk.start,
    end: chunk.end,
    ...(language ? { language } : {}),
    ...(input.chunkEmbeddings?.[index] ? { embedding: input.chunkEmbeddings[index] } : {}),
  }));

  const mentioned = new Set<number>();
  const mentions = analysis.mentions.flatMap((m, i) => {
    const r = resolution.mentions[i];
    const entity = r && r.entity >= 0 ? resolution.entities[r.entity] : undefined;
    if (!r || !entity || segments.length === 0) return [];
    mentioned.add(r.entity);
    const rule = r.withinRule === 'self' ? entity.resolution.rule : `within:${r.withinRule}+${entity.resolution.rule}`;
    return [{
      segmentId: segmentId(chunkAt(analysis.chunks, m.start)),
      entityId: entity.id,
      surface: m.text,
      start: m.start,
      end: m.end,
      confidence: m.confidence,
      model: analysis.nerCard.id,
      resolution: {
        rule,
        score: Math.min(1, r.withinScore * entity.resolution.score),
        ...(entity.resolution.ownId !== entity.id ? { ownEntityId: entity.resolution.ownId, ownName: entity.resolution.name } : {}),
      },
    }];
  });

  const entities = resolution.entities
    .filter((_, i) => mentioned.has(i))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, key: e.key, names: e.names, aliases: e.aliases }));

  const entityOf = (mentionIndex: number) => {
    const r = resolution.mentions[mentionIndex];
    return r && r.entity >= 0 ? resolution.entities[r.entity]?.id : undefined;
  };
  const relations = analysis.relations.flatMap((rel) => {
    const subjectId = entityOf(rel.subject);
    const objectId = entityOf(rel.object);
    // Resolution can fold both ends into one entity ("Valencia" the person, "Valencia" the city is not such a case: types differ).
    if (!subjectId || !objectId || subjectId === objectId) return [];
    return [{
      type: rel.type,
      subjectId,
      objectId,
      segmentId: segmentId(chunkAt(analysis.chunks, rel.sentence.start)),
      confidence: rel.confidence,
      model: analysis.relationsCard.id,
      text: rel.sentence.text,
      start: rel.sentence.start,
      end: rel.sentence.end,
    }];
  });

  const models = [...new Map(input.models.map((m) => [m.id, m])).values()].map((m) => ({
    id: m.id, name: m.name, version: m.version, task: m.task, licence: m.licence, origin: m.origin,
  }));

  return {
    source: {
      id: source.id,
      kind: 'text',
      mediaType: source.mediaType,
      contentHash: source.contentHash,
      name: source.name,
      bytes: source.bytes,
      ...(language ? { language } : {}),
      ...(source.title ? { title: source.title } : {}),
      ...(source.uri ? { uri: source.uri } : {}),
    },
    run: { id: input.runId, models },
    segments,
    entities,
    mentions,
    relations,
  };
}
