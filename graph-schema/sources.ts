import type { ManagedTransaction } from './gateway.js';
import { NodeLabel, RELATION_TYPES, RelType, assertAllowed, type RelationType } from './ontology.js';
import { syncRelations } from './writer/queries.js';
import type { RelationRow } from './writer/rows.js';

const { Source, Segment, Entity, Evidence, Identity, ExtractionRun } = NodeLabel;

export interface RemovedFacts {
  segments: number;
  mentions: number;
  evidence: number;
  relationsTouched: number;
  entitiesDeleted: number;
  biometrics: number;
  identitiesDeleted: number;
}

/**
 * Removes everything one source contributed, inside the caller's transaction:
 * its segments, mentions, evidence, faces, voices and runs. Relations are
 * re-derived from the evidence that remains (deleted when none does);
 * entities and identities that nothing else supports are deleted, unless a
 * person pinned them (labelled a face, merged by hand).
 * With `keepSource` the `:Source` node stays, for a replace.
 */
export async function removeSourceFacts(
  tx: ManagedTransaction,
  sourceId: string,
  options: { keepSource: boolean },
): Promise<RemovedFacts> {
  const evidence = await tx.run(
    `MATCH (ev:${Evidence} {sourceId: $sourceId})
     WITH ev, ev.relationId AS id, ev.type AS type, ev.subjectId AS subjectId, ev.objectId AS objectId
     DETACH DELETE ev
     RETURN DISTINCT id, type, subjectId, objectId`,
    { sourceId },
  );
  const relations: RelationRow[] = evidence.records.map((r) => ({
    id: r.get('id') as string,
    type: assertAllowed('relation type', r.get('type') as string, RELATION_TYPES),
    subjectId: r.get('subjectId') as string,
    objectId: r.get('objectId') as string,
  }));

  const touched = await tx.run(
    `MATCH (seg:${Segment} {sourceId: $sourceId})
     OPTIONAL MATCH (seg)-[m:${RelType.Mentions}]->(e:${Entity})
     OPTIONAL MATCH (seg)-[:${RelType.HasFace}|${RelType.HasVoice}]->(b)
     OPTIONAL MATCH (b)-[:${RelType.OfIdentity}]->(i:${Identity})
     RETURN collect(DISTINCT e.id) AS entityIds, collect(DISTINCT i.id) AS identityIds,
            count(DISTINCT m) AS mentions, count(DISTINCT b) AS biometrics, count(DISTINCT seg) AS segments`,
    { sourceId },
  );
  const row = touched.records[0];
  const entityIds = (row?.get('entityIds') as string[] | undefined) ?? [];
  const identityIds = (row?.get('identityIds') as string[] | undefined) ?? [];

  await tx.run(
    `MATCH (seg:${Segment} {sourceId: $sourceId})
     OPTIONAL MATCH (seg)-[:${RelType.HasFace}|${RelType.HasVoice}]->(b)
     DETACH DELETE b, seg`,
    { sourceId },
  );

  const byType = new Map<RelationType, RelationRow[]>();
  for (const rel of relations) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  for (const [type, rows] of byType) await tx.run(syncRelations(type), { rows });

  const entities = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:${Entity} {id: id})
     WHERE NOT EXISTS { (e)<-[:${RelType.Mentions}]-() }
       AND NOT EXISTS { (e)<-[:${RelType.IdentifiedAs}]-() }
       AND NOT coalesce(e.pinned, false)
     DETACH DELETE e
     RETURN count(*) AS deleted`,
    { ids: entityIds },
  );
  const identities = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:${Identity} {id: id})
     WHERE NOT EXISTS { (i)<-[:${RelType.OfIdentity}]-() } AND NOT EXISTS { (i)-[:${RelType.IdentifiedAs}]->() }
     DETACH DELETE i
     RETURN count(*) AS deleted`,
    { ids: identityIds },
  );

  await tx.run(
    `MATCH (r:${ExtractionRun} {sourceId: $sourceId}) DETACH DELETE r`,
    { sourceId },
  );
  if (!options.keepSource) await tx.run(`MATCH (s:${Source} {id: $sourceId}) DETACH DELETE s`, { sourceId });

  return {
    segments: (row?.get('segments') as number | undefined) ?? 0,
    mentions: (row?.get('mentions') as number | undefined) ?? 0,
    biometrics: (row?.get('biometrics') as number | undefined) ?? 0,
    evidence: relations.length === 0 ? 0 : evidence.summary.counters.updates().nodesDeleted,
    relationsTouched: relations.length,
    entitiesDeleted: (entities.records[0]?.get('deleted') as number | undefined) ?? 0,
    identitiesDeleted: (identities.records[0]?.get('deleted') as number | undefined) ?? 0,
  };
}
