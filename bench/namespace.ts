import { RELATION_TYPES, deleteByIdPrefix, type GraphGateway } from '../graph-schema/index.js';

/**
 * Bench namespaces: every id a bench system writes starts with its namespace
 * (`bench-gw-<run>-<system>:`), so a namespace is deleted by id prefix
 * (graph-schema/delete-id-prefix.ts).
 */

export const BENCH_PREFIX = 'bench-gw-';

/** Deletes one bench namespace; refuses anything outside the bench prefix. */
export async function deleteNamespace(gateway: GraphGateway, namespace: string, batch = 5000): Promise<number> {
  if (!namespace.startsWith(BENCH_PREFIX)) throw new Error(`refusing to delete outside the bench prefix: "${namespace}"`);
  return deleteByIdPrefix(gateway, namespace, batch);
}

export interface GraphCounts {
  sources: number;
  segments: number;
  entities: number;
  evidence: number;
  mentions: number;
  relations: number;
  /** Sum of relation confidences: equal across systems when they derive confidence the same way. */
  confidenceSum: number;
  /** Relation ids held by more than one relationship (should be 0: MERGE on the id). */
  duplicateRelationIds: number;
  /**
   * Relation-typed relationships between a namespace entity and a node outside the namespace: the bench never
   * writes these, so any are another process's writes landing on bench nodes (see the report).
   */
  foreignRelations: number;
}

/** What one namespace holds, counted from the graph (not from what the writer says it wrote). */
export async function countNamespace(gateway: GraphGateway, namespace: string): Promise<GraphCounts> {
  const relTypes = RELATION_TYPES.join('|');
  return gateway.executeRead(
    async (tx) => {
      const one = async (query: string) => Number((await tx.run(query, { ns: namespace })).records[0]?.get('c') ?? 0);
      return {
        sources: await one('MATCH (n:Source) WHERE n.id STARTS WITH $ns RETURN count(n) AS c'),
        segments: await one('MATCH (n:Segment) WHERE n.id STARTS WITH $ns RETURN count(n) AS c'),
        entities: await one('MATCH (n:Entity) WHERE n.id STARTS WITH $ns RETURN count(n) AS c'),
        evidence: await one('MATCH (n:Evidence) WHERE n.sourceId STARTS WITH $ns RETURN count(n) AS c'),
        mentions: await one('MATCH (n:Segment) WHERE n.id STARTS WITH $ns RETURN sum(COUNT { (n)-[:MENTIONS]->() }) AS c'),
        relations: await one(`MATCH (n:Entity)-[r:${relTypes}]->(m) WHERE n.id STARTS WITH $ns AND m.id STARTS WITH $ns RETURN count(r) AS c`),
        confidenceSum: await one(
          `MATCH (n:Entity)-[r:${relTypes}]->(m) WHERE n.id STARTS WITH $ns AND m.id STARTS WITH $ns RETURN round(sum(r.confidence), 3) AS c`,
        ),
        duplicateRelationIds: await one(
          `MATCH (n:Entity)-[r:${relTypes}]->(m) WHERE n.id STARTS WITH $ns AND m.id STARTS WITH $ns
           WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS c`,
        ),
        foreignRelations: await one(
          `MATCH (n:Entity)-[r:${relTypes}]-(m) WHERE n.id STARTS WITH $ns AND NOT coalesce(m.id, '') STARTS WITH $ns RETURN count(r) AS c`,
        ),
      };
    },
    { metadata: { purpose: 'bench-count' }, timeoutMs: 120_000 },
  );
}
