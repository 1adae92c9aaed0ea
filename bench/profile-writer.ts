import type { Logger } from '../config/index.js';
import { GraphWriter, parsePatch, type GraphGateway, type GraphPatchInput } from '../graph-schema/index.js';
import * as q from '../graph-schema/writer/queries.js';
import { patchesToRows } from '../graph-schema/writer/rows.js';
import {
  BASELINE_MENTIONS,
  BASELINE_MODELS,
  BASELINE_SEGMENTS,
  BASELINE_SOURCES,
  BaselineWriter,
  baselineEntities,
  baselineRelations,
  baselineRows,
} from './baseline-writer.js';
import { profileSteps, type ProfileStep, type Profiled } from './profile.js';

/**
 * `--profile`: PROFILE of every write step of both systems, on one batch each.
 * A prefix of the corpus is written first the normal way (so indexes and
 * dense entities look like a real graph), then the next documents, sized to
 * make about one batch of mentions, go through `PROFILE` step by step.
 * db hits are deterministic for the data, unlike the wall times.
 */

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

function writerSteps(patches: readonly GraphPatchInput[], batch: number): ProfileStep[] {
  const rows = patchesToRows(patches.map((p) => parsePatch(p)));
  const first = <T>(list: readonly T[]) => list.slice(0, batch);
  return [
    { step: 'sources', query: q.UPSERT_SOURCES, rows: first(rows.sources) },
    { step: 'models', query: q.UPSERT_MODELS, rows: first(rows.models) },
    { step: 'runs', query: q.UPSERT_RUNS, rows: first(rows.runs) },
    { step: 'segments', query: q.UPSERT_SEGMENTS, rows: first(rows.segments) },
    ...[...groupBy(rows.entities, (e) => e.type)].map(([type, list]) => ({ step: `entities:${type}`, query: q.upsertEntities(type), rows: first(list) })),
    { step: 'mentions', query: q.UPSERT_MENTIONS, rows: first(rows.mentions) },
    { step: 'evidence', query: q.UPSERT_EVIDENCE, rows: first(rows.evidence) },
    ...[...groupBy(rows.relations, (r) => r.type)].map(([type, list]) => ({ step: `relations:${type}`, query: q.syncRelations(type), rows: first(list) })),
    { step: 'finish', query: q.FINISH_SOURCES, rows: first(rows.sources.map((s) => ({ id: s.id, contentHash: s.contentHash }))) },
  ];
}

function baselineSteps(patches: readonly GraphPatchInput[], batch: number): ProfileStep[] {
  const rows = baselineRows(patches);
  const first = <T>(list: readonly T[]) => list.slice(0, batch);
  return [
    { step: 'sources', query: BASELINE_SOURCES, rows: first(rows.sources) },
    { step: 'models', query: BASELINE_MODELS, rows: first(rows.models) },
    { step: 'segments', query: BASELINE_SEGMENTS, rows: first(rows.segments) },
    ...[...rows.entities].map(([type, list]) => ({ step: `entities:${type}`, query: baselineEntities(type), rows: first(list) })),
    { step: 'mentions', query: BASELINE_MENTIONS, rows: first(rows.mentions) },
    ...[...rows.relations].map(([type, list]) => ({ step: `relations:${type}`, query: baselineRelations(type), rows: first(list) })),
  ];
}

export interface ProfileReport {
  writer: Profiled[];
  baseline: Profiled[];
}

export async function profileBoth(options: {
  gateway: GraphGateway;
  logger: Logger;
  batchSize: number;
  /** Corpus per system, each in its own namespace: prefix written normally, the rest profiled. */
  writerPatches: GraphPatchInput[];
  baselinePatches: GraphPatchInput[];
  prefixDocs: number;
}): Promise<ProfileReport> {
  const { gateway, logger, batchSize, prefixDocs } = options;
  await new GraphWriter({ gateway, logger, batchSize }).writeMany(options.writerPatches.slice(0, prefixDocs));
  await new BaselineWriter(gateway, batchSize).write(options.baselinePatches.slice(0, prefixDocs));
  const writer = await profileSteps(gateway, writerSteps(options.writerPatches.slice(prefixDocs), batchSize));
  const baseline = await profileSteps(gateway, baselineSteps(options.baselinePatches.slice(prefixDocs), batchSize));
  return { writer, baseline };
}
