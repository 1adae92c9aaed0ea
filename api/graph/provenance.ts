import { int, type CypherQuery } from './cypher.js';

/**
 * The evidence behind one relation: one `:Evidence` node per (relation,
 * segment, model), each naming its source, segment, offsets, model version,
 * run and confidence. Highest confidence first; the id breaks ties so the
 * cursor (`confidence|id`) is stable.
 */
export function relationEvidence(relationId: string, page: { offset: number; limit: number }): CypherQuery {
  return {
    name: 'relationEvidence',
    text: `MATCH (ev:Evidence {relationId: $id})
RETURN ev { .* } AS ev ORDER BY ev.confidence DESC, ev.id SKIP $offset LIMIT $limit`,
    params: { id: relationId, offset: int(page.offset), limit: int(page.limit) },
  };
}
