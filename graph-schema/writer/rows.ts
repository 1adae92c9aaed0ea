import type { GraphPatch } from '../patch.js';
import type { EntityType, RelationType } from '../ontology.js';
import { evidenceId, mentionId, orientRelation, relationId } from './ids.js';

/**
 * Flattens patches into the row lists that the writer's UNWIND queries take.
 * Pure: no database, so the shapes are unit-tested directly.
 */

type Props = Record<string, unknown>;

export interface SourceRow { id: string; contentHash: string; props: Props }
export interface ModelRow { id: string; name: string; task: string; props: Props }
export interface RunRow { id: string; sourceId: string; startedAt: string; models: string[] }
export interface SegmentRow { id: string; sourceId: string; props: Props }
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  key: string | null;
  names: Props;
  aliases: string[];
  embedding: number[] | null;
  geo: { latitude: number; longitude: number } | null;
}
export interface MentionRow { id: string; segmentId: string; entityId: string; props: Props }
export interface EvidenceRow { id: string; segmentId: string; props: Props }
export interface RelationRow { id: string; type: RelationType; subjectId: string; objectId: string }
export interface BiometricRow {
  id: string;
  segmentId: string;
  identityId: string | null;
  person: { entityId: string; rule: string; score: number } | null;
  props: Props;
}

export interface PatchRows {
  sources: SourceRow[];
  models: ModelRow[];
  runs: RunRow[];
  segments: SegmentRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  evidence: EvidenceRow[];
  relations: RelationRow[];
  faces: BiometricRow[];
  voices: BiometricRow[];
}

/** Drops undefined so `SET n += row.props` never writes a null it did not mean. */
function defined(props: Record<string, unknown>): Props {
  // A plain loop: this runs for every row of every patch, and entries/filter/fromEntries showed up first in profiles.
  const out: Props = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function patchesToRows(patches: readonly GraphPatch[], now = new Date()): PatchRows {
  const rows: PatchRows = {
    sources: [], models: [], runs: [], segments: [], entities: [], mentions: [], evidence: [], relations: [], faces: [], voices: [],
  };
  const models = new Map<string, ModelRow>();
  const entities = new Map<string, EntityRow>();
  const relations = new Map<string, RelationRow>();

  for (const patch of patches) {
    const { source, run } = patch;
    rows.sources.push({
      id: source.id,
      contentHash: source.contentHash,
      props: defined({
        kind: source.kind, mediaType: source.mediaType, name: source.name, uri: source.uri,
        language: source.language, bytes: source.bytes, title: source.title,
        capturedAt: source.capturedAt, device: source.device, width: source.width, height: source.height, durationMs: source.durationMs,
      }),
    });
    for (const m of run.models) {
      models.set(m.id, { id: m.id, name: m.name, task: m.task, props: defined({ name: m.name, version: m.version, task: m.task, licence: m.licence, origin: m.origin }) });
    }
    rows.runs.push({ id: run.id, sourceId: source.id, startedAt: run.startedAt ?? now.toISOString(), models: run.models.map((m) => m.id) });

    for (const s of patch.segments) {
      rows.segments.push({
        id: s.id,
        sourceId: source.id,
        props: defined({
          sourceId: source.id, runId: run.id, kind: s.kind, index: s.index, text: s.text, start: s.start, end: s.end,
          x: s.box?.x, y: s.box?.y, w: s.box?.w, h: s.box?.h, startMs: s.startMs, endMs: s.endMs,
          language: s.language, embedding: s.embedding,
        }),
      });
    }

    for (const e of patch.entities) {
      const names = Object.fromEntries(Object.entries(e.names ?? {}).map(([lang, n]) => [`name_${lang}`, n]));
      const aliases = [...new Set([e.name, ...Object.values(e.names ?? {}), ...(e.aliases ?? [])])];
      const prev = entities.get(e.id);
      if (prev) {
        // The same entity in several patches of one batch: union what they know.
        Object.assign(prev.names, names);
        prev.aliases = [...new Set([...prev.aliases, ...aliases])];
        prev.embedding ??= e.embedding ?? null;
        prev.geo ??= e.geo ?? null;
      } else {
        entities.set(e.id, { id: e.id, type: e.type, name: e.name, key: e.key ?? null, names, aliases, embedding: e.embedding ?? null, geo: e.geo ?? null });
      }
    }

    for (const m of patch.mentions) {
      rows.mentions.push({
        id: mentionId(m.segmentId, m.entityId, m.start, m.end),
        segmentId: m.segmentId,
        entityId: m.entityId,
        props: defined({
          surface: m.surface, start: m.start, end: m.end, confidence: m.confidence, model: m.model, runId: run.id, sourceId: source.id,
          resolution: m.resolution?.rule, resolutionScore: m.resolution?.score,
          ownEntityId: m.resolution?.ownEntityId, ownName: m.resolution?.ownName, startMs: m.startMs, endMs: m.endMs,
        }),
      });
    }

    for (const r of patch.relations) {
      const [subjectId, objectId] = orientRelation(r.type, r.subjectId, r.objectId);
      const relId = relationId(r.type, subjectId, objectId);
      relations.set(relId, { id: relId, type: r.type, subjectId, objectId });
      rows.evidence.push({
        id: evidenceId(relId, r.segmentId, r.model, r.start),
        segmentId: r.segmentId,
        props: defined({
          relationId: relId, type: r.type, subjectId, objectId, sourceId: source.id, segmentId: r.segmentId,
          confidence: r.confidence, model: r.model, runId: run.id, text: r.text, start: r.start, end: r.end,
        }),
      });
    }

    for (const [list, out] of [[patch.faces, rows.faces], [patch.voices, rows.voices]] as const) {
      for (const b of list) {
        out.push({
          id: b.id,
          segmentId: b.segmentId,
          identityId: b.identityId ?? null,
          person: b.person ?? null,
          props: defined({ sourceId: source.id, runId: run.id, embedding: b.embedding, confidence: b.confidence, quality: b.quality, model: b.model }),
        });
      }
    }
  }
  rows.models = [...models.values()];
  // Sorted ids make concurrent writers lock in the same order, which avoids most deadlocks.
  rows.entities = [...entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  rows.relations = [...relations.values()].sort((a, b) => a.id.localeCompare(b.id));
  return rows;
}
