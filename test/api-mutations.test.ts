import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createApiServices } from '../api/index.js';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { listMerges, mergeEntities, splitEntity, type GraphPatchInput } from '../graph-schema/index.js';
import { startIngestWorker, type IngestJobResult } from '../jobs/index.js';
import { namespace } from './support/graph.js';
import { sha256, textPatch, type TextFact } from './support/patches.js';

/**
 * Curation through the API in process (`api.fetch`) against the real Neo4j
 * and Redis: merging and splitting entities, naming faces and voices,
 * forgetting a person, who may do which; and the upload spool sweep.
 */

const KEYS = { reader: 'm-reader-key', editor: 'm-editor-key', analyst: 'm-analyst-key', admin: 'm-admin-key' } as const;
type Role = keyof typeof KEYS;
// NODE_ENV test and no ANONYMOUS_ROLE: the default requires a key.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'ANONYMOUS_ROLE'));
const config = loadConfig({ LOG_LEVEL: 'silent', ...env, NODE_ENV: 'test', API_KEYS: Object.entries(KEYS).map(([role, key]) => `${key}:${role}`).join(',') });
const runtime = createRuntime(config, 'kg-api-mutations-test');
const queueName = namespace('test-api-mutations');
const spoolDir = await mkdtemp(join(tmpdir(), 'kg-api-mutations-'));
const services = createApiServices(runtime, { queueName, spoolDir, spoolSweep: false, processMetrics: false });
const api = createApi(services.deps, { rateLimit: false });
const { gateway, writer } = runtime;

const ns = namespace('mut');
const T = `M${ns.slice(-8)}`;
const FACE_MODEL = { id: 'test-faces@1.0.0', name: 'test-faces', version: '1.0.0', task: 'faces' };
const VOICE_MODEL = { id: 'test-voices@1.0.0', name: 'test-voices', version: '1.0.0', task: 'speakers' };
const sources: string[] = [];
const people: string[] = [];

interface Gql<D> {
  status: number;
  data: D;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<D>(role: Role | null, query: string, variables?: Record<string, unknown>): Promise<Gql<D>> {
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(role ? { authorization: `Bearer ${KEYS[role]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Gql<D>, 'status'>) };
}

async function write(patch: GraphPatchInput): Promise<void> {
  sources.push(patch.source.id);
  await writer.write(patch);
}

/** A deterministic pseudo-random unit vector of `dim` dimensions. */
function unitVector(seed: number, dim: number): number[] {
  let state = seed >>> 0 || 1;
  const v = Array.from({ length: dim }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  });
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function photo(sourceId: string, faces: { id: string; identityId: string; seed: number }[]): GraphPatchInput {
  return {
    source: { id: sourceId, kind: 'image', mediaType: 'image/png', contentHash: sha256(sourceId), name: `${sourceId}.png`, width: 320, height: 240 },
    run: { id: `${sourceId}:run`, models: [FACE_MODEL] },
    segments: faces.map((_, index) => ({ id: `${sourceId}#face${index}`, kind: 'region' as const, index, box: { x: 40 * index, y: 5, w: 40, h: 50 } })),
    faces: faces.map((f, index) => ({
      id: f.id, segmentId: `${sourceId}#face${index}`, embedding: unitVector(f.seed, config.embeddings.faceDim), confidence: 0.99, quality: 0.8, model: FACE_MODEL.id, identityId: f.identityId,
    })),
  };
}

function recording(sourceId: string, voice: { id: string; identityId: string; seed: number }): GraphPatchInput {
  return {
    source: { id: sourceId, kind: 'audio', mediaType: 'audio/wav', contentHash: sha256(sourceId), name: `${sourceId}.wav`, durationMs: 4000 },
    run: { id: `${sourceId}:run`, models: [VOICE_MODEL] },
    segments: [{ id: `${sourceId}#t0`, kind: 'time', index: 0, startMs: 0, endMs: 4000 }],
    voices: [{ id: voice.id, segmentId: `${sourceId}#t0`, embedding: unitVector(voice.seed, config.embeddings.voiceDim), confidence: 0.9, model: VOICE_MODEL.id, identityId: voice.identityId }],
  };
}

const org = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:org:${key}`, type: 'Organization', name });
const person = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:person:${key}`, type: 'Person', name });

