import neo4j from 'neo4j-driver';
import { GraphError, GraphErrorCode } from './errors.js';
import type { GraphGateway } from './gateway.js';
import { NodeLabel, RelType, type BiometricKind } from './ontology.js';

const { Entity, Face, Voice, Identity, Segment } = NodeLabel;

/** Labels and index names per biometric kind: the only strings placed into these queries. */
const KIND = {
  face: { label: Face, index: 'face_embedding', hasRel: RelType.HasFace },
  voice: { label: Voice, index: 'voice_embedding', hasRel: RelType.HasVoice },
} as const satisfies Record<BiometricKind, unknown>;

export interface BiometricMatch {
  id: string;
  identityId: string | null;
  /** Cosine similarity in [-1, 1] (Neo4j's vector score is (1 + cos) / 2; converted back here). */
  similarity: number;
  sourceId: string;
  segmentId: string;
  /** The Person entity the identity was labelled as, if any. */
  personId: string | null;
}

/**
 * The `k` stored faces (or voices) nearest to `embedding`, best first: the
 * "find this face" search, and how a new face finds the identity it belongs
 * to. Reads only.
 */
export async function findNearestBiometrics(
  gateway: GraphGateway,
  kind: BiometricKind,
  embedding: readonly number[],
  options: { k: number; minSimilarity?: number },
): Promise<BiometricMatch[]> {
  const { label, index, hasRel } = KIND[kind];
  const minScore = options.minSimilarity === undefined ? 0 : (1 + options.minSimilarity) / 2;
  return gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `CALL db.index.vector.queryNodes('${index}', $k, $embedding) YIELD node AS b, score
       WHERE b:${label} AND score >= $minScore
       MATCH (seg:${Segment})-[:${hasRel}]->(b)
       OPTIONAL MATCH (b)-[:${RelType.OfIdentity}]->(i:${Identity})
       OPTIONAL MATCH (i)-[:${RelType.IdentifiedAs}]->(p:${Entity})
       RETURN b.id AS id, i.id AS identityId, 2 * score - 1 AS similarity, b.sourceId AS sourceId, seg.id AS segmentId, p.id AS personId
       ORDER BY score DESC`,
      { k: neo4j.int(options.k), embedding: [...embedding], minScore },
    );
    return res.records.map((r) => r.toObject() as BiometricMatch);
  }, { metadata: { purpose: `nearest-${kind}` } });
}

export interface PersonRef {
  /** Deterministic entity id of the person (from entity resolution's key), so labelling "Ada Lovelace" twice lands on one node. */
  id: string;
  name: string;
  key: string;
}

export interface LabelResult {
  identityId: string;
  personId: string;
  /** Faces or voices now attributed to the person through this identity. */
  biometrics: number;
  /** True when the Person entity did not exist before. */
  createdPerson: boolean;
}

/**
 * A user says who a face or voice (or its whole identity cluster) is: the
 * identity gets one `IDENTIFIED_AS` edge to the Person entity, replacing any
 * earlier label. `target` is a face/voice id or an identity id.
 */
export async function labelIdentity(gateway: GraphGateway, kind: BiometricKind, target: string, person: PersonRef): Promise<LabelResult> {
  const { label } = KIND[kind];
  return gateway.executeWrite(async (tx) => {
    const found = await tx.run(
      `OPTIONAL MATCH (b:${label} {id: $target})-[:${RelType.OfIdentity}]->(viaBiometric:${Identity})
       OPTIONAL MATCH (direct:${Identity} {id: $target, kind: $kind})
       RETURN coalesce(viaBiometric.id, direct.id) AS identityId`,
      { target, kind },
    );
    const identityId = found.records[0]?.get('identityId') as string | null;
    if (!identityId) throw new GraphError(GraphErrorCode.NotFound, `no ${kind} or ${kind} identity with id "${target}"`);
    const before = await tx.run(`MATCH (p:${Entity} {id: $personId}) RETURN p.type AS type`, { personId: person.id });
    const existingType = before.records[0]?.get('type') as string | undefined;
    if (existingType !== undefined && existingType !== 'Person') {
      throw new GraphError(GraphErrorCode.NotAllowed, `entity "${person.id}" is a ${existingType}, not a Person`);
    }
    const res = await tx.run(
      `MATCH (i:${Identity} {id: $identityId})
       OPTIONAL MATCH (i)-[old:${RelType.IdentifiedAs}]->()
       DELETE old
       WITH DISTINCT i
       MERGE (p:${Entity} {id: $person.id})
       ON CREATE SET p:Person, p.type = 'Person', p.name = $person.name, p.key = $person.key, p.aliases = [$person.name],
                     p.createdAt = datetime()
       MERGE (i)-[r:${RelType.IdentifiedAs}]->(p)
       SET r.rule = 'user-label', r.score = 1.0, r.at = datetime()
       RETURN i.id AS identityId, p.id AS personId, COUNT { (i)<-[:${RelType.OfIdentity}]-() } AS biometrics`,
      { identityId, person },
    );
    const row = res.records[0];
    if (!row) throw new GraphError(GraphErrorCode.NotFound, `identity ${identityId} vanished while labelling`);
    return {
      identityId: row.get('identityId') as string,
      personId: row.get('personId') as string,
      biometrics: row.get('biometrics') as number,
      createdPerson: existingType === undefined,
    };
  }, { metadata: { purpose: `label-${kind}` } });
}

