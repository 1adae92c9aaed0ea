import { SOURCE_STATUSES, assertAllowed } from '../../graph-schema/index.js';
import { int, type CypherQuery } from './cypher.js';
import type { KeysetPage } from './entities.js';

const order = (page: KeysetPage) => (page.inverted ? 'DESC' : 'ASC');
const keyset = (page: KeysetPage) => ({ after: page.after ?? null, before: page.before ?? null, limit: int(page.limit) });

export function sourcesByIds(ids: readonly string[]): CypherQuery {
  return { name: 'sourcesByIds', text: 'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s { .* } AS s', params: { ids } };
}

export function listSources(status: string | null, page: KeysetPage): CypherQuery {
  return {
    name: 'listSources',
    text: `MATCH (s:Source)
WHERE ($status IS NULL OR s.status = $status) AND ($after IS NULL OR s.id > $after) AND ($before IS NULL OR s.id < $before)
RETURN s { .* } AS s ORDER BY s.id ${order(page)} LIMIT $limit`,
    params: { status: status === null ? null : assertAllowed('source status', status, SOURCE_STATUSES), ...keyset(page) },
  };
}

/** Segments without embeddings, in document order (the cursor is the segment index). */
export function sourceSegments(sourceId: string, page: { after: number | null; before: number | null; limit: number; inverted: boolean }): CypherQuery {
  return {
    name: 'sourceSegments',
    text: `MATCH (seg:Segment {sourceId: $id})
WHERE ($after IS NULL OR seg.index > $after) AND ($before IS NULL OR seg.index < $before)
RETURN seg { .*, embedding: null } AS seg ORDER BY seg.index ${page.inverted ? 'DESC' : 'ASC'} LIMIT $limit`,
    params: { id: sourceId, after: page.after === null ? null : int(page.after), before: page.before === null ? null : int(page.before), limit: int(page.limit) },
  };
}

export function segmentsByIds(ids: readonly string[]): CypherQuery {
  return { name: 'segmentsByIds', text: 'UNWIND $ids AS id MATCH (seg:Segment {id: id}) RETURN seg { .*, embedding: null } AS seg', params: { ids } };
}

/** All mentions in each of the given segments (a segment holds a sentence or a chunk, so few). */
export function mentionsBySegmentIds(ids: readonly string[]): CypherQuery {
  return {
    name: 'mentionsBySegmentIds',
    text: `UNWIND $ids AS id
MATCH (seg:Segment {id: id})-[m:MENTIONS]->(e:Entity)
RETURN m { .*, segmentId: seg.id, entityId: e.id } AS m ORDER BY m.start, m.id`,
    params: { ids },
  };
}

export function sourceMentions(sourceId: string, page: KeysetPage): CypherQuery {
  return {
    name: 'sourceMentions',
    text: `MATCH (seg:Segment {sourceId: $id})-[m:MENTIONS]->(e:Entity)
WHERE ($after IS NULL OR m.id > $after) AND ($before IS NULL OR m.id < $before)
RETURN m { .*, segmentId: seg.id, entityId: e.id } AS m ORDER BY m.id ${order(page)} LIMIT $limit`,
    params: { id: sourceId, ...keyset(page) },
  };
}

const BIOMETRIC = { face: { label: 'Face', rel: 'HAS_FACE' }, voice: { label: 'Voice', rel: 'HAS_VOICE' } } as const;

/** Faces or voices of one source with their segment and identity; never the embedding (see `biometricEmbeddings`). */
export function sourceBiometrics(sourceId: string, kind: 'face' | 'voice', page: KeysetPage): CypherQuery {
  const { label, rel } = BIOMETRIC[kind];
  return {
    name: kind === 'face' ? 'sourceFaces' : 'sourceVoices',
    text: `MATCH (seg:Segment)-[:${rel}]->(b:${label} {sourceId: $id})
WHERE ($after IS NULL OR b.id > $after) AND ($before IS NULL OR b.id < $before)
OPTIONAL MATCH (b)-[:OF_IDENTITY]->(i:Identity)
OPTIONAL MATCH (i)-[:IDENTIFIED_AS]->(person:Entity)
RETURN b { .*, embedding: null, segmentId: seg.id, identityId: i.id, identityEntityId: person.id } AS b
ORDER BY b.id ${order(page)} LIMIT $limit`,
    params: { id: sourceId, ...keyset(page) },
  };
}

/** Biometric vectors: admin only, checked by the schema before this runs. */
export function biometricEmbeddings(kind: 'face' | 'voice', ids: readonly string[]): CypherQuery {
  return {
    name: kind === 'face' ? 'faceEmbeddings' : 'voiceEmbeddings',
    text: `UNWIND $ids AS id MATCH (b:${BIOMETRIC[kind].label} {id: id}) RETURN b.id AS id, b.embedding AS embedding`,
    params: { ids },
  };
}

export function runsBySourceIds(ids: readonly string[]): CypherQuery {
  return {
    name: 'runsBySourceIds',
    text: `UNWIND $ids AS id
MATCH (:Source {id: id})-[:PROCESSED_BY]->(r:ExtractionRun)
OPTIONAL MATCH (r)-[:USED]->(v:ModelVersion)
WITH r, collect(v.id) AS models ORDER BY r.startedAt
RETURN r { .*, models: models } AS r`,
    params: { ids },
  };
}

export function modelVersionsByIds(ids: readonly string[]): CypherQuery {
  return { name: 'modelVersionsByIds', text: 'UNWIND $ids AS id MATCH (v:ModelVersion {id: id}) RETURN v { .* } AS v', params: { ids } };
}
