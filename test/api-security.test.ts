import { Writable } from 'node:stream';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createApiServices, type Api, type ApiServices, type PredictEngines } from '../api/index.js';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { GraphGateway, GraphWriter, type GraphPatchInput } from '../graph-schema/index.js';
import { namespace } from './support/graph.js';
import { sha256, textPatch } from './support/patches.js';
import { snapshot } from './support/snapshot.js';

/**
 * Who may do what, what is refused before it runs, and what a client sees
 * when something breaks. In process against the real Neo4j and Redis.
 */

const KEYS = { reader: 's-reader-key', editor: 's-editor-key', analyst: 's-analyst-key', admin: 's-admin-key' } as const;
type Role = keyof typeof KEYS;
const MAX_UPLOAD = 4096;
const MAX_REQUEST = 16 * 1024;
const env = {
  LOG_LEVEL: 'silent',
  ...process.env,
  API_KEYS: Object.entries(KEYS).map(([role, key]) => `${key}:${role}`).join(','),
  ANONYMOUS_ROLE: 'none',
  MAX_UPLOAD_BYTES: String(MAX_UPLOAD),
};
const config = loadConfig(env);
const runtime = createRuntime(config, 'kg-api-security-test');
const ns = namespace('apisec');
const closers: (() => Promise<unknown>)[] = [];

function instance(options: { anonymous?: boolean; rateLimit?: { burst: number; perSecond: number } } = {}): { api: Api; services: ApiServices } {
  const cfg = options.anonymous ? loadConfig({ ...env, ANONYMOUS_ROLE: 'reader' }) : config;
  const services = createApiServices({ ...runtime, config: cfg }, { queueName: namespace('test-api-sec'), processMetrics: false, spoolDir: join(tmpdir(), `kg-api-sec-${ns}`) });
  const api = createApi(services.deps, { rateLimit: options.rateLimit ?? false, maxRequestBytes: MAX_REQUEST });
  closers.push(async () => {
    await services.deps.jobs.queue.obliterate({ force: true });
    await api.dispose();
    await services.close();
  });
  return { api, services };
}

const main = instance();

/** Response data navigated by path: `at(res.data, 'r', '__typename')`. */
type Json = unknown;
function at(value: Json, ...path: (string | number)[]): Json {
  return path.reduce<Json>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, Json>)[key] : undefined), value);
}