export interface ForgetResult {
  faces: number;
  voices: number;
  identities: number;
  /** Region and time segments that held only the deleted biometrics. */
  segments: number;
}

/**
 * Right to be forgotten: deletes every face and voice attributed to the
 * person (through their identities), the identities themselves, and the
 * segments that existed only to locate them. What text says about the person
 * (mentions, relations) is not biometric data and stays.
 */
export async function forgetPerson(gateway: GraphGateway, personId: string): Promise<ForgetResult> {
  return gateway.executeWrite(async (tx) => {
    const exists = await tx.run(`MATCH (p:${Entity} {id: $personId}) RETURN p.type AS type`, { personId });
    const type = exists.records[0]?.get('type') as string | undefined;
    if (type === undefined) throw new GraphError(GraphErrorCode.NotFound, `no entity with id "${personId}"`);
    if (type !== 'Person') throw new GraphError(GraphErrorCode.NotAllowed, `entity "${personId}" is a ${type}, not a Person`);
    const res = await tx.run(
      `MATCH (i:${Identity})-[:${RelType.IdentifiedAs}]->(:${Entity} {id: $personId})
       OPTIONAL MATCH (b)-[:${RelType.OfIdentity}]->(i)
       OPTIONAL MATCH (seg:${Segment})-[:${RelType.HasFace}|${RelType.HasVoice}]->(b)
       WITH collect(DISTINCT i) AS identities, collect(DISTINCT b) AS biometrics, collect(DISTINCT seg) AS segments
       WITH identities, biometrics,
            [s IN segments WHERE NOT EXISTS { (s)-[:${RelType.Mentions}]->() } AND s.text IS NULL] AS bare,
            size([b IN biometrics WHERE b:${Face}]) AS faces, size([b IN biometrics WHERE b:${Voice}]) AS voices
       FOREACH (b IN biometrics | DETACH DELETE b)
       FOREACH (s IN bare | DETACH DELETE s)
       FOREACH (i IN identities | DETACH DELETE i)
       RETURN faces, voices, size(identities) AS identities, size(bare) AS segments`,
      { personId },
    );
    const row = res.records[0];
    return {
      faces: (row?.get('faces') as number | undefined) ?? 0,
      voices: (row?.get('voices') as number | undefined) ?? 0,
      identities: (row?.get('identities') as number | undefined) ?? 0,
      segments: (row?.get('segments') as number | undefined) ?? 0,
    };
  }, { metadata: { purpose: 'forget-person' } });
}

export interface IdentitySummary {
  id: string;
  kind: BiometricKind;
  members: number;
  sources: number;
  personId: string | null;
  personName: string | null;
}

/** Identity clusters of one kind, largest first. */
export async function listIdentities(gateway: GraphGateway, kind: BiometricKind, limit: number): Promise<IdentitySummary[]> {
  return gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `MATCH (i:${Identity} {kind: $kind})
       OPTIONAL MATCH (i)-[:${RelType.IdentifiedAs}]->(p:${Entity})
       CALL (i) { MATCH (b)-[:${RelType.OfIdentity}]->(i) RETURN count(b) AS members, count(DISTINCT b.sourceId) AS sources }
       RETURN i.id AS id, i.kind AS kind, members, sources, p.id AS personId, p.name AS personName
       ORDER BY members DESC, id LIMIT $limit`,
      { kind, limit: neo4j.int(limit) },
    );
    return res.records.map((r) => r.toObject() as IdentitySummary);
  }, { metadata: { purpose: `list-${kind}-identities` } });
}
