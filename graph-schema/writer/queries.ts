import { ENTITY_TYPES, NodeLabel, RELATION_TYPES, RelType, assertAllowed, type EntityType, type RelationType } from '../ontology.js';

/**
 * The writer's Cypher. Every value is a parameter (`$rows`); the only
 * identifiers interpolated are entity labels and relation types, and those
 * pass `assertAllowed` first.
 */

const { Source, Segment, Entity, Evidence, Face, Voice, Identity, Model, ModelVersion, ExtractionRun } = NodeLabel;

export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:${Source} {id: row.id})
ON CREATE SET s.ingestedAt = datetime()
SET s += row.props, s.status = 'processing', s.pendingHash = row.contentHash, s.updatedAt = datetime()`;

export const UPSERT_MODELS = `
UNWIND $rows AS row
MERGE (m:${Model} {id: row.name})
ON CREATE SET m.task = row.task, m.createdAt = datetime()
MERGE (v:${ModelVersion} {id: row.id})
ON CREATE SET v += row.props, v.createdAt = datetime()
MERGE (m)-[:${RelType.HasVersion}]->(v)`;

export const UPSERT_RUNS = `
UNWIND $rows AS row
MATCH (s:${Source} {id: row.sourceId})
MERGE (r:${ExtractionRun} {id: row.id})
SET r.sourceId = row.sourceId, r.startedAt = datetime(row.startedAt), r.status = 'running'
MERGE (s)-[:${RelType.ProcessedBy}]->(r)
WITH r, row
UNWIND row.models AS modelId
MATCH (v:${ModelVersion} {id: modelId})
MERGE (r)-[:${RelType.Used}]->(v)`;

export const UPSERT_SEGMENTS = `
UNWIND $rows AS row
MATCH (s:${Source} {id: row.sourceId})
MERGE (seg:${Segment} {id: row.id})
SET seg += row.props
MERGE (s)-[:${RelType.HasSegment}]->(seg)`;

/** One query per entity type, so the type label is fixed text and the planner can use the id constraint. */
export function upsertEntities(type: EntityType): string {
  const label = assertAllowed('entity type', type, ENTITY_TYPES);
  return `
UNWIND $rows AS row
MERGE (e:${Entity} {id: row.id})
ON CREATE SET e:${label}, e.type = row.type, e.name = row.name, e.createdAt = datetime()
SET e += row.names,
    e.key = coalesce(e.key, row.key),
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.embedding = coalesce(row.embedding, e.embedding),
    e.location = CASE WHEN row.geo IS NULL THEN e.location ELSE point(row.geo) END,
    e.updatedAt = datetime()`;
}

export const UPSERT_MENTIONS = `
UNWIND $rows AS row
MATCH (seg:${Segment} {id: row.segmentId})
MATCH (e:${Entity} {id: row.entityId})
MERGE (seg)-[m:${RelType.Mentions} {id: row.id}]->(e)
SET m += row.props`;

export const UPSERT_EVIDENCE = `
UNWIND $rows AS row
MATCH (seg:${Segment} {id: row.segmentId})
MERGE (ev:${Evidence} {id: row.id})
SET ev += row.props
MERGE (ev)-[:${RelType.InSegment}]->(seg)`;

/**
 * Creates or refreshes one relation type from all of its evidence, wherever it
 * came from: confidence is the noisy-or of the evidence confidences (more
 * independent evidence, more belief), support is the evidence count. A
 * relation left with no evidence is deleted.
 */
export function syncRelations(type: RelationType): string {
  const relType = assertAllowed('relation type', type, RELATION_TYPES);
  return `
UNWIND $rows AS row
MATCH (a:${Entity} {id: row.subjectId})
MATCH (b:${Entity} {id: row.objectId})
OPTIONAL MATCH (ev:${Evidence} {relationId: row.id})
WITH a, b, row, collect(ev) AS evidence
FOREACH (_ IN CASE WHEN size(evidence) > 0 THEN [1] ELSE [] END |
  MERGE (a)-[r:${relType} {id: row.id}]->(b)
  SET r.confidence = 1.0 - reduce(p = 1.0, ev IN evidence | p * (1.0 - ev.confidence)),
      r.support = size(evidence),
      r.models = reduce(acc = [], ev IN evidence | CASE WHEN ev.model IN acc THEN acc ELSE acc + ev.model END),
      r.updatedAt = datetime())
WITH a, b, row, evidence WHERE size(evidence) = 0
MATCH (a)-[r:${relType} {id: row.id}]->(b)
DELETE r`;
}

function upsertBiometric(label: typeof Face | typeof Voice, relType: string, kind: 'face' | 'voice'): string {
  return `
UNWIND $rows AS row
MATCH (seg:${Segment} {id: row.segmentId})
MERGE (b:${label} {id: row.id})
SET b += row.props
MERGE (seg)-[:${relType}]->(b)
WITH b, row WHERE row.identityId IS NOT NULL
MERGE (i:${Identity} {id: row.identityId})
ON CREATE SET i.kind = '${kind}', i.createdAt = datetime()
MERGE (b)-[:${RelType.OfIdentity}]->(i)
WITH i, row WHERE row.person IS NOT NULL AND NOT EXISTS { (i)-[:${RelType.IdentifiedAs}]->() }
MATCH (p:${Entity} {id: row.person.entityId})
MERGE (i)-[r:${RelType.IdentifiedAs}]->(p)
ON CREATE SET r.rule = row.person.rule, r.score = row.person.score, r.at = datetime()`;
}

export const UPSERT_FACES = upsertBiometric(Face, RelType.HasFace, 'face');
export const UPSERT_VOICES = upsertBiometric(Voice, RelType.HasVoice, 'voice');

export const FINISH_SOURCES = `
UNWIND $rows AS row
MATCH (s:${Source} {id: row.id})
SET s.contentHash = row.contentHash, s.status = 'done', s.updatedAt = datetime()
REMOVE s.pendingHash, s.error
WITH s
MATCH (s)-[:${RelType.ProcessedBy}]->(r:${ExtractionRun} {status: 'running'})
SET r.status = 'done', r.finishedAt = datetime()`;

export const EXISTING_HASHES = `
UNWIND $ids AS id
MATCH (s:${Source} {id: id})
RETURN s.id AS id, s.contentHash AS contentHash, s.status AS status`;