interface GraphState {
  entities: Record<string, { type: string; name: string; aliases: string[] } | null>;
  mentions: { id: string; entityId: string; segmentId: string; surface: string; start: number; end: number }[];
  relations: { id: string; type: string; subjectId: string; objectId: string; support: number; confidence: number }[];
  evidence: { id: string; relationId: string; subjectId: string; objectId: string }[];
}

/** Everything merge and split touch, for this file's sources and the given entities. */
async function graphState(entityIds: string[]): Promise<GraphState> {
  return gateway.executeRead(async (tx) => {
    const entities: GraphState['entities'] = {};
    for (const id of entityIds) {
      const r = await tx.run('MATCH (e:Entity {id: $id}) RETURN e.type AS type, e.name AS name, e.aliases AS aliases', { id });
      const row = r.records[0];
      entities[id] = row ? { type: row.get('type') as string, name: row.get('name') as string, aliases: [...(row.get('aliases') as string[])].sort() } : null;
    }
    const mentions = await tx.run(
      `MATCH (seg:Segment)-[m:MENTIONS]->(e:Entity) WHERE seg.sourceId IN $sources
       RETURN m.id AS id, e.id AS entityId, seg.id AS segmentId, m.surface AS surface, m.start AS start, m.end AS end ORDER BY id`,
      { sources },
    );
    const relations = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids OR b.id IN $ids
       RETURN r.id AS id, type(r) AS type, a.id AS subjectId, b.id AS objectId, r.support AS support, r.confidence AS confidence ORDER BY id`,
      { ids: entityIds },
    );
    const evidence = await tx.run(
      `MATCH (ev:Evidence) WHERE ev.sourceId IN $sources
       RETURN ev.id AS id, ev.relationId AS relationId, ev.subjectId AS subjectId, ev.objectId AS objectId ORDER BY id`,
      { sources },
    );
    return {
      entities,
      mentions: mentions.records.map((r) => r.toObject() as GraphState['mentions'][number]),
      relations: relations.records.map((r) => r.toObject() as GraphState['relations'][number]),
      evidence: evidence.records.map((r) => r.toObject() as GraphState['evidence'][number]),
    };
  });
}

const MERGE = `mutation ($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from) { __typename
  ... on MergeEntitiesPayload { mergedId movedMentions movedEvidence droppedEvidence movedIdentities entity { id name aliases pinned } }
  ... on NotFoundError { resource id } ... on InvalidInputError { field message } } }`;
const SPLIT = `mutation ($entity: ID!, $from: ID!) { splitEntity(entity: $entity, from: $from) { __typename
  ... on SplitEntityPayload { movedMentions movedEvidence entity { id } splitOff { id name type aliases pinned } }
  ... on NotFoundError { resource id } ... on InvalidInputError { field message } } }`;
const LABEL_FACE = `mutation ($id: ID!, $name: String!) { labelFace(id: $id, name: $name) { __typename
  ... on LabelIdentityPayload { createdPerson identity { id memberCount sourceCount } person { id name type } }
  ... on NotFoundError { resource id } ... on InvalidInputError { field } } }`;

interface IdentityNode { id: string; memberCount: number; sourceCount: number; person: { id: string; name: string } | null }

/** Pages through `identities` (every identity in the graph, largest first) until `id` turns up. */
async function findIdentity(role: Role, kind: 'FACE' | 'VOICE', id: string): Promise<IdentityNode | null> {
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    type Page = { identities: { edges: { node: IdentityNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const res: Gql<Page> = await gql<Page>(role, `query ($kind: BiometricKind!, $after: String) { identities(kind: $kind, first: 100, after: $after) {
      ... on QueryIdentitiesConnection { edges { node { id memberCount sourceCount person { id name } } } pageInfo { hasNextPage endCursor } } } }`, { kind, after });
    expect(res.errors).toBeUndefined();
    const hit = res.data.identities.edges.find((e) => e.node.id === id);
    if (hit) return hit.node;
    if (!res.data.identities.pageInfo.hasNextPage) return null;
    after = res.data.identities.pageInfo.endCursor;
  }
  return null;
}

beforeAll(async () => {
  await services.deps.jobs.queue.waitUntilReady();
});

afterAll(async () => {
  for (const id of sources) await writer.deleteSource(id);
  // Merged, split and labelled entities are pinned and outlive their sources.
  await gateway.executeWrite((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $ns OR n.id IN $people DETACH DELETE n', { ns, people }));
  await services.deps.jobs.queue.obliterate({ force: true });
  await api.dispose();
  await services.close();
  await runtime.close();
});

describe('merging and splitting entities', () => {
  it('merges through the API and splits back: mentions, relations, evidence and names return', async () => {
    const telekom = org('telekom', `Deutsche Telekom ${T}`);
    const telekomAg = org('telekom-ag', `Telekom AG ${T}`);
    const weber = person('weber', `Anna Weber ${T}`);
    const bonn = { id: `${ns}:loc:bonn`, type: 'Location' as const, name: `Bonn ${T}` };
    await write(textPatch({ sourceId: `${ns}:a`, sentences: [`${weber.name} works for ${telekom.name}.`], facts: [weber, telekom].map((e) => ({ surface: e.name, entity: e })), relations: [[weber.id, 'WORKS_FOR', telekom.id, 0]] }));
    await write(textPatch({
      sourceId: `${ns}:b`,
      sentences: [`${weber.name} works for ${telekomAg.name}.`, `${telekomAg.name} is headquartered in ${bonn.name}.`],
      facts: [weber, telekomAg, bonn].map((e) => ({ surface: e.name, entity: e })),
      relations: [[weber.id, 'WORKS_FOR', telekomAg.id, 0], [telekomAg.id, 'HEADQUARTERED_IN', bonn.id, 1]],
    }));
    const ids = [telekom.id, telekomAg.id, weber.id, bonn.id];
    const before = await graphState(ids);
    expect(before.relations.map((r) => [r.type, r.subjectId, r.objectId, r.support])).toEqual(expect.arrayContaining([
      ['WORKS_FOR', weber.id, telekom.id, 1], ['WORKS_FOR', weber.id, telekomAg.id, 1], ['HEADQUARTERED_IN', telekomAg.id, bonn.id, 1],
    ]));

    type Merged = { mergeEntities: { __typename: string; mergedId: string; movedMentions: number; movedEvidence: number; droppedEvidence: number; movedIdentities: number; entity: { id: string; name: string; aliases: string[]; pinned: boolean } } };
    const merged = await gql<Merged>('editor', MERGE, { into: telekom.id, from: telekomAg.id });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities).toEqual({
      __typename: 'MergeEntitiesPayload', mergedId: telekomAg.id, movedMentions: 2, movedEvidence: 2, droppedEvidence: 0, movedIdentities: 0,
      entity: { id: telekom.id, name: telekom.name, aliases: [telekom.name, telekomAg.name], pinned: true },
    });
    const during = await graphState(ids);
    expect(during.entities[telekomAg.id]).toBeNull();
    expect(during.mentions.filter((m) => m.entityId === telekom.id)).toHaveLength(3);
    // Two sources now say Anna Weber works for Deutsche Telekom: one relation, support 2, noisy-or confidence.
    expect(during.relations.map((r) => [r.type, r.subjectId, r.objectId, r.support])).toEqual(expect.arrayContaining([
      ['WORKS_FOR', weber.id, telekom.id, 2], ['HEADQUARTERED_IN', telekom.id, bonn.id, 1],
    ]));
    expect(during.relations.find((r) => r.type === 'WORKS_FOR')?.confidence).toBeCloseTo(1 - 0.2 * 0.2, 6);
    expect(during.relations).toHaveLength(2);
    expect(await listMerges(gateway, telekom.id)).toEqual([
      { ownEntityId: telekomAg.id, name: telekomAg.name, rule: 'user-merge', score: 1, mentions: 2, surfaces: [telekomAg.name] },
    ]);

    type Split = { splitEntity: { __typename: string; movedMentions: number; movedEvidence: number; entity: { id: string }; splitOff: { id: string; name: string; type: string; aliases: string[]; pinned: boolean } } };
    const split = await gql<Split>('editor', SPLIT, { entity: telekom.id, from: telekomAg.id });
    expect(split.errors).toBeUndefined();
    expect(split.data.splitEntity).toEqual({
      __typename: 'SplitEntityPayload', movedMentions: 2, movedEvidence: 2, entity: { id: telekom.id },
      splitOff: { id: telekomAg.id, name: telekomAg.name, type: 'Organization', aliases: [telekomAg.name], pinned: true },
    });

    const after = await graphState(ids);
    // Same mention ids on the same entities, same evidence ids, same relation ids with the same support and confidence.
    expect(after.mentions).toEqual(before.mentions);
    expect(after.evidence).toEqual(before.evidence);
    expect(after.relations).toEqual(before.relations);
    expect(after.entities[telekomAg.id]).toEqual(before.entities[telekomAg.id]);
    expect(after.entities[weber.id]).toEqual(before.entities[weber.id]);
    expect(after.entities[bonn.id]).toEqual(before.entities[bonn.id]);
    // splitEntity does not take the united aliases back off the entity that remains.
    expect(after.entities[telekom.id]).toMatchObject({ type: 'Organization', name: telekom.name });
    expect(after.entities[telekom.id]?.aliases).toEqual(expect.arrayContaining(before.entities[telekom.id]?.aliases ?? ['?']));
    expect(await listMerges(gateway, telekom.id)).toEqual([]);
  });

  it('keeps the origin an automatic merge recorded, moves identity labels, and drops evidence of the two relating to each other', async () => {
    const ada = person('ada', `Ada Lovelace ${T}`);
    const countess = person('countess', `Countess of Lovelace ${T}`);
    const babbage = person('babbage', `Charles Babbage ${T}`);
    // "Countess Lovelace" was folded into `countess` by name similarity before: its own id is recorded.
    const doc = textPatch({
      sourceId: `${ns}:c`,
      sentences: [`${countess.name} met ${babbage.name}.`, `${ada.name} met ${countess.name}.`],
      facts: [ada, countess, babbage].map((e) => ({ surface: e.name, entity: e })),
      relations: [[countess.id, 'MET', babbage.id, 0], [ada.id, 'MET', countess.id, 1]],
    }) as GraphPatchInput & { mentions: { surface: string; segmentId: string; resolution?: unknown }[] };
    for (const m of doc.mentions) {
      if (m.surface === countess.name && m.segmentId.endsWith('#0')) m.resolution = { rule: 'similar-name', score: 0.9, ownEntityId: `${ns}:person:countess-l`, ownName: `Countess Lovelace ${T}` };
    }
    await write(doc);
    await write(photo(`${ns}:portrait`, [{ id: `${ns}:cf1`, identityId: `${ns}:cid`, seed: 11 }]));
    await gateway.executeWrite((tx) => tx.run(`MATCH (i:Identity {id: $i}), (p:Entity {id: $p}) MERGE (i)-[:IDENTIFIED_AS {rule: 'user-label', score: 1.0}]->(p)`, { i: `${ns}:cid`, p: countess.id }));

    const result = await mergeEntities(gateway, ada.id, countess.id);
    expect(result).toEqual({ entityId: ada.id, mergedId: countess.id, movedMentions: 2, movedEvidence: 1, droppedEvidence: 1, movedIdentities: 1 });
    expect(await listMerges(gateway, ada.id)).toEqual([
      { ownEntityId: `${ns}:person:countess-l`, name: `Countess Lovelace ${T}`, rule: 'similar-name', score: 0.9, mentions: 1, surfaces: [countess.name] },
      { ownEntityId: countess.id, name: countess.name, rule: 'user-merge', score: 1, mentions: 1, surfaces: [countess.name] },
    ]);
    const state = await graphState([ada.id, babbage.id]);
    expect(state.relations.map((r) => [r.type, r.subjectId, r.objectId].sort().join(' '))).toEqual([['MET', ada.id, babbage.id].sort().join(' ')]);
    expect(await findIdentity('reader', 'FACE', `${ns}:cid`)).toMatchObject({ person: { id: ada.id, name: ada.name } });

    // The earlier automatic merge is undone on its own.
    expect(await splitEntity(gateway, ada.id, `${ns}:person:countess-l`)).toMatchObject({ movedMentions: 1 });
  });

  it('refuses unknown ids, entities of different types and merging an entity into itself', async () => {
    const acme = org('acme', `Acme ${T}`);
    const lyon = { id: `${ns}:loc:lyon`, type: 'Location' as const, name: `Lyon ${T}` };
    await write(textPatch({ sourceId: `${ns}:d`, sentences: [`${acme.name} opened in ${lyon.name}.`], facts: [acme, lyon].map((e) => ({ surface: e.name, entity: e })) }));
    type R = { mergeEntities: { __typename: string; resource?: string; id?: string; field?: string; message?: string } };
    const missingInto = await gql<R>('editor', MERGE, { into: `${ns}:nobody`, from: acme.id });
    expect(missingInto.data.mergeEntities).toEqual({ __typename: 'NotFoundError', resource: 'Entity', id: `${ns}:nobody` });
    const missingFrom = await gql<R>('editor', MERGE, { into: acme.id, from: `${ns}:nobody` });
    expect(missingFrom.data.mergeEntities).toEqual({ __typename: 'NotFoundError', resource: 'Entity', id: `${ns}:nobody` });
    const mixed = await gql<R>('editor', MERGE, { into: acme.id, from: lyon.id });
    expect(mixed.data.mergeEntities).toMatchObject({ __typename: 'InvalidInputError', field: 'from' });
    expect(mixed.data.mergeEntities.message).toMatch(/Location.*Organization/);
    expect((await gql<R>('editor', MERGE, { into: acme.id, from: acme.id })).data.mergeEntities).toMatchObject({ __typename: 'InvalidInputError' });
    // Nothing changed.
    expect((await graphState([acme.id, lyon.id])).entities).toEqual({ [acme.id]: { type: 'Organization', name: acme.name, aliases: [acme.name] }, [lyon.id]: { type: 'Location', name: lyon.name, aliases: [lyon.name] } });

    type S = { splitEntity: { __typename: string; resource?: string; id?: string } };
    expect((await gql<S>('editor', SPLIT, { entity: `${ns}:nobody`, from: acme.id })).data.splitEntity).toEqual({ __typename: 'NotFoundError', resource: 'Entity', id: `${ns}:nobody` });
    expect((await gql<S>('editor', SPLIT, { entity: acme.id, from: lyon.id })).data.splitEntity).toEqual({ __typename: 'NotFoundError', resource: 'Merge', id: lyon.id });
    expect((await gql<S>('editor', SPLIT, { entity: acme.id, from: acme.id })).data.splitEntity).toMatchObject({ __typename: 'InvalidInputError' });
  });
});

describe('faces, voices and people', () => {
  const faceIdentity = `${ns}:fid`;
  const name = `Grace Hopper ${T}`;

  beforeAll(async () => {
    // Three faces of one person over two photos: a bigger cluster than most, so it comes early in the largest-first listing.
    await write(photo(`${ns}:p1`, [{ id: `${ns}:f1`, identityId: faceIdentity, seed: 21 }, { id: `${ns}:f2`, identityId: faceIdentity, seed: 22 }]));
    await write(photo(`${ns}:p2`, [{ id: `${ns}:f3`, identityId: faceIdentity, seed: 23 }]));
    await write(recording(`${ns}:r1`, { id: `${ns}:v1`, identityId: `${ns}:vid`, seed: 31 }));
  });

  it('labels a face: its identity points at the Person, and identities shows who it is', async () => {
    type L = { labelFace: { __typename: string; createdPerson: boolean; identity: { id: string; memberCount: number; sourceCount: number }; person: { id: string; name: string; type: string } } };
    const res = await gql<L>('editor', LABEL_FACE, { id: `${ns}:f2`, name: `  ${name} ` });
    expect(res.errors).toBeUndefined();
    const { person: labelled, ...rest } = res.data.labelFace;
    people.push(labelled.id);
    expect(rest).toEqual({ __typename: 'LabelIdentityPayload', createdPerson: true, identity: { id: faceIdentity, memberCount: 3, sourceCount: 2 } });
    expect(labelled).toMatchObject({ name, type: 'Person' });

    expect(await findIdentity('reader', 'FACE', faceIdentity)).toEqual({ id: faceIdentity, memberCount: 3, sourceCount: 2, person: { id: labelled.id, name } });
    // A face's identity carries the same counts (computed there by a per-request loader).
    type F = { source: { faces: { edges: { node: { identity: { memberCount: number; sourceCount: number; person: { name: string } } } }[] } } };
    const face = await gql<F>('reader', `{ source(id: "${ns}:p2") { ... on Source { faces(first: 1) { edges { node { identity { memberCount sourceCount person { name } } } } } } } }`);
    expect(face.data.source.faces.edges[0]?.node.identity).toEqual({ memberCount: 3, sourceCount: 2, person: { name } });

    type V = { labelSpeaker: { __typename: string; identity?: { id: string; memberCount: number }; person?: { id: string } } };
    const speaker = await gql<V>('editor', `mutation { labelSpeaker(id: "${ns}:vid", name: "${name}") { __typename ... on LabelIdentityPayload { identity { id memberCount } person { id } } } }`);
    expect(speaker.data.labelSpeaker).toEqual({ __typename: 'LabelIdentityPayload', identity: { id: `${ns}:vid`, memberCount: 1 }, person: { id: labelled.id } });
    expect(await findIdentity('reader', 'VOICE', `${ns}:vid`)).toMatchObject({ person: { name } });

    type Bad = { labelFace: { __typename: string; resource?: string; id?: string; field?: string } };
    expect((await gql<Bad>('editor', LABEL_FACE, { id: `${ns}:nobody`, name })).data.labelFace).toEqual({ __typename: 'NotFoundError', resource: 'Face', id: `${ns}:nobody` });
    expect((await gql<Bad>('editor', LABEL_FACE, { id: `${ns}:f1`, name: '  ' })).data.labelFace).toEqual({ __typename: 'InvalidInputError', field: 'name' });
    // A voice id is not a face.
    expect((await gql<Bad>('editor', LABEL_FACE, { id: `${ns}:v1`, name })).data.labelFace).toMatchObject({ __typename: 'NotFoundError', resource: 'Face' });
  });

  it('forgetPerson: refused for an editor, done for an admin; the entity stays', async () => {
    const personId = people[0];
    expect(personId).toBeDefined();
    const FORGET = `mutation ($id: ID!) { forgetPerson(entity: $id) { __typename ... on ForgetPersonPayload { personId faces voices identities segments } ... on NotFoundError { resource id } } }`;
    type R = { forgetPerson: Record<string, unknown> };
    expect((await gql<R>('editor', FORGET, { id: personId })).data.forgetPerson).toEqual({ __typename: 'ForbiddenError' });
    expect((await gql<R>('analyst', FORGET, { id: personId })).data.forgetPerson).toEqual({ __typename: 'ForbiddenError' });
    expect(await findIdentity('reader', 'FACE', faceIdentity)).not.toBeNull();

    const done = await gql<R>('admin', FORGET, { id: personId });
    expect(done.data.forgetPerson).toEqual({ __typename: 'ForgetPersonPayload', personId, faces: 3, voices: 1, identities: 2, segments: 4 });
    expect(await findIdentity('reader', 'FACE', faceIdentity)).toBeNull();
    type E = { entity: { __typename: string; name?: string } };
    expect((await gql<E>('reader', `{ entity(id: "${personId}") { __typename ... on Entity { name } } }`)).data.entity).toEqual({ __typename: 'Entity', name });
    expect((await gql<R>('admin', FORGET, { id: `${ns}:nobody` })).data.forgetPerson).toEqual({ __typename: 'NotFoundError', resource: 'Entity', id: `${ns}:nobody` });
  });
});

describe('who may curate', () => {
  const ALL = `mutation { m: mergeEntities(into: "${ns}:x", from: "${ns}:y") { __typename ... on ForbiddenError { code message } }
    s: splitEntity(entity: "${ns}:x", from: "${ns}:y") { __typename } f: labelFace(id: "${ns}:x", name: "X") { __typename }
    v: labelSpeaker(id: "${ns}:x", name: "X") { __typename } p: forgetPerson(entity: "${ns}:x") { __typename } }`;

  it('refuses every curation mutation to a reader and write ones to an analyst, before looking anything up', async () => {
    type R = { m: { __typename: string; code?: string; message?: string }; s: { __typename: string }; f: { __typename: string }; v: { __typename: string }; p: { __typename: string } };
    const reader = await gql<R>('reader', ALL);
    expect(reader.errors).toBeUndefined();
    expect(reader.data).toEqual({
      m: { __typename: 'ForbiddenError', code: 'FORBIDDEN', message: 'The reader role may not use Mutation.mergeEntities' },
      s: { __typename: 'ForbiddenError' }, f: { __typename: 'ForbiddenError' }, v: { __typename: 'ForbiddenError' }, p: { __typename: 'ForbiddenError' },
    });
    const analyst = await gql<R>('analyst', ALL);
    expect(Object.values(analyst.data).map((r) => r.__typename)).toEqual(Array(5).fill('ForbiddenError'));
    // An editor gets past the check and reaches the lookups.
    const editor = await gql<R>('editor', ALL);
    expect([editor.data.m, editor.data.s, editor.data.f, editor.data.v].map((r) => r.__typename)).toEqual(Array(4).fill('NotFoundError'));
    expect(editor.data.p.__typename).toBe('ForbiddenError');
  });

  it('needs a key outside development: anonymous requests are refused', async () => {
    expect(config.api.anonymousRole).toBeNull();
    const res = await gql<null>(null, '{ stats { entities } }');
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the upload spool', () => {
  it('is swept once a job completed or failed for good, never while it waits', async () => {
    const INGEST = `mutation ($text: String!, $name: String!) { ingest(text: $text, name: $name) { __typename ... on IngestPayload { jobs { id } } } }`;
    type I = { ingest: { __typename: string; jobs: { id: string }[] } };
    const good = await gql<I>('editor', INGEST, { text: `Ada Lovelace wrote notes ${T}.`, name: 'good.txt' });
    const bad = await gql<I>('editor', INGEST, { text: `Nothing to see ${T}.`, name: 'bad.txt' });
    const [goodJob, badJob] = [good.data.ingest.jobs[0]?.id, bad.data.ingest.jobs[0]?.id];
    expect(goodJob && badJob).toBeTruthy();
    const pathOf = async (id: string) => (await services.deps.jobs.queue.getJob(id))?.data.path ?? '';
    const [goodPath, badPath] = [await pathOf(goodJob ?? ''), await pathOf(badJob ?? '')];
    expect(goodPath.startsWith(spoolDir) && badPath.startsWith(spoolDir)).toBe(true);

    // Waiting jobs keep their files.
    expect(await services.sweepSpool()).toEqual({ removed: [], kept: 2 });

    // A real worker on this queue; the ingest itself is not under test here.
    const worker = startIngestWorker({
      redisUrl: config.redisUrl,
      queueName,
      logger: runtime.logger,
      ingest: (job) => {
        if (job.name === 'bad.txt') return Promise.reject(new UnrecoverableError('refused for the test'));
        return Promise.resolve({ sourceId: job.sourceId, documents: 1, outcome: 'unchanged', entities: 0, mentions: 0, relations: 0, timingsMs: {} } satisfies IngestJobResult);
      },
    });
    try {
      const settled = async () => {
        for (let i = 0; i < 100; i++) {
          const states = await Promise.all([goodJob, badJob].map((id) => services.deps.jobs.queue.getJobState(id ?? '')));
          if (states[0] === 'completed' && states[1] === 'failed') return states;
          await new Promise((r) => setTimeout(r, 100));
        }
        return null;
      };
      expect(await settled()).toEqual(['completed', 'failed']);
    } finally {
      await worker.close();
    }
    const swept = await services.sweepSpool();
    expect(swept.removed.sort()).toEqual([goodPath, badPath].sort());
    await expect(stat(goodPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
