import DataLoader from 'dataloader';
import * as entities from './graph/entities.js';
import type { CypherQuery } from './graph/cypher.js';
import { cell, type GraphReader, type Row } from './graph/reader.js';
import {
  toEntity,
  toMention,
  toModelVersion,
  toRelation,
  toRun,
  toSegment,
  toSource,
  type EntityRecord,
  type MentionRecord,
  type ModelVersionRecord,
  type RelationRecord,
  type RunRecord,
  type SegmentRecord,
  type SourceRecord,
} from './graph/records.js';
import * as sources from './graph/sources.js';

/**
 * Batching loaders for one request. Created with the request's context and
 * dropped with it, so nothing cached outlives the request or leaks between
 * callers with different roles.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  segment: DataLoader<string, SegmentRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  modelVersion: DataLoader<string, ModelVersionRecord | null>;
  segmentMentions: DataLoader<string, MentionRecord[]>;
  sourceRuns: DataLoader<string, RunRecord[]>;
  faceEmbedding: DataLoader<string, number[] | null>;
  voiceEmbedding: DataLoader<string, number[] | null>;
}

/** One record per key, in key order, null where missing. */
function byId<T extends { id: string }>(reader: GraphReader, query: (ids: readonly string[]) => CypherQuery, column: string, map: (p: Record<string, unknown>) => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await reader.rows(query(ids))).map((row) => map(cell(row, column))).map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** All records per key, grouped by `keyOf`, in query order. */
function grouped<T>(reader: GraphReader, query: (ids: readonly string[]) => CypherQuery, map: (row: Row) => T, keyOf: (r: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>();
    for (const record of (await reader.rows(query(ids))).map(map)) {
      const key = keyOf(record);
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function embeddings(reader: GraphReader, kind: 'face' | 'voice') {
  return new DataLoader<string, number[] | null>(async (ids) => {
    const rows = await reader.rows(sources.biometricEmbeddings(kind, ids));
    const found = new Map(rows.map((r) => [r.id as string, Array.isArray(r.embedding) ? (r.embedding as number[]) : null]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Each loader is built on first use: most requests touch one or two of the
 * nine, and a DataLoader (with its cache map and batch state) per kind per
 * request was a measurable share of a small query's cost. Still one set per
 * request, never shared.
 */
class LazyLoaders implements Loaders {
  #entity?: Loaders['entity'];
  #source?: Loaders['source'];
  #segment?: Loaders['segment'];
  #relation?: Loaders['relation'];
  #modelVersion?: Loaders['modelVersion'];
  #segmentMentions?: Loaders['segmentMentions'];
  #sourceRuns?: Loaders['sourceRuns'];
  #faceEmbedding?: Loaders['faceEmbedding'];
  #voiceEmbedding?: Loaders['voiceEmbedding'];

  constructor(private readonly reader: GraphReader) {}

  get entity() {
    return (this.#entity ??= byId(this.reader, entities.entitiesByIds, 'e', toEntity));
  }
  get source() {
    return (this.#source ??= byId(this.reader, sources.sourcesByIds, 's', toSource));
  }
  get segment() {
    return (this.#segment ??= byId(this.reader, sources.segmentsByIds, 'seg', toSegment));
  }
  get relation() {
    return (this.#relation ??= byId(this.reader, entities.relationsByIds, 'r', toRelation));
  }
  get modelVersion() {
    return (this.#modelVersion ??= byId(this.reader, sources.modelVersionsByIds, 'v', toModelVersion));
  }
  get segmentMentions() {
    return (this.#segmentMentions ??= grouped(this.reader, sources.mentionsBySegmentIds, (row) => toMention(cell(row, 'm')), (m) => m.segmentId));
  }
  get sourceRuns() {
    return (this.#sourceRuns ??= grouped(this.reader, sources.runsBySourceIds, (row) => toRun(cell(row, 'r')), (r) => r.sourceId));
  }
  get faceEmbedding() {
    return (this.#faceEmbedding ??= embeddings(this.reader, 'face'));
  }
  get voiceEmbedding() {
    return (this.#voiceEmbedding ??= embeddings(this.reader, 'voice'));
  }
}

/**
 * Each loader is built on first use: most requests touch one or two of the
 * nine, and nine DataLoaders per request were a measurable share of a small
 * query's cost. Still one set per request, never shared.
 */
export function createLoaders(reader: GraphReader): Loaders {
  return new LazyLoaders(reader);
}
