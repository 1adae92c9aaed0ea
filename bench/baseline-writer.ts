import {
  ENTITY_TYPES,
  RELATION_TYPES,
  assertAllowed,
  type EntityType,
  type GraphGateway,
  type GraphPatchInput,
  type RelationType,
} from '../graph-schema/index.js';
import { mentionId, orientRelation, relationId } from '../graph-schema/writer/ids.js';

/**
 * The hand-written minimum a careful engineer would write for the same data:
 * one plain `UNWIND … MERGE` per label or relationship type, on the same ids,
 * through the same gateway, with the same batch size. No validation, no
 * content-hash skip, no runs, no `Model` nodes, no evidence nodes (relation
 * confidence is folded client-side with the same noisy-or), no source status
 * bookkeeping: exactly the things the platform writer does on top.
 */

type Props = Record<string, unknown>;

interface BaselineRows {
  sources: { id: string; props: Props }[];
  models: { id: string; props: Props }[];
  segments: { id: string; sourceId: string; props: Props }[];
  entities: Map<EntityType, { id: string; props: Props }[]>;
  mentions: { id: string; segmentId: string; entityId: string; props: Props }[];
  relations: Map<RelationType, { id: string; subjectId: string; objectId: string; confidence: number }[]>;
}

export interface BaselineCounts {
  sources: number;
  segments: number;
  entities: number;
  mentions: number;
  relations: number;
}

const defined = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));

export function baselineRows(patches: readonly GraphPatchInput[]): BaselineRows {
  const models = new Map<string, { id: string; props: Props }>();
  const entities = new Map<string, { id: string; type: EntityType; props: Props }>();
  const relations = new Map<string, { id: string; type: RelationType; subjectId: string; objectId: string; disbelief: number }>();
  const rows: BaselineRows = { sources: [], models: [], segments: [], entities: new Map(), mentions: [], relations: new Map() };

  for (const p of patches) {
    const { source } = p;
    rows.sources.push({
      id: source.id,
      props: defined({ kind: source.kind, mediaType: source.mediaType, contentHash: source.contentHash, name: source.name, language: source.language, bytes: source.bytes, title: source.title }),
    });
    for (const m of p.run.models) models.set(m.id, { id: m.id, props: defined({ name: m.name, version: m.version, task: m.task, licence: m.licence, origin: m.origin }) });
    for (const s of p.segments ?? []) {
      rows.segments.push({ id: s.id, sourceId: source.id, props: defined({ sourceId: source.id, kind: s.kind, index: s.index, text: s.text, start: s.start, end: s.end, language: s.language }) });
    }
    for (const e of p.entities ?? []) {
      if (!entities.has(e.id)) {
        entities.set(e.id, { id: e.id, type: e.type, props: defined({ type: e.type, name: e.name, key: e.key, aliases: [e.name, ...(e.aliases ?? [])] }) });
      }
    }
    for (const m of p.mentions ?? []) {
      rows.mentions.push({
        id: mentionId(m.segmentId, m.entityId, m.start, m.end),
        segmentId: m.segmentId,
        entityId: m.entityId,
        props: defined({ surface: m.surface, start: m.start, end: m.end, confidence: m.confidence, model: m.model }),
      });
    }
    for (const r of p.relations ?? []) {
      const [subjectId, objectId] = orientRelation(r.type, r.subjectId, r.objectId);
      const id = relationId(r.type, subjectId, objectId);
      const prev = relations.get(id);
      if (prev) prev.disbelief *= 1 - r.confidence;
      else relations.set(id, { id, type: r.type, subjectId, objectId, disbelief: 1 - r.confidence });
    }
  }
  rows.models = [...models.values()];
  for (const e of [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const list = rows.entities.get(e.type) ?? [];
    list.push({ id: e.id, props: e.props });
    rows.entities.set(e.type, list);
  }
  for (const r of [...relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const list = rows.relations.get(r.type) ?? [];
    list.push({ id: r.id, subjectId: r.subjectId, objectId: r.objectId, confidence: 1 - r.disbelief });
    rows.relations.set(r.type, list);
  }
  return rows;
}

export const BASELINE_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

export const BASELINE_MODELS = `
UNWIND $rows AS row
MERGE (v:ModelVersion {id: row.id})
SET v += row.props`;

export const BASELINE_SEGMENTS = `
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
MERGE (seg:Segment {id: row.id})
SET seg += row.props
MERGE (s)-[:HAS_SEGMENT]->(seg)`;

export function baselineEntities(type: EntityType): string {
  const label = assertAllowed('entity type', type, ENTITY_TYPES);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${label}, e += row.props`;
}

export const BASELINE_MENTIONS = `
UNWIND $rows AS row
MATCH (seg:Segment {id: row.segmentId})
MATCH (e:Entity {id: row.entityId})
MERGE (seg)-[m:MENTIONS {id: row.id}]->(e)
SET m += row.props`;

export function baselineRelations(type: RelationType): string {
  const relType = assertAllowed('relation type', type, RELATION_TYPES);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subjectId})
MATCH (b:Entity {id: row.objectId})
MERGE (a)-[r:${relType} {id: row.id}]->(b)
SET r.confidence = row.confidence`;
}

export class BaselineWriter {
  constructor(
    private readonly gateway: GraphGateway,
    private readonly batchSize: number,
  ) {}

  async write(patches: readonly GraphPatchInput[]): Promise<BaselineCounts> {
    const rows = baselineRows(patches);
    await this.batched(BASELINE_SOURCES, rows.sources, 'sources');
    await this.batched(BASELINE_MODELS, rows.models, 'models');
    await this.batched(BASELINE_SEGMENTS, rows.segments, 'segments');
    for (const [type, list] of rows.entities) await this.batched(baselineEntities(type), list, `entities:${type}`);
    await this.batched(BASELINE_MENTIONS, rows.mentions, 'mentions');
    for (const [type, list] of rows.relations) await this.batched(baselineRelations(type), list, `relations:${type}`);
    let entities = 0;
    for (const list of rows.entities.values()) entities += list.length;
    let relations = 0;
    for (const list of rows.relations.values()) relations += list.length;
    return { sources: rows.sources.length, segments: rows.segments.length, entities, mentions: rows.mentions.length, relations };
  }

  private async batched(query: string, rows: readonly unknown[], step: string): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const batch = rows.slice(i, i + this.batchSize);
      await this.gateway.executeWrite((tx) => tx.run(query, { rows: batch }), { metadata: { purpose: 'bench-baseline', step } });
    }
  }
}
