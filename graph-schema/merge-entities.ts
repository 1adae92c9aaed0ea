import { GraphError, GraphErrorCode } from './errors.js';
import type { GraphGateway } from './gateway.js';
import { ENTITY_TYPES, NodeLabel, RELATION_TYPES, RelType, assertAllowed, type RelationType } from './ontology.js';
import { evidenceId, orientRelation, relationId } from './writer/ids.js';
import { syncRelations } from './writer/queries.js';
import type { RelationRow } from './writer/rows.js';

const { Entity, Evidence, Identity } = NodeLabel;

/** The `resolution` rule a user merge records on the mentions it moves (what `listMerges` shows and `splitEntity` undoes). */
export const USER_MERGE_RULE = 'user-merge';

export interface MergeResult {
  /** The entity that remains (`into`). */
  entityId: string;
  /** The entity that was folded in and deleted (`from`). */
  mergedId: string;
  movedMentions: number;
  movedEvidence: number;
  /**
   * Evidence of a relation between `into` and `from` themselves: after the
   * merge it would relate the entity to itself, so it is deleted (the writer
   * never stores self-relations either).
   */
  droppedEvidence: number;
  /** Face and voice identities that were labelled as `from` and now point at `into`. */
  movedIdentities: number;
}

type Props = Record<string, unknown>;

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * What `into` knows after the merge: its own names win, `from` adds the
 * languages `into` lacks; every name and alias of either becomes an alias
 * (so full-text search by the merged name still finds the entity). Pure.
 */
export function unitedNames(into: Props, from: Props): { names: Record<string, string>; aliases: string[] } {
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(from)) {
    if (/^name_[a-z]{2,3}$/.test(key) && typeof value === 'string' && typeof into[key] !== 'string') names[key] = value;
  }
  const fromNames = Object.entries(from).filter(([k, v]) => /^name_[a-z]{2,3}$/.test(k) && typeof v === 'string').map(([, v]) => v as string);
  const aliases = [
    ...stringsOf(into.aliases),
    ...(typeof into.name === 'string' ? [into.name] : []),
    ...(typeof from.name === 'string' ? [from.name] : []),
    ...fromNames,
    ...stringsOf(from.aliases),
  ];
  return { names, aliases: [...new Set(aliases)] };
}

export interface EvidenceMove {
  oldId: string;
  /** Null when the evidence would relate the merged entity to itself. */
  target: { newId: string; relationId: string; subjectId: string; objectId: string } | null;
  type: RelationType;
  /** The relation the evidence supported before the move, to re-derive (and so delete) it. */
  oldRelation: RelationRow;
}

/**
 * Where one piece of evidence goes when `fromId` becomes `intoId`: the same
 * ids the writer would have given it had the text named `intoId` from the
 * start, so a later split computes its old ids back. Pure.
 */
export function moveEvidence(ev: { id: string; segmentId: string; props: Props }, fromId: string, intoId: string): EvidenceMove {
  const type = assertAllowed('relation type', String(ev.props.type), RELATION_TYPES);
  const subjectId = String(ev.props.subjectId);
  const objectId = String(ev.props.objectId);
  const oldRelation: RelationRow = { id: String(ev.props.relationId), type, subjectId, objectId };
  const [s, o] = orientRelation(type, subjectId === fromId ? intoId : subjectId, objectId === fromId ? intoId : objectId);
  if (s === o) return { oldId: ev.id, target: null, type, oldRelation };
  const relId = relationId(type, s, o);
  const start = typeof ev.props.start === 'number' ? ev.props.start : undefined;
  return {
    oldId: ev.id,
    target: { newId: evidenceId(relId, ev.segmentId, String(ev.props.model), start), relationId: relId, subjectId: s, objectId: o },
    type,
    oldRelation,
  };
}

/**
 * A user merge: `fromId` is the same thing as `intoId`. Every mention of
 * `from` moves to `into` and remembers where it came from (`ownEntityId`,
 * `ownName`, rule `user-merge`, score 1), unless an earlier automatic merge
 * already recorded its own origin, which is kept so that merge stays
 * undoable too. Relation evidence is re-pointed with the writer's ids and
 * the relations on both sides are re-derived from it; names and aliases are
 * united on `into` (pinned: a person decided it); face and voice identities
 * labelled as `from` point at `into`; `from` is deleted.
 * `splitEntity(gateway, intoId, fromId)` undoes it.
 *
 * Refused with `GraphError` `NotFound` when either entity is missing and
 * `NotAllowed` when they are one entity or of different types.
 */
