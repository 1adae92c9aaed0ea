import { boundedInt, int, relTypeUnion, type CypherQuery } from './cypher.js';
import { ENTITY_PROJECTION, RELATION_PROJECTION } from './entities.js';

/** Deepest neighbourhood the API explores: the number of reachable entities grows about tenfold per hop. */
export const MAX_DEPTH = 3;
/** Longest path searched between two entities. */
export const MAX_HOPS = 6;

/**
 * Entities within `depth` hops of one entity, nearest first, each with its
 * distance. `ANY SHORTEST` runs one breadth-first search from the centre
 * instead of enumerating every path, so a hub's neighbourhood stays cheap.
 * The depth is validated and written as a literal: quantifier bounds cannot
 * be parameters.
 */
export function neighbourhood(id: string, options: { depth: number; types?: readonly string[] | null }, page: { offset: number; limit: number }): CypherQuery {
  const depth = boundedInt(options.depth, 1, MAX_DEPTH);
  return {
    name: 'neighbourhood',
    text: `MATCH (c:Entity {id: $id})
MATCH p = ANY SHORTEST (c)-[${relTypeUnion(options.types)}]-{1,${depth}}(e:Entity)
WHERE e <> c
WITH e, length(p) AS distance
ORDER BY distance, e.id SKIP $offset LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS e, distance`,
    params: { id, offset: int(page.offset), limit: int(page.limit) },
  };
}

/** One shortest path between two entities, over the given relation types, of at most `maxHops` hops. */
export function shortestPath(from: string, to: string, options: { maxHops: number; types?: readonly string[] | null }): CypherQuery {
  const hops = boundedInt(options.maxHops, 1, MAX_HOPS);
  return {
    name: 'shortestPath',
    text: `MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[${relTypeUnion(options.types)}]-{1,${hops}}(b)
RETURN [e IN nodes(p) | ${ENTITY_PROJECTION}] AS entities, [r IN relationships(p) | ${RELATION_PROJECTION}] AS relations`,
    params: { from, to },
  };
}
