import { ENTITY_TYPES, assertAllowed, type EntityType } from '../../graph-schema/index.js';
import { int, type CypherQuery } from './cypher.js';
import { ENTITY_PROJECTION } from './entities.js';

/** Segment fields a search hit shows; the text is what snippets are cut from. */
const SEGMENT_PROJECTION = 'seg { .*, embedding: null }';

const typeParam = (types: readonly EntityType[] | null | undefined) =>
  types && types.length > 0 ? types.map((t) => assertAllowed('entity type', t, ENTITY_TYPES)) : null;

/** Entities whose name or alias matches a Lucene query, best first. */
export function fulltextEntities(lucene: string, options: { k: number; types?: readonly EntityType[] | null }): CypherQuery {
  return {
    name: 'searchEntitiesFulltext',
    text: `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types
RETURN ${ENTITY_PROJECTION} AS e, score LIMIT $k`,
    params: { lucene, k: int(options.k), types: typeParam(options.types) },
  };
}

export function fulltextSegments(lucene: string, options: { k: number }): CypherQuery {
  return {
    name: 'searchSegmentsFulltext',
    text: `CALL db.index.fulltext.queryNodes('segment_text', $lucene, {limit: $k}) YIELD node AS seg, score
RETURN ${SEGMENT_PROJECTION} AS seg, score`,
    params: { lucene, k: int(options.k) },
  };
}

/**
 * Nearest entities by embedding. The vector index is approximate and returns
 * `k` nodes before filtering, so with a type filter more are asked for.
 */
export function semanticEntities(vector: readonly number[], options: { k: number; types?: readonly EntityType[] | null }): CypherQuery {
  const types = typeParam(options.types);
  return {
    name: 'searchEntitiesSemantic',
    text: `CALL db.index.vector.queryNodes('entity_embedding', $candidates, $vector) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types
RETURN ${ENTITY_PROJECTION} AS e, score LIMIT $k`,
    params: { vector, k: int(options.k), candidates: int(types ? options.k * 4 : options.k), types },
  };
}

export function semanticSegments(vector: readonly number[], options: { k: number }): CypherQuery {
  return {
    name: 'searchSegmentsSemantic',
    text: `CALL db.index.vector.queryNodes('segment_embedding', $k, $vector) YIELD node AS seg, score
RETURN ${SEGMENT_PROJECTION} AS seg, score`,
    params: { vector, k: int(options.k) },
  };
}
