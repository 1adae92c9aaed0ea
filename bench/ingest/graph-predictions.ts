import type { PredictedMention, PredictedRelation } from '../../extractors/evaluate/index.js';
import type { GraphGateway } from '../../graph-schema/index.js';

export interface GraphPredictions {
  mentions: PredictedMention[];
  relations: PredictedRelation[];
}

/**
 * What the graph says about some sources, in the scorers' terms: every
 * MENTIONS from their segments (with the entity's type) and every relation
 * evidence they hold, each labelled with its gold document. Evidence rather
 * than the relationship itself, because one relationship gathers evidence
 * from many documents and is scored once per document.
 */
export async function readPredictions(gateway: GraphGateway, docOf: ReadonlyMap<string, string>): Promise<GraphPredictions> {
  const ids = [...docOf.keys()];
  return gateway.executeRead(
    async (tx) => {
      const mentions = await tx.run(
        `MATCH (s:Source)-[:HAS_SEGMENT]->(:Segment)-[m:MENTIONS]->(e:Entity)
         WHERE s.id IN $ids
         RETURN s.id AS sourceId, m.start AS start, m.end AS end, e.id AS entityId, e.type AS type`,
        { ids },
      );
      const evidence = await tx.run(
        `MATCH (ev:Evidence) WHERE ev.sourceId IN $ids
         RETURN ev.sourceId AS sourceId, ev.type AS type, ev.subjectId AS subjectId, ev.objectId AS objectId`,
        { ids },
      );
      const doc = (sourceId: unknown) => docOf.get(String(sourceId)) ?? String(sourceId);
      return {
        mentions: mentions.records.map((r) => ({
          doc: doc(r.get('sourceId')),
          start: Number(r.get('start')),
          end: Number(r.get('end')),
          entityId: String(r.get('entityId')),
          type: String(r.get('type')),
        })),
        relations: evidence.records.map((r) => ({
          doc: doc(r.get('sourceId')),
          type: String(r.get('type')),
          subjectId: String(r.get('subjectId')),
          objectId: String(r.get('objectId')),
        })),
      };
    },
    { metadata: { purpose: 'bench-predictions' }, timeoutMs: 60_000 },
  );
}
