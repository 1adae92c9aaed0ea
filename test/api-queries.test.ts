import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createApiServices } from '../api/index.js';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import type { GraphPatchInput } from '../graph-schema/index.js';
import { namespace } from './support/graph.js';
import { sha256, textPatch, type TextFact } from './support/patches.js';

/**
 * Every query family in process (`api.fetch`) against the real Neo4j, on
 * data seeded through the writer in this file's namespace. Names carry a
 * random tag word, so full-text and semantic search find this file's data
 * and nothing else's.
 */

const KEYS = { reader: 'q-reader-key', editor: 'q-editor-key', analyst: 'q-analyst-key', admin: 'q-admin-key' } as const;
type Role = keyof typeof KEYS;
const config = loadConfig({
  LOG_LEVEL: 'silent',
  ...process.env,
  API_KEYS: Object.entries(KEYS).map(([role, key]) => `${key}:${role}`).join(','),
  ANONYMOUS_ROLE: 'none',
});
const runtime = createRuntime(config, 'kg-api-test');
const services = createApiServices(runtime, { queueName: namespace('test-api-queries'), processMetrics: false });
const api = createApi(services.deps, { rateLimit: false });

const ns = namespace('api');
const T = `Q${ns.slice(-8)}`;
/** A surname nothing ingests (fixed: the language detector must see plain English around it). */
const SURNAME = 'Quillfeather';
const FACE_MODEL = { id: 'test-face@1.0.0', name: 'test-face', version: '1.0.0', task: 'faces' };

interface Gql<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
type Connection<N> = { edges: { cursor: string; node: N }[]; pageInfo: PageInfo };
type Id = { id: string };
const ids = (conn: { edges: { node: Id }[] }) => conn.edges.map((e) => e.node.id);

/** Typed like a client's generated types would be; the API's answers are checked against them by the assertions. */
async function gql<T>(role: Role, query: string, variables?: Record<string, unknown>): Promise<Gql<T>> {
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Gql<T>, 'status'>) };
}

const person = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:person:${key}`, type: 'Person', name });
const cast = {
  ada: person('ada', `Ada Lovelace ${T}`),
  babbage: person('babbage', `Charles Babbage ${T}`),
  company: { id: `${ns}:org:aec`, type: 'Organization', name: `Engine Works ${T}` } as TextFact['entity'],
  london: { id: `${ns}:loc:london`, type: 'Location', name: `London ${T}` } as TextFact['entity'],
};
const facts = Object.values(cast).map((entity) => ({ surface: entity.name, entity }));
const sentences = [
  `${cast.ada.name} met ${cast.babbage.name} at a dinner party.`,
  `${cast.babbage.name} founded ${cast.company.name} to build calculating machines.`,
  `${cast.company.name} is headquartered in ${cast.london.name}.`,
];
let metRelationId = '';

async function seed(): Promise<void> {
  const { embedder } = services.deps.engines;
  const docA = textPatch({
    sourceId: `${ns}:docA`,
    sentences,
    facts,
    relations: [[cast.ada.id, 'MET', cast.babbage.id, 0], [cast.babbage.id, 'FOUNDED', cast.company.id, 1], [cast.company.id, 'HEADQUARTERED_IN', cast.london.id, 2]],
  });
  const vectors = await embedder.embed(sentences);
  docA.segments = (docA.segments ?? []).map((s, i) => ({ ...s, embedding: vectors[i] }));
  docA.entities = (docA.entities ?? []).map((e) => (e.id === cast.london.id ? { ...e, names: { es: `Londres ${T}` } } : e));
  const docB = textPatch({ sourceId: `${ns}:docB`, sentences: [`${cast.ada.name} met ${cast.babbage.name} again in spring.`], facts, relations: [[cast.ada.id, 'MET', cast.babbage.id, 0]] });
  const photo: GraphPatchInput = {
    source: { id: `${ns}:photo`, kind: 'image', mediaType: 'image/jpeg', contentHash: sha256(`${ns}:photo`), name: 'portrait.jpg' },
    run: { id: `${ns}:photo:run`, models: [FACE_MODEL] },
    segments: [{ id: `${ns}:photo#0`, kind: 'region', index: 0, box: { x: 10, y: 20, w: 100, h: 120 } }],
    faces: [{
      id: `${ns}:face0`,
      segmentId: `${ns}:photo#0`,
      embedding: Array.from({ length: config.embeddings.faceDim }, (_, i) => ((i % 7) + 1) / 7),
      confidence: 0.97,
      quality: 0.8,
      model: FACE_MODEL.id,
      identityId: `${ns}:identity0`,
    }],
  };
  await runtime.writer.writeMany([docA, docB, photo]);
  const rel = await runtime.gateway.executeRead(async (tx) =>
    (await tx.run('MATCH (:Entity {id: $a})-[r:MET]-(:Entity {id: $b}) RETURN r.id AS id', { a: cast.ada.id, b: cast.babbage.id })).records[0]?.get('id') as string,
  );
  metRelationId = rel;
}

