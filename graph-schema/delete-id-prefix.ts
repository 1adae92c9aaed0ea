import neo4j from 'neo4j-driver';
import type { GraphGateway } from './gateway.js';
import { NodeLabel } from './ontology.js';

/**
 * Label and indexed string property that carries an id prefix. Benches and
 * tests write every id under a namespace prefix, including the ids derived
 * from source ids (segments, runs, faces, voices) and the model names;
 * evidence ids are hashes, so evidence is found by its indexed `sourceId`.
 * Segments go early so their MENTIONS go with them.
 */
const PREFIXED: readonly [label: string, property: string][] = [
  [NodeLabel.Evidence, 'sourceId'],
  [NodeLabel.Face, 'id'],
  [NodeLabel.Voice, 'id'],
  [NodeLabel.Identity, 'id'],
  [NodeLabel.Segment, 'id'],
  [NodeLabel.ExtractionRun, 'id'],
  [NodeLabel.Source, 'id'],
  [NodeLabel.Entity, 'id'],
  [NodeLabel.ModelVersion, 'id'],
  [NodeLabel.Model, 'id'],
];

/** Shorter prefixes are refused: a slip such as "" or "t" must not empty a real graph. */
const MIN_PREFIX = 4;

/**
 * Deletes every node whose id starts with `prefix`, label by label through
 * the indexed property, in bounded write transactions until nothing is left.
 * For namespaced bench and test data only: production deletes go through
 * `GraphWriter.deleteSource`, which keeps facts other sources support.
 */
export async function deleteByIdPrefix(gateway: GraphGateway, prefix: string, batch = 5000): Promise<number> {
  if (prefix.length < MIN_PREFIX) throw new RangeError(`refusing to delete by an id prefix under ${MIN_PREFIX} characters: "${prefix}"`);
  let total = 0;
  for (const [label, property] of PREFIXED) {
    for (;;) {
      const deleted = await gateway.executeWrite(
        async (tx) => {
          const res = await tx.run(
            `MATCH (n:${label}) WHERE n.${property} STARTS WITH $prefix
             WITH n LIMIT $batch
             DETACH DELETE n
             RETURN count(*) AS deleted`,
            // JS numbers travel as floats; LIMIT wants an INTEGER.
            { prefix, batch: neo4j.int(batch) },
          );
          return Number(res.records[0]?.get('deleted') ?? 0);
        },
        { metadata: { purpose: 'delete-id-prefix', step: label }, timeoutMs: 120_000 },
      );
      total += deleted;
      if (deleted < batch) break;
    }
  }
  return total;
}
