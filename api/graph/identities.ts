import type { CypherQuery } from './cypher.js';

/** Members (faces or voices) and distinct sources of each identity, for `Identity.memberCount` / `sourceCount` where no listing computed them. */
export function identityStats(ids: readonly string[]): CypherQuery {
  return {
    name: 'identityStats',
    text: `UNWIND $ids AS id
MATCH (i:Identity {id: id})
CALL (i) { OPTIONAL MATCH (b)-[:OF_IDENTITY]->(i) RETURN count(b) AS members, count(DISTINCT b.sourceId) AS sources }
RETURN i.id AS id, members, sources`,
    params: { ids },
  };
}