beforeAll(seed, 180_000);
afterAll(async () => {
  for (const id of ['docA', 'docB', 'photo']) await runtime.writer.deleteSource(`${ns}:${id}`);
  await services.deps.jobs.queue.obliterate({ force: true });
  await api.dispose();
  await services.close();
  await runtime.close();
});

describe('GraphQL API queries on seeded data (in process, real Neo4j)', () => {
  it('entity(id): names per language, aliases, mentions with their segments and sources; NotFoundError otherwise', async () => {
    type Mention = { surface: string; start: number; end: number; confidence: number; modelId: string; segment: { text: string; source: Id } };
    type Entity = { __typename: 'Entity'; type: string; name: string; names: { language: string; name: string }[]; aliases: string[]; mentions: Connection<Mention> };
    const res = await gql<{ entity: Entity; missing: unknown }>('reader', `query ($id: ID!) {
      entity(id: $id) { __typename ... on Entity { id type name names { language name } aliases
        mentions(first: 10) { edges { node { surface start end confidence modelId segment { text source { id } } } } } } }
      missing: entity(id: "${ns}:nobody") { __typename ... on NotFoundError { code resource id message } } }`, { id: cast.london.id });
    expect(res.errors).toBeUndefined();
    const { entity } = res.data;
    expect(entity).toMatchObject({ __typename: 'Entity', type: 'Location', name: cast.london.name, names: [{ language: 'es', name: `Londres ${T}` }] });
    expect(entity.aliases).toContain(`Londres ${T}`);
    const mention = entity.mentions.edges[0]?.node;
    expect(mention).toMatchObject({ surface: cast.london.name, confidence: 0.9, modelId: 'test-ner@1.0.0', segment: { source: { id: `${ns}:docA` } } });
    expect(sentences.join(' ').slice(mention?.start, mention?.end)).toBe(cast.london.name);
    expect(res.data.missing).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', resource: 'Entity', id: `${ns}:nobody`, message: `Entity "${ns}:nobody" was not found` });
  });

  it('entities(filter, first, after): filters by type, name and language and pages forwards and backwards', async () => {
    const page = async (args: string) =>
      (await gql<{ entities: Connection<Id> & { code?: string } }>('reader', `{ entities(${args}) { ... on QueryEntitiesConnection { edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } ... on Error { code message } } }`)).data.entities;
    const all = await page(`filter: { name: "${T}" }, first: 10`);
    expect(ids(all)).toEqual(Object.values(cast).map((e) => e.id).sort());
    const first = await page(`filter: { name: "${T}" }, first: 3`);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await page(`filter: { name: "${T}" }, first: 3, after: "${first.pageInfo.endCursor}"`);
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await page(`filter: { name: "${T}" }, last: 2, before: "${rest.pageInfo.startCursor}"`);
    expect(ids(back)).toEqual(ids(all).slice(1, 3));
    expect((await page(`filter: { name: "${T}", type: Person }, first: 10`)).edges).toHaveLength(2);
    expect(ids(await page(`filter: { name: "${T}", language: "es" }, first: 10`))).toEqual([cast.london.id]);
    expect(await page('filter: { language: "Spanish" }, first: 1')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await page('first: 1, after: "bm90LWEtY3Vyc29y"')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('source(id): segments with offsets, mentions, faces with box and identity, runs with model versions', async () => {
    type Segment = { index: number; start: number; end: number; text: string };
    type Source = { kind: string; status: string; language: string; segments: Connection<Segment>; mentions: Connection<unknown>; runs: { models: Id[] }[] };
    const res = await gql<{ a: Source; p: unknown }>('reader', `query ($a: ID!, $p: ID!) {
      a: source(id: $a) { ... on Source { kind status language segments(first: 2) { edges { node { index start end text } } pageInfo { hasNextPage endCursor } }
        mentions(first: 50) { edges { node { surface entity { id } } } } runs { id status models { id task } } } }
      p: source(id: $p) { ... on Source { kind faces { edges { node { confidence quality box { x y w h } identity { id } segment { kind } } } } voices { edges { node { id } } } } } }`,
    { a: `${ns}:docA`, p: `${ns}:photo` });
    expect(res.errors).toBeUndefined();
    const { a } = res.data;
    expect(a).toMatchObject({ kind: 'text', status: 'done', language: 'en' });
    expect(a.segments.edges.map((e) => e.node.index)).toEqual([0, 1]);
    expect(a.segments.edges[1]?.node).toMatchObject({ start: (sentences[0] ?? '').length + 1, text: sentences[1] });
    const next = await gql<{ source: unknown }>('reader', `{ source(id: "${ns}:docA") { ... on Source { segments(first: 2, after: "${a.segments.pageInfo.endCursor}") { edges { node { index } } pageInfo { hasNextPage } } } } }`);
    expect(next.data.source).toEqual({ segments: { edges: [{ node: { index: 2 } }], pageInfo: { hasNextPage: false } } });
    expect(a.mentions.edges).toHaveLength(6);
    expect(a.runs[0]?.models.map((m) => m.id).sort()).toEqual(['test-ner@1.0.0', 'test-rel@1.0.0']);
    expect(res.data.p).toMatchObject({
      kind: 'image',
      faces: { edges: [{ node: { confidence: 0.97, quality: 0.8, box: { x: 10, y: 20, w: 100, h: 120 }, identity: { id: `${ns}:identity0` }, segment: { kind: 'region' } } }] },
      voices: { edges: [] },
    });
  });

  it('biometric embeddings: a ForbiddenError for every role but admin, the vector for admin', async () => {
    type Embedding = { __typename: string; code?: string; data?: number[] };
    const embedding = async (role: Role) =>
      (await gql<{ source: { faces: Connection<{ embedding: Embedding }> } }>(role, `{ source(id: "${ns}:photo") { ... on Source { faces { edges { node {
        embedding { __typename ... on ForbiddenError { code } ... on FaceEmbeddingSuccess { data } } } } } } } }`)).data.source.faces.edges[0]?.node.embedding;
    for (const role of ['reader', 'editor', 'analyst'] as const) expect(await embedding(role)).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect((await embedding('admin'))?.data).toHaveLength(config.embeddings.faceDim);
  });

  it('search: FULLTEXT, SEMANTIC and HYBRID over entities and segments, with scores, highlights, filters and pages', async () => {
    type Hit = { score: number; fullTextScore: number | null; semanticScore: number | null; snippet: { text: string; highlights: { start: number; end: number }[] }; item: { __typename: string; id: string } };
    const search = async (args: string) =>
      (await gql<{ search: Connection<Hit> & { __typename: string } }>('reader', `{ search(${args}) { __typename ... on QuerySearchConnection { edges { cursor node {
        score fullTextScore semanticScore snippet { text highlights { start end } } item { __typename ... on Entity { id } ... on Segment { id source { id } } } } }
        pageInfo { hasNextPage endCursor } } ... on Error { code message } } }`)).data.search;
    const items = (conn: Connection<Hit>) => conn.edges.map((e) => e.node.item.id);
    const full = await search(`text: "Babbage ${T}", mode: FULLTEXT, first: 10`);
    expect(items(full)).toContain(cast.babbage.id);
    expect(full.edges.filter((e) => e.node.item.__typename === 'Segment')).toHaveLength(3);
    for (const { node } of full.edges) {
      expect(node.fullTextScore).toBeGreaterThan(0);
      const marked = node.snippet.highlights.map((h) => node.snippet.text.slice(h.start, h.end).toLowerCase());
      expect(marked).toEqual(expect.arrayContaining(['babbage', T.toLowerCase()]));
    }
    expect(items(await search(`text: "${T}", types: [Person], targets: [ENTITY], first: 10`)).sort()).toEqual([cast.ada.id, cast.babbage.id]);
    const one = await search(`text: "${T}", targets: [ENTITY], first: 1`);
    const two = await search(`text: "${T}", targets: [ENTITY], first: 1, after: "${one.pageInfo.endCursor}"`);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(items(two)[0]).not.toBe(items(one)[0]);

    const semantic = await search(`text: "${cast.babbage.name} established ${cast.company.name} to build calculating machines", mode: SEMANTIC, targets: [SEGMENT], first: 3`);
    const top = semantic.edges[0]?.node;
    expect(top?.item).toMatchObject({ __typename: 'Segment', id: `${ns}:docA#1` });
    expect(top?.semanticScore).toBeGreaterThan(0.8);
    expect(top?.fullTextScore).toBeNull();
    const hybrid = await search(`text: "${cast.company.name} headquartered", mode: HYBRID, first: 5`);
    const both = hybrid.edges.find((e) => e.node.item.id === `${ns}:docA#2`)?.node;
    expect(both?.fullTextScore).toBeGreaterThan(0);
    expect(both?.semanticScore).toBeGreaterThan(0);
    expect(await search('text: "   ", first: 1')).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT' });
  });

  it('neighbourhood(id, depth, relationTypes): nearest first with distances and the relations among them; depth above 3 refused', async () => {
    type Hood = { __typename: string; edges: { distance: number; node: Id }[]; relations: { type: string }[]; pageInfo: PageInfo };
    const hood = async (args: string) =>
      (await gql<{ neighbourhood: Hood }>('reader', `{ neighbourhood(${args}) { __typename ... on QueryNeighbourhoodConnection { center { id } edges { distance node { id } }
        relations { type subject { id } object { id } } pageInfo { hasNextPage } } ... on Error { code message } } }`)).data.neighbourhood;
    expect((await hood(`id: "${cast.ada.id}", depth: 1`)).edges).toEqual([{ distance: 1, node: { id: cast.babbage.id } }]);
    const three = await hood(`id: "${cast.ada.id}", depth: 3, first: 10`);
    expect(three.edges).toEqual([
      { distance: 1, node: { id: cast.babbage.id } },
      { distance: 2, node: { id: cast.company.id } },
      { distance: 3, node: { id: cast.london.id } },
    ]);
    expect(three.relations.map((r) => r.type).sort()).toEqual(['FOUNDED', 'HEADQUARTERED_IN', 'MET']);
    expect((await hood(`id: "${cast.ada.id}", depth: 3, first: 2`)).pageInfo.hasNextPage).toBe(true);
    expect((await hood(`id: "${cast.ada.id}", depth: 3, relationTypes: [MET]`)).edges.map((e) => e.node.id)).toEqual([cast.babbage.id]);
    expect(await hood(`id: "${cast.ada.id}", depth: 4`)).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT' });
    expect(await hood(`id: "${ns}:nobody"`)).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('path(from, to, maxHops): the shortest path in order, or NotFoundError when none is short enough', async () => {
    const path = async (maxHops: number) =>
      (await gql<{ path: unknown }>('reader', `{ path(from: "${cast.ada.id}", to: "${cast.london.id}", maxHops: ${maxHops}) { __typename
        ... on Path { length entities { id } relations { type } } ... on Error { code } } }`)).data.path;
    expect(await path(4)).toEqual({
      __typename: 'Path',
      length: 3,
      entities: [cast.ada, cast.babbage, cast.company, cast.london].map((e) => ({ id: e.id })),
      relations: [{ type: 'MET' }, { type: 'FOUNDED' }, { type: 'HEADQUARTERED_IN' }],
    });
    expect(await path(2)).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await path(7)).toEqual({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT' });
  });

  it('provenance(relationId): every evidence segment with source, offsets, model version and confidence', async () => {
    type Evidence = { confidence: number; start: number; segment: { kind: string; start: number }; source: Id };
    type Provenance = { relation: { confidence: number }; evidence: Connection<Evidence> };
    const res = await gql<{ provenance: Provenance }>('reader', `query ($id: ID!) { provenance(relationId: $id) { __typename ... on Provenance {
      relation { type confidence support models subject { id } object { id } }
      evidence { edges { node { confidence text start end modelId model { name version task } segment { kind start end } source { id name } } } } } } }`, { id: metRelationId });
    expect(res.errors).toBeUndefined();
    const { relation, evidence } = res.data.provenance;
    // Two independent evidence sentences at 0.8 each: noisy-or 1 − 0.2 × 0.2.
    expect(relation).toMatchObject({ type: 'MET', support: 2, models: ['test-rel@1.0.0'] });
    expect(relation.confidence).toBeCloseTo(0.96, 6);
    expect(evidence.edges.map((e) => e.node.source.id).sort()).toEqual([`${ns}:docA`, `${ns}:docB`]);
    for (const { node } of evidence.edges) {
      expect(node).toMatchObject({ confidence: 0.8, modelId: 'test-rel@1.0.0', model: { name: 'test-rel', version: '1.0.0', task: 'relations' }, segment: { kind: 'text' } });
      expect(node.start).toBe(node.segment.start);
    }
    const onRelation = await gql<{ entity: { relations: Connection<unknown> } }>('reader', `{ entity(id: "${cast.ada.id}") { ... on Entity { relations(types: [MET]) {
      edges { node { id support evidence(first: 1) { edges { node { text } } pageInfo { hasNextPage } } } } } } } }`);
    expect(onRelation.data.entity.relations.edges[0]?.node).toMatchObject({ id: metRelationId, support: 2, evidence: { pageInfo: { hasNextPage: true } } });
    expect((await gql<{ provenance: unknown }>('reader', '{ provenance(relationId: "rel_nope") { __typename } }')).data.provenance).toEqual({ __typename: 'NotFoundError' });
  });

  it('stats: totals from the count store include what was seeded', async () => {
    type Count = { name: string; count: number };
    type Stats = { entities: number; faces: number; relations: number; relationsByType: Count[]; sourcesByStatus: Count[] };
    const res = await gql<{ stats: Stats }>('reader', '{ stats { sources segments entities mentions relations faces entitiesByType { name count } relationsByType { name count } sourcesByStatus { name count } } }');
    expect(res.errors).toBeUndefined();
    const { stats } = res.data;
    expect(stats.entities).toBeGreaterThanOrEqual(4);
    expect(stats.faces).toBeGreaterThanOrEqual(1);
    expect(stats.relationsByType.find((r) => r.name === 'MET')?.count).toBeGreaterThanOrEqual(1);
    expect(stats.relations).toBe(stats.relationsByType.reduce((sum, r) => sum + r.count, 0));
    expect(stats.sourcesByStatus.find((s) => s.name === 'done')?.count).toBeGreaterThanOrEqual(3);
  });

  it('predict: NER, relations, embeddings and translation on caller text, stored nowhere', async () => {
    type Mention = { text: string; type: string; start: number; end: number };
    type Predict = {
      ner: { language: string; mentions: Mention[] };
      relations: { relations: unknown[] };
      embed: { dimension: number; vector: number[] };
      translate: { engine: string; text: string | null; reason: string | null };
      same: unknown;
      blank: unknown;
    };
    const res = await gql<{ predict: Predict }>('editor', `{ predict {
      ner(text: "Tim Cook is the CEO of Apple. On Monday he met Marguerite ${SURNAME} in Paris to talk about the new phones.") { ... on NerPrediction { language model { id task } mentions { text type start end } } }
      relations(text: "Steve Jobs founded Apple in Cupertino.") { ... on RelationsPrediction { model { id } relations { type subject { text } object { text } sentence { text } } } }
      embed(text: "a calculating machine") { ... on EmbeddingPrediction { dimension model { id } vector } }
      translate(text: "El gato es negro.", from: "es", to: "en") { ... on TranslationPrediction { from to engine text reason } }
      same: translate(text: "The weather in London is lovely today, so we are going for a long walk.", to: "en") { __typename ... on TranslationPrediction { from engine text } ... on Error { message } }
      blank: ner(text: "  ") { __typename ... on InvalidInputError { field } } } }`);
    expect(res.errors).toBeUndefined();
    const { ner, relations, embed, translate, same, blank } = res.data.predict;
    expect(ner.language).toBe('en');
    // The API's part is exact offsets into the caller's text; the recogniser's quality is tested with the extractors.
    const nerText = `Tim Cook is the CEO of Apple. On Monday he met Marguerite ${SURNAME} in Paris to talk about the new phones.`;
    expect(ner.mentions).toEqual(expect.arrayContaining([{ text: 'Tim Cook', type: 'Person', start: 0, end: 8 }]));
    for (const m of ner.mentions) expect(nerText.slice(m.start, m.end)).toBe(m.text);
    expect(relations.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'FOUNDED', subject: { text: 'Steve Jobs' } })]));
    expect(embed.dimension).toBe(512);
    expect(Math.hypot(...embed.vector)).toBeCloseTo(1, 4);
    expect(translate).toMatchObject({ from: 'es', to: 'en' });
    if (translate.engine === 'none') expect(translate.reason).toBeTruthy();
    else expect(translate.text?.toLowerCase()).toContain('cat');
    expect(same).toEqual({ __typename: 'TranslationPrediction', from: 'en', engine: 'identity', text: 'The weather in London is lovely today, so we are going for a long walk.' });
    expect(blank).toEqual({ __typename: 'InvalidInputError', field: 'text' });
    expect(ner.mentions.map((m) => m.text)).toContain(`Marguerite ${SURNAME}`);
    // Nothing was written: the person found in the predicted text is nowhere in the graph.
    const stored = await gql<{ entities: Connection<Id> }>('reader', `{ entities(filter: { name: "${SURNAME}" }) { ... on QueryEntitiesConnection { edges { node { id } } } } }`);
    expect(stored.data.entities.edges).toEqual([]);
  });
});
