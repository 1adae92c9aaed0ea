import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-schema/index.js';
import type { CypherQuery } from './cypher.js';

/**
 * Graph totals from the count store: `count()` over one label or one
 * relationship type is answered without touching the data, so the query
 * stays constant-time as the graph grows. Labels and types are the
 * ontology's, never input.
 */
export function graphStats(): CypherQuery {
  const labels = ['Source', 'Segment', 'Entity', 'Evidence', 'Face', 'Voice', 'Identity'];
  const parts = [
    ...labels.map((l) => `MATCH (n:${l}) RETURN 'node' AS kind, '${l}' AS name, count(n) AS n`),
    ...ENTITY_TYPES.map((t) => `MATCH (n:${t}) RETURN 'entityType' AS kind, '${t}' AS name, count(n) AS n`),
    ...RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN 'relationType' AS kind, '${t}' AS name, count(r) AS n`),
    `MATCH ()-[r:MENTIONS]->() RETURN 'node' AS kind, 'Mention' AS name, count(r) AS n`,
  ];
  return { name: 'graphStats', text: `CALL () {\n${parts.join('\nUNION ALL\n')}\n}\nRETURN kind, name, n`, params: {} };
}

export function sourcesByStatus(): CypherQuery {
  return { name: 'sourcesByStatus', text: 'MATCH (s:Source) RETURN s.status AS name, count(*) AS n ORDER BY name', params: {} };
}
