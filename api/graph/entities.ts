import { ENTITY_TYPES, assertAllowed, type EntityType } from '../../graph-schema/index.js';
import { arrows, int, languageKey, luceneQuery, relTypeUnion, type CypherQuery, type Direction } from './cypher.js';

/** Keyset page: rows after/before a cursor (an id), `limit` rows, descending when `inverted` (paging backwards). */
export interface KeysetPage {
  after?: string | null;
  before?: string | null;
  limit: number;
  inverted: boolean;
}

const order = (page: KeysetPage) => (page.inverted ? 'DESC' : 'ASC');
const keyset = (page: KeysetPage) => ({ after: page.after ?? null, before: page.before ?? null, limit: int(page.limit) });

/** Entities without their embedding: 512 floats per row would dominate every response. */
export const ENTITY_PROJECTION = 'e { .*, embedding: null }';
export const RELATION_PROJECTION = 'r { .*, type: type(r), subjectId: startNode(r).id, objectId: endNode(r).id }';

export function entitiesByIds(ids: readonly string[]): CypherQuery {
  return {
    name: 'entitiesByIds',
    text: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_PROJECTION} AS e`,
    params: { ids },
  };
}

export interface EntityFilter {
  type?: EntityType | null;
  /** Name or alias, word by word, the last word as a prefix. */
  name?: string | null;
  /** Only entities with a name in this language (ISO 639). */
  language?: string | null;
}

/**
 * One page of entities, ordered by id. A name filter goes through the
 * `entity_names` full-text index; without one the id index gives the order.
 */
export function listEntities(filter: EntityFilter, page: KeysetPage): CypherQuery {
  const where = [
    '($after IS NULL OR e.id > $after)',
    '($before IS NULL OR e.id < $before)',
    ...(filter.type ? ['e.type = $type'] : []),
    ...(filter.language ? ['e[$languageKey] IS NOT NULL'] : []),
  ].join(' AND ');
  const lucene = filter.name ? luceneQuery(filter.name) : null;
  const match = lucene
    ? "CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e"
    : 'MATCH (e:Entity)';
  return {
    name: lucene ? 'listEntitiesByName' : 'listEntities',
    text: `${match} WHERE ${where} RETURN ${ENTITY_PROJECTION} AS e ORDER BY e.id ${order(page)} LIMIT $limit`,
    params: {
      ...keyset(page),
      ...(filter.type ? { type: assertAllowed('entity type', filter.type, ENTITY_TYPES) } : {}),
      ...(filter.language ? { languageKey: languageKey(filter.language) } : {}),
      ...(lucene ? { lucene } : {}),
    },
  };
}

/** Mentions of one entity (where it was seen), by mention id. */
export function entityMentions(entityId: string, page: KeysetPage): CypherQuery {
  return {
    name: 'entityMentions',
    text: `MATCH (seg:Segment)-[m:MENTIONS]->(e:Entity {id: $id})
WHERE ($after IS NULL OR m.id > $after) AND ($before IS NULL OR m.id < $before)
RETURN m { .*, segmentId: seg.id, entityId: e.id } AS m ORDER BY m.id ${order(page)} LIMIT $limit`,
    params: { id: entityId, ...keyset(page) },
  };
}

/** Typed relations of one entity, by relation id. */
export function entityRelations(entityId: string, options: { types?: readonly string[] | null; direction: Direction }, page: KeysetPage): CypherQuery {
  const [left, right] = arrows(options.direction);
  return {
    name: 'entityRelations',
    text: `MATCH (e:Entity {id: $id})${left}[r${relTypeUnion(options.types)}]${right}(:Entity)
WHERE ($after IS NULL OR r.id > $after) AND ($before IS NULL OR r.id < $before)
RETURN ${RELATION_PROJECTION} AS r ORDER BY r.id ${order(page)} LIMIT $limit`,
    params: { id: entityId, ...keyset(page) },
  };
}

/**
 * Relations by id. A relation exists exactly while evidence does, and the
 * evidence names its endpoints, so the lookup goes through the indexed
 * `Evidence.relationId` instead of scanning relationships.
 */
export function relationsByIds(ids: readonly string[]): CypherQuery {
  return {
    name: 'relationsByIds',
    text: `UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Evidence {relationId: id})
  WITH ev LIMIT 1
  MATCH (a:Entity {id: ev.subjectId})-[r${relTypeUnion(null)}]->(b:Entity {id: ev.objectId})
  WHERE r.id = id
  RETURN r
}
RETURN ${RELATION_PROJECTION} AS r`,
    params: { ids },
  };
}

/** Relations of the given types among a set of entities (for drawing a neighbourhood). */
export function relationsAmong(ids: readonly string[], types: readonly string[] | null | undefined): CypherQuery {
  return {
    name: 'relationsAmong',
    text: `MATCH (a:Entity)-[r${relTypeUnion(types)}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${RELATION_PROJECTION} AS r ORDER BY r.id`,
    params: { ids },
  };
}