interface Gql {
  status: number;
  headers: Headers;
  text: string;
  data?: Json;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(api: Api, init: { key?: string | null; body: BodyInit; headers?: Record<string, string> }): Promise<Gql> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  const response = await api.fetch('http://api.test/graphql', { method: 'POST', headers, body: init.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, ...(JSON.parse(text) as Omit<Gql, 'status' | 'headers' | 'text'>) };
}

function gql(role: Role | null, query: string, variables?: Record<string, unknown>, api: Api = main.api): Promise<Gql> {
  return send(api, { key: role ? KEYS[role] : null, body: JSON.stringify({ query, variables }), headers: { 'content-type': 'application/json' } });
}

/** A GraphQL multipart request (the spec clients use for uploads), serialised by the platform's own FormData. */
async function upload(role: Role, files: { name: string; type: string; bytes: Uint8Array }[], extraHeaders: Record<string, string> = {}): Promise<Gql> {
  const form = new FormData();
  form.set('operations', JSON.stringify({
    query: 'mutation ($files: [Upload!]) { ingest(files: $files) { __typename ... on IngestPayload { jobs { id fileName state } } ... on Error { code message } ... on InvalidInputError { field } } }',
    variables: { files: files.map(() => null) },
  }));
  form.set('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.set(String(i), new Blob([Buffer.from(f.bytes)], { type: f.type }), f.name));
  const request = new Request('http://api.test/graphql', { method: 'POST', body: form });
  const body = new Uint8Array(await request.arrayBuffer());
  return send(main.api, { key: KEYS[role], body, headers: { 'content-type': request.headers.get('content-type') ?? '', ...extraHeaders } });
}

const text = (s: string) => new TextEncoder().encode(s);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
const ada = `${ns}:person:ada`;

beforeAll(async () => {
  const doc = textPatch({
    sourceId: `${ns}:doc`,
    sentences: ['Ada Lovelace met Charles Babbage.'],
    facts: [{ surface: 'Ada Lovelace', entity: { id: ada, type: 'Person', name: 'Ada Lovelace' } }, { surface: 'Charles Babbage', entity: { id: `${ns}:person:babbage`, type: 'Person', name: 'Charles Babbage' } }],
    relations: [[ada, 'MET', `${ns}:person:babbage`, 0]],
  });
  const photo: GraphPatchInput = {
    source: { id: `${ns}:photo`, kind: 'image', mediaType: 'image/jpeg', contentHash: sha256(`${ns}:photo`), name: 'p.jpg' },
    run: { id: `${ns}:photo:run`, models: [{ id: 'test-face@1.0.0', name: 'test-face', version: '1.0.0', task: 'faces' }] },
    segments: [{ id: `${ns}:photo#0`, kind: 'region', index: 0, box: { x: 1, y: 2, w: 3, h: 4 } }],
    faces: [{ id: `${ns}:face`, segmentId: `${ns}:photo#0`, embedding: Array.from({ length: config.embeddings.faceDim }, () => 0.5), confidence: 0.9, model: 'test-face@1.0.0' }],
  };
  await runtime.writer.writeMany([doc, photo]);
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  for (const id of ['doc', 'photo']) await runtime.writer.deleteSource(`${ns}:${id}`);
  await runtime.close();
});

describe('roles', () => {
  const operations: Record<string, { query: string; allowed: (data: Json) => boolean }> = {
    read: { query: `{ r: entity(id: "${ada}") { __typename } }`, allowed: (d) => at(d, 'r', '__typename') === 'Entity' },
    cypher: { query: '{ r: cypher(query: "RETURN 1 AS one") { __typename } }', allowed: (d) => at(d, 'r', '__typename') === 'CypherResult' },
    predict: { query: '{ predict { r: ner(text: "Ada Lovelace met Charles Babbage.") { __typename } } }', allowed: (d) => at(d, 'predict', 'r', '__typename') === 'NerPrediction' },
    ingest: { query: 'mutation { r: ingest(text: "Ada Lovelace met Charles Babbage in London.") { __typename } }', allowed: (d) => at(d, 'r', '__typename') === 'IngestPayload' },
    deleteSource: { query: `mutation { r: deleteSource(id: "${ns}:never-ingested") { __typename } }`, allowed: (d) => at(d, 'r', '__typename') === 'NotFoundError' },
    biometrics: {
      query: `{ r: source(id: "${ns}:photo") { ... on Source { faces { edges { node { embedding { __typename } } } } } } }`,
      allowed: (d) => at(d, 'r', 'faces', 'edges', 0, 'node', 'embedding', '__typename') === 'FaceEmbeddingSuccess',
    },
  };

  it('each role may do exactly what its scopes allow; refusals are ForbiddenError results', async () => {
    const matrix: Record<string, string[]> = {};
    for (const role of Object.keys(KEYS) as Role[]) {
      matrix[role] = [];
      for (const [name, op] of Object.entries(operations)) {
        const res = await gql(role, op.query);
        expect(res.errors, `${role} ${name}`).toBeUndefined();
        if (op.allowed(res.data)) matrix[role].push(name);
        else expect(res.text, `${role} ${name}`).toContain('ForbiddenError');
      }
    }
    expect(matrix).toEqual({
      reader: ['read'],
      editor: ['read', 'predict', 'ingest', 'deleteSource'],
      analyst: ['read', 'cypher', 'predict'],
      admin: ['read', 'cypher', 'predict', 'ingest', 'deleteSource', 'biometrics'],
    });
  });

  it('refuses missing and unknown keys with 401 before parsing; anonymous access only when configured', async () => {
    const none = await gql(null, '{ stats { entities } }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const unknown = await send(main.api, { key: 'guessed-key', body: '{ not even json', headers: { 'content-type': 'application/json' } });
    expect(unknown.status).toBe(401);

    const open = instance({ anonymous: true });
    const anonymous = await gql(null, `{ r: entity(id: "${ada}") { __typename } c: cypher(query: "RETURN 1") { __typename } }`, undefined, open.api);
    expect(anonymous.data).toEqual({ r: { __typename: 'Entity' }, c: { __typename: 'ForbiddenError' } });
    expect((await send(open.api, { key: 'guessed-key', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });

  it('limits the rate per key, with Retry-After, without slowing other keys', async () => {
    const limited = instance({ rateLimit: { burst: 3, perSecond: 0.01 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql('reader', '{ stats { entities } }', undefined, limited.api)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await gql('reader', '{ stats { entities } }', undefined, limited.api);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await gql('analyst', '{ stats { entities } }', undefined, limited.api)).status).toBe(200);
  });
});

describe('abusive queries are refused before anything runs', () => {
  const neo4jQueries = async () => (await main.services.deps.metrics.neo4jSeconds.get()).values.filter((v) => v.metricName?.endsWith('_count')).reduce((n, v) => n + v.value, 0);

  it('depth, cost, alias, directive and token attacks get stable codes and cost the graph nothing', async () => {
    const deep = `{ entity(id: "${ada}") { ... on Entity { ${'relations { edges { node { subject { '.repeat(4)}id${' } } } }'.repeat(4)} } } }`;
    const costly = '{ entities(first: 100) { ... on QueryEntitiesConnection { edges { node { relations(first: 100) { edges { node { evidence(first: 100) { edges { node { id text } } } } } } } } } } }';
    const aliases = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    const directives = `{ stats { entities ${'@include(if: true) '.repeat(50)} } }`;
    const tokens = `{ stats { ${'a '.repeat(2500)} } }`;
    const before = await neo4jQueries();
    const codes: Record<string, string | undefined> = {};
    for (const [name, query] of Object.entries({ deep, costly, aliases, directives, tokens })) {
      const res = await gql('admin', query);
      expect(res.data ?? null, name).toBeNull();
      codes[name] = res.errors?.[0]?.extensions?.code;
    }
    expect(codes).toEqual({
      deep: 'DEPTH_LIMIT_EXCEEDED',
      costly: 'COST_LIMIT_EXCEEDED',
      aliases: 'ALIAS_LIMIT_EXCEEDED',
      directives: 'DIRECTIVE_LIMIT_EXCEEDED',
      tokens: 'TOKEN_LIMIT_EXCEEDED',
    });
    expect(await neo4jQueries()).toBe(before);
  });

  it('hides field suggestions that would map the schema for an attacker', async () => {
    const res = await gql('reader', '{ entiti(id: "x") { __typename } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.text).not.toContain('Did you mean');
  });

  it('refuses every write smuggled into cypher and leaves the graph unchanged', async () => {
    const before = await snapshot(runtime.gateway, ns);
    const smuggled = [
      'CREATE (n:Smuggled {id: $ns}) RETURN n',
      'MERGE (n:Smuggled {id: $ns}) RETURN n',
      'MATCH (n:Entity {id: $id}) SET n.name = "pwned" RETURN n',
      'MATCH (n:Entity {id: $id}) DETACH DELETE n',
      'MATCH (n:Entity {id: $id}) FOREACH (x IN [1] | SET n.pwned = true) RETURN n',
      'MATCH (n:Entity {id: $id}) CALL (n) { SET n.pwned = true } RETURN n',
      'RETURN 1 AS one; MATCH (n:Entity {id: $id}) DETACH DELETE n',
      'MATCH (n:Entity {id: $id}) WITH n CALL db.createLabel("Smuggled") RETURN n',
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      'CREATE INDEX smuggled_idx IF NOT EXISTS FOR (n:Smuggled) ON (n.id)',
      'MATCH (n:Entity {id: $id}) /* RETURN */ REMOVE n:Entity RETURN n',
    ];
    for (const query of smuggled) {
      const res = await gql('analyst', 'query ($q: String!, $p: JSON) { cypher(query: $q, params: $p) { __typename ... on Error { code message } } }', { q: query, p: { id: ada, ns } });
      expect(res.errors, query).toBeUndefined();
      expect(['CypherRefusedError', 'InvalidInputError'], query).toContain(at(res.data, 'cypher', '__typename'));
    }
    expect(await snapshot(runtime.gateway, ns)).toEqual(before);
    const leaked = await gql('analyst', '{ cypher(query: "MATCH (n:Smuggled) RETURN count(n) AS n") { ... on CypherResult { rows } } }');
    expect(at(leaked.data, 'cypher', 'rows')).toEqual([[0]]);
    const read = await gql('analyst', 'query ($p: JSON) { cypher(query: "MATCH (n:Entity {id: $id}) RETURN n.name AS name LIMIT $n", params: $p) { ... on CypherResult { columns rows truncated summary { queryType rowCount } } } }', { p: { id: ada, n: 5 } });
    expect(at(read.data, 'cypher')).toEqual({ columns: ['name'], rows: [['Ada Lovelace']], truncated: false, summary: { queryType: 'r', rowCount: 1 } });
  });
});

describe('uploads', () => {
  const queued = async () => Object.values(await main.services.deps.jobs.counts()).reduce((a, b) => a + b, 0);

  it('queues a good text file, and refuses oversized, lying and mismatched files without queueing anything', async () => {
    const good = await upload('editor', [{ name: 'ada.txt', type: 'text/plain', bytes: text(`Ada Lovelace met Charles Babbage. ${ns}`) }]);
    expect(at(good.data, 'ingest')).toMatchObject({ __typename: 'IngestPayload', jobs: [{ fileName: 'ada.txt', state: 'WAITING' }] });
    const jobs = await queued();

    const cases: [string, { name: string; type: string; bytes: Uint8Array }[], RegExp][] = [
      ['oversized', [{ name: 'big.txt', type: 'text/plain', bytes: new Uint8Array(MAX_UPLOAD + 1).fill(65) }], /limit/],
      ['png named .txt', [{ name: 'notes.txt', type: 'text/plain', bytes: PNG }], /the name says text but the content is an image \(image\/png\)/],
      ['text named .pdf', [{ name: 'report.pdf', type: 'application/pdf', bytes: text('not a pdf at all') }], /not a PDF/],
      ['binary noise', [{ name: 'data.txt', type: 'text/plain', bytes: Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 32) }], /./],
      ['one bad among good', [{ name: 'fine.txt', type: 'text/plain', bytes: text('Fine text.') }, { name: 'bad.txt', type: 'text/plain', bytes: PNG }], /image\/png/],
    ];
    for (const [name, files, message] of cases) {
      const res = await upload('editor', files);
      expect(at(res.data, 'ingest'), name).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT' });
      expect(at(res.data, 'ingest', 'message'), name).toMatch(message);
    }
    expect(at((await upload('editor', cases[4]![1])).data, 'ingest', 'field')).toBe('files.1');
    expect(await queued()).toBe(jobs);
  });

  it('refuses a request body over the limit with 413, and one whose Content-Length lies', async () => {
    const huge = [{ name: 'huge.txt', type: 'text/plain', bytes: new Uint8Array(MAX_REQUEST * 2).fill(66) }];
    const honest = await upload('editor', huge);
    expect(honest.status).toBe(413);
    expect(honest.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    // A Content-Length shorter than the body cuts the body there: the multipart no longer parses.
    const lying = await upload('editor', huge, { 'content-length': '512' });
    expect([400, 413]).toContain(lying.status);
    expect(['BAD_REQUEST', 'REQUEST_ENTITY_TOO_LARGE']).toContain(lying.errors?.[0]?.extensions?.code);
    expect(lying.data ?? null).toBeNull();
  });
});

describe('errors are masked for clients and logged with their cause', () => {
  it('an unreachable graph and a crashing extractor give stable codes and generic messages; the logs keep the cause', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } }));
    const gateway = new GraphGateway({ neo4j: { ...config.neo4j, uri: 'bolt://127.0.0.1:1' }, logger, maxRetryTimeMs: 500 });
    const failing: PredictEngines = {
      ...main.services.deps.engines,
      embedder: { card: main.services.deps.engines.embedder.card, embed: () => Promise.reject(new Error('weights at /srv/secret/model.bin are corrupt')) },
    };
    const services = createApiServices({ config, logger, gateway, writer: new GraphWriter({ gateway, logger }) }, {
      queueName: namespace('test-api-broken'), processMetrics: false, engines: failing, spoolDir: await mkdtemp(join(tmpdir(), 'kg-api-broken-')),
    });
    const api = createApi(services.deps, { rateLimit: false });
    closers.push(async () => {
      await api.dispose();
      await services.close();
      await gateway.close();
    });

    const down = await gql('reader', `{ entity(id: "${ada}") { __typename } }`, undefined, api);
    expect(down.errors).toEqual([expect.objectContaining({ message: 'The graph is temporarily unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
    const crash = await gql('reader', '{ search(text: "machines", mode: SEMANTIC) { __typename } }', undefined, api);
    expect(crash.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    for (const res of [down, crash]) {
      expect(res.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|bolt|secret|stack|originalError/i);
    }
    const logged = lines.join('');
    expect(logged).toMatch(/ECONNREFUSED|ServiceUnavailable|Could not perform discovery|connect/i);
    expect(logged).toContain('/srv/secret/model.bin');
  });
});
