import { GraphError, GraphErrorCode } from './errors.js';
import type { GraphGateway } from './gateway.js';
import { ENTITY_TYPES, NodeLabel, RELATION_TYPES, RelType, assertAllowed, type RelationType } from './ontology.js';
import { evidenceId, orientRelation, relationId } from './writer/ids.js';
import { syncRelations } from './writer/queries.js';
import type { RelationRow } from './writer/rows.js';

const { Entity, Evidence } = NodeLabel;

export interface MergeInfo {
  /** The entity the mentions would have been on their own. */
  ownEntityId: string;
  name: string;
  rule: string;
  score: number;
  mentions: number;
  surfaces: string[];
}

/** Every merge that brought mentions into an entity: what `kg split` can undo. */
export async function listMerges(gateway: GraphGateway, entityId: string): Promise<MergeInfo[]> {
  return gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `MATCH ()-[m:${RelType.Mentions}]->(:${Entity} {id: $entityId}) WHERE m.ownEntityId IS NOT NULL
       RETURN m.ownEntityId AS ownEntityId, head(collect(m.ownName)) AS name, head(collect(m.resolution)) AS rule,
              min(m.resolutionScore) AS score, count(m) AS mentions, collect(DISTINCT m.surface) AS surfaces
       ORDER BY score, ownEntityId`,
      { entityId },
    );
    return res.records.map((r) => r.toObject() as MergeInfo);
  }, { metadata: { purpose: 'list-merges' } });
}

export interface SplitResult {
  newEntityId: string;
  movedMentions: number;
  movedEvidence: number;
}

interface MovedEvidence {
  id: string;
  props: Record<string, unknown>;
  segmentId: string;
  type: RelationType;
  subjectId: string;
  objectId: string;
}

/**
 * Undoes one merge: the mentions that entity resolution folded into
 * `entityId` from `ownEntityId` move to an entity of their own (pinned, so it
 * survives), and so does the evidence of relations stated in their
 * sentences; relations on both sides are re-derived from their evidence.
 */
export async function splitEntity(gateway: GraphGateway, entityId: string, ownEntityId: string): Promise<SplitResult> {
  if (entityId === ownEntityId) throw new GraphError(GraphErrorCode.InvalidQuery, 'an entity cannot be split from itself');
  return gateway.executeWrite(async (tx) => {
    const found = await tx.run(
      `MATCH (e:${Entity} {id: $entityId})
       OPTIONAL MATCH (seg)-[m:${RelType.Mentions} {ownEntityId: $ownEntityId}]->(e)
       RETURN e.type AS type, e.key AS key, count(m) AS mentions, head(collect(m.ownName)) AS name`,
      { entityId, ownEntityId },
    );
    const row = found.records[0];
    if (!row) throw new GraphError(GraphErrorCode.InvalidQuery, `no entity ${entityId}`);
    if ((row.get('mentions') as number) === 0) throw new GraphError(GraphErrorCode.InvalidQuery, `no mentions of ${entityId} came from ${ownEntityId}`);
    const label = assertAllowed('entity type', row.get('type') as string, ENTITY_TYPES);

    await tx.run(
      `MERGE (n:${Entity} {id: $ownEntityId})
       ON CREATE SET n:${label}, n.type = $type, n.name = $name, n.createdAt = datetime()
       SET n.pinned = true, n.splitFrom = $entityId, n.updatedAt = datetime()
       WITH n
       MATCH (seg)-[m:${RelType.Mentions} {ownEntityId: $ownEntityId}]->(:${Entity} {id: $entityId})
       CREATE (seg)-[moved:${RelType.Mentions}]->(n)
       SET moved = properties(m), moved.resolution = 'split', moved.resolutionScore = 1.0
       REMOVE moved.ownEntityId, moved.ownName
       WITH n, m, moved
       DELETE m
       WITH n, collect(DISTINCT moved.surface) AS surfaces
       SET n.aliases = surfaces`,
      { entityId, ownEntityId, type: label, name: (row.get('name') as string | null) ?? ownEntityId },
    );

    // Evidence whose sentence holds a moved mention was about the split-off entity.
    const evidence = await tx.run(
      `MATCH (ev:${Evidence})-[:${RelType.InSegment}]->(seg)
       WHERE ev.subjectId = $entityId OR ev.objectId = $entityId
       MATCH (seg)-[m:${RelType.Mentions}]->(:${Entity} {id: $ownEntityId})
       WHERE m.start >= ev.start AND m.end <= ev.end
       WITH DISTINCT ev, seg
       RETURN ev.id AS id, properties(ev) AS props, seg.id AS segmentId`,
      { entityId, ownEntityId },
    );
    const moved: MovedEvidence[] = evidence.records.map((r) => {
      const props = r.get('props') as Record<string, unknown>;
      return {
        id: r.get('id') as string,
        props,
        segmentId: r.get('segmentId') as string,
        type: assertAllowed('relation type', props.type as string, RELATION_TYPES),
        subjectId: props.subjectId === entityId ? ownEntityId : (props.subjectId as string),
        objectId: props.objectId === entityId ? ownEntityId : (props.objectId as string),
      };
    });
    const touched = new Map<string, RelationRow>();
    for (const ev of moved) {
      touched.set(ev.props.relationId as string, {
        id: ev.props.relationId as string, type: ev.type, subjectId: ev.props.subjectId as string, objectId: ev.props.objectId as string,
      });
      const [subjectId, objectId] = orientRelation(ev.type, ev.subjectId, ev.objectId);
      if (subjectId === objectId) {
        await tx.run(`MATCH (ev:${Evidence} {id: $id}) DETACH DELETE ev`, { id: ev.id });
        continue;
      }
      const relId = relationId(ev.type, subjectId, objectId);
      touched.set(relId, { id: relId, type: ev.type, subjectId, objectId });
      await tx.run(
        `MATCH (old:${Evidence} {id: $oldId})-[:${RelType.InSegment}]->(seg)
         MERGE (ev:${Evidence} {id: $newId})
         SET ev = $props, ev.id = $newId, ev.relationId = $relId, ev.subjectId = $subjectId, ev.objectId = $objectId
         MERGE (ev)-[:${RelType.InSegment}]->(seg)
         WITH old DETACH DELETE old`,
        {
          oldId: ev.id, newId: evidenceId(relId, ev.segmentId, ev.props.model as string, ev.props.start as number | undefined),
          // Without its id: the old node still holds it until it is deleted below.
          props: Object.fromEntries(Object.entries(ev.props).filter(([k]) => k !== 'id')), relId, subjectId, objectId,
        },
      );
    }
    const byType = new Map<RelationType, RelationRow[]>();
    for (const rel of touched.values()) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
    for (const [type, rows] of byType) await tx.run(syncRelations(type), { rows });
    return { newEntityId: ownEntityId, movedMentions: row.get('mentions') as number, movedEvidence: moved.length };
  }, { metadata: { purpose: 'split-entity', entityId, ownEntityId } });
}