export async function mergeEntities(gateway: GraphGateway, intoId: string, fromId: string): Promise<MergeResult> {
  if (intoId === fromId) throw new GraphError(GraphErrorCode.NotAllowed, 'an entity cannot be merged into itself');
  return gateway.executeWrite(async (tx) => {
    // Writing a property on both nodes first takes their write locks, so a concurrent merge or split of either waits for this one.
    const found = await tx.run(
      `OPTIONAL MATCH (into:${Entity} {id: $intoId})
       OPTIONAL MATCH (from:${Entity} {id: $fromId})
       SET into.updatedAt = datetime(), from.updatedAt = datetime()
       RETURN properties(into) AS into, properties(from) AS from`,
      { intoId, fromId },
    );
    const row = found.records[0];
    const into = row?.get('into') as Props | null | undefined;
    const from = row?.get('from') as Props | null | undefined;
    if (!into) throw new GraphError(GraphErrorCode.NotFound, `no entity with id "${intoId}"`);
    if (!from) throw new GraphError(GraphErrorCode.NotFound, `no entity with id "${fromId}"`);
    if (into.type !== from.type) {
      throw new GraphError(GraphErrorCode.NotAllowed, `cannot merge a ${String(from.type)} ("${fromId}") into a ${String(into.type)} ("${intoId}")`);
    }
    assertAllowed('entity type', String(into.type), ENTITY_TYPES);

    const mentions = await tx.run(
      `MATCH (into:${Entity} {id: $intoId}), (from:${Entity} {id: $fromId})
       MATCH (seg)-[m:${RelType.Mentions}]->(from)
       CREATE (seg)-[moved:${RelType.Mentions}]->(into)
       SET moved = properties(m),
           moved.ownEntityId = coalesce(m.ownEntityId, $fromId),
           moved.ownName = CASE WHEN m.ownEntityId IS NULL THEN from.name ELSE m.ownName END,
           moved.resolution = CASE WHEN m.ownEntityId IS NULL THEN $rule ELSE m.resolution END,
           moved.resolutionScore = CASE WHEN m.ownEntityId IS NULL THEN 1.0 ELSE m.resolutionScore END
       DELETE m
       RETURN count(moved) AS moved`,
      { intoId, fromId, rule: USER_MERGE_RULE },
    );

    // Through the relations of `from` to their evidence (indexed by relationId), not a scan of every Evidence node.
    const evidenceRes = await tx.run(
      `MATCH (:${Entity} {id: $fromId})-[r]-(:${Entity})
       WHERE type(r) IN $relationTypes
       WITH DISTINCT r.id AS relId
       MATCH (ev:${Evidence} {relationId: relId})-[:${RelType.InSegment}]->(seg)
       RETURN ev.id AS id, properties(ev) AS props, seg.id AS segmentId`,
      { fromId, relationTypes: [...RELATION_TYPES] },
    );
    const evidence = evidenceRes.records.map((r) => ({ id: r.get('id') as string, segmentId: r.get('segmentId') as string, props: r.get('props') as Props }));
    const propsOf = new Map(evidence.map((ev) => [ev.id, ev.props]));
    const moves = evidence.map((ev) => moveEvidence(ev, fromId, intoId));
    const kept = moves.filter((m) => m.target !== null);
    const dropped = moves.filter((m) => m.target === null).map((m) => m.oldId);
    if (dropped.length > 0) await tx.run(`UNWIND $ids AS id MATCH (ev:${Evidence} {id: id}) DETACH DELETE ev`, { ids: dropped });
    if (kept.length > 0) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (old:${Evidence} {id: row.oldId})-[:${RelType.InSegment}]->(seg)
         MERGE (ev:${Evidence} {id: row.newId})
         SET ev = row.props, ev.id = row.newId, ev.relationId = row.relationId, ev.subjectId = row.subjectId, ev.objectId = row.objectId
         MERGE (ev)-[:${RelType.InSegment}]->(seg)
         WITH old DETACH DELETE old`,
        {
          rows: kept.map((m) => ({
            oldId: m.oldId,
            ...m.target,
            // Without its id: the old node still holds it until it is deleted.
            props: Object.fromEntries(Object.entries(propsOf.get(m.oldId) ?? {}).filter(([k]) => k !== 'id')),
          })),
        },
      );
    }

    // Old relations (now without evidence) are deleted and new ones derived, before `from` goes.
    const touched = new Map<string, RelationRow>();
    for (const m of moves) {
      touched.set(m.oldRelation.id, m.oldRelation);
      if (m.target) touched.set(m.target.relationId, { id: m.target.relationId, type: m.type, subjectId: m.target.subjectId, objectId: m.target.objectId });
    }
    const byType = new Map<RelationType, RelationRow[]>();
    for (const rel of [...touched.values()].sort((a, b) => a.id.localeCompare(b.id))) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
    for (const [type, rows] of byType) await tx.run(syncRelations(type), { rows });

    const identities = await tx.run(
      `MATCH (into:${Entity} {id: $intoId})
       MATCH (i:${Identity})-[r:${RelType.IdentifiedAs}]->(:${Entity} {id: $fromId})
       MERGE (i)-[moved:${RelType.IdentifiedAs}]->(into)
       ON CREATE SET moved = properties(r)
       DELETE r
       RETURN count(DISTINCT i) AS moved`,
      { intoId, fromId },
    );

    const { names, aliases } = unitedNames(into, from);
    await tx.run(
      `MATCH (into:${Entity} {id: $intoId}), (from:${Entity} {id: $fromId})
       SET into += $names, into.aliases = $aliases, into.pinned = true,
           into.embedding = coalesce(into.embedding, from.embedding), into.location = coalesce(into.location, from.location)
       DETACH DELETE from`,
      { intoId, fromId, names, aliases },
    );
    return {
      entityId: intoId,
      mergedId: fromId,
      movedMentions: (mentions.records[0]?.get('moved') as number | undefined) ?? 0,
      movedEvidence: kept.length,
      droppedEvidence: dropped.length,
      movedIdentities: (identities.records[0]?.get('moved') as number | undefined) ?? 0,
    };
  }, { metadata: { purpose: 'merge-entities', intoId, fromId } });
}
