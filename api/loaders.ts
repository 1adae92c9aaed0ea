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

export function createLoaders(reader: GraphReader): Loaders {
  return {
    entity: byId(reader, entities.entitiesByIds, 'e', toEntity),
    source: byId(reader, sources.sourcesByIds, 's', toSource),
    segment: byId(reader, sources.segmentsByIds, 'seg', toSegment),
    relation: byId(reader, entities.relationsByIds, 'r', toRelation),
    modelVersion: byId(reader, sources.modelVersionsByIds, 'v', toModelVersion),
    segmentMentions: grouped(reader, sources.mentionsBySegmentIds, (row) => toMention(cell(row, 'm')), (m) => m.segmentId),
    sourceRuns: grouped(reader, sources.runsBySourceIds, (row) => toRun(cell(row, 'r')), (r) => r.sourceId),
    faceEmbedding: embeddings(reader, 'face'),
    voiceEmbedding: embeddings(reader, 'voice'),
  };
}
