import { request as httpRequest } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApi } from '../api/index.js';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { createIngestEngines } from '../jobs/create-ingest.js';
import { startIngestWorker, type IngestWorker } from '../jobs/index.js';
import { namespace } from './support/graph.js';
import { textPatch } from './support/patches.js';

/**
 * The API over real HTTP: a standard third-party client (graphql-request)
 * as a product team would use it, the operational endpoints, uploads over
 * multipart, and a subscription over server-sent events receiving the real
 * progress of a real ingest run by a real worker.
 */

const KEYS = { reader: 'h-reader-key', editor: 'h-editor-key' } as const;
const MAX_UPLOAD = 32 * 1024;
const MAX_REQUEST = 64 * 1024;
const config = loadConfig({
  LOG_LEVEL: 'silent',
  ...process.env,
  API_KEYS: `${KEYS.reader}:reader,${KEYS.editor}:editor`,
  ANONYMOUS_ROLE: 'none',
  MAX_UPLOAD_BYTES: String(MAX_UPLOAD),
});
const runtime = createRuntime(config, 'kg-api-http-test');
const queueName = namespace('test-api-http');
const ns = namespace('apihttp');
let running: RunningApi;
let worker: IngestWorker | null = null;
const engines = createIngestEngines(runtime, { embeddings: false });

const cast = {
  ada: { id: `${ns}:person:ada`, type: 'Person' as const, name: 'Ada Lovelace' },
  babbage: { id: `${ns}:person:babbage`, type: 'Person' as const, name: 'Charles Babbage' },
  works: { id: `${ns}:org:works`, type: 'Organization' as const, name: `Difference Works ${ns.slice(-8)}` },
};

beforeAll(async () => {
  await runtime.writer.write(textPatch({
    sourceId: `${ns}:doc`,
    sentences: [`Ada Lovelace met Charles Babbage at ${cast.works.name}.`, `Charles Babbage founded ${cast.works.name}.`],
    facts: Object.values(cast).map((entity) => ({ surface: entity.name, entity })),
    relations: [[cast.ada.id, 'MET', cast.babbage.id, 0], [cast.babbage.id, 'FOUNDED', cast.works.id, 1]],
  }));
  running = await startApiServer(runtime, {
    port: 0,
    queueName,
    rateLimit: false,
    maxRequestBytes: MAX_REQUEST,
    spoolDir: await mkdtemp(join(tmpdir(), 'kg-api-http-')),
    processMetrics: false,
  });
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await engines.dispose();
  await running.deps.jobs.queue.obliterate({ force: true });
  await running.close();
  await runtime.writer.deleteSource(`${ns}:doc`);
  await runtime.close();
});

const client = (key: string) => new GraphQLClient(`${running.url}/graphql`, { headers: { authorization: `Bearer ${key}` } });

describe('the API over HTTP', () => {
  it('serves /health, /ready with the state of Neo4j, Redis and the schema, and /metrics for Prometheus', async () => {
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
    const ready = await fetch(`${running.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, neo4j: { reachable: true }, redis: { reachable: true }, schema: { current: true } });

    await client(KEYS.reader).request('query ProductStats { stats { entities } }');
    await client(KEYS.editor).request('query ProductNer { predict { ner(text: "Ada Lovelace met Charles Babbage.") { __typename } } }');
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/kg_api_requests_total\{operation="ProductStats",type="query",outcome="ok"\} 1/);
    expect(metrics).toMatch(/kg_api_request_duration_seconds_bucket\{le="[^"]+",operation="ProductStats",type="query"\}/);
    expect(metrics).toMatch(/kg_api_neo4j_query_duration_seconds_count\{query="graphStats"\} \d+/);
    expect(metrics).toMatch(/kg_api_extractor_duration_seconds_count\{task="ner",model="compromise-ner@[^"]+"\} 1/);
    expect(metrics).toMatch(/kg_ingest_queue_jobs\{state="waiting"\} \d+/);
  });

  it('works with a standard GraphQL client the way a product team would use it', async () => {
    const api = client(KEYS.reader);
    type SearchResult = { search: { edges: { node: { score: number; item: { __typename: string; id: string; name?: string } } }[] } };
    const found = await api.request<SearchResult>(
      `query FindOrg($text: String!) { search(text: $text, types: [Organization], targets: [ENTITY], first: 5) {
        ... on QuerySearchConnection { edges { node { score item { __typename ... on Entity { id name } } } } } } }`,
      { text: cast.works.name },
    );
    const org = found.search.edges[0]?.node.item;
    expect(org).toEqual({ __typename: 'Entity', id: cast.works.id, name: cast.works.name });

    type Hood = { neighbourhood: { edges: { distance: number; node: { id: string } }[]; relations: { id: string; type: string }[] } };
    const hood = await api.request<Hood>(
      'query Around($id: ID!) { neighbourhood(id: $id, depth: 2) { ... on QueryNeighbourhoodConnection { edges { distance node { id } } relations { id type } } } }',
      { id: cast.works.id },
    );
    expect(hood.neighbourhood.edges).toEqual([{ distance: 1, node: { id: cast.babbage.id } }, { distance: 2, node: { id: cast.ada.id } }]);
    const founded = hood.neighbourhood.relations.find((r) => r.type === 'FOUNDED');

    type Why = { provenance: { relation: { confidence: number }; evidence: { edges: { node: { text: string; modelId: string; source: { id: string } } }[] } } };
    const why = await api.request<Why>(
      'query Why($id: ID!) { provenance(relationId: $id) { ... on Provenance { relation { confidence } evidence { edges { node { text modelId source { id } } } } } } }',
      { id: founded?.id },
    );
    expect(why.provenance.evidence.edges).toEqual([{ node: { text: `Charles Babbage founded ${cast.works.name}.`, modelId: 'test-rel@1.0.0', source: { id: `${ns}:doc` } } }]);

    const refused: unknown = await client('not-a-key').request('{ stats { entities } }').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClientError);
    expect((refused as ClientError).response.status).toBe(401);
    expect((refused as ClientError).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('streams the real progress of a real ingest to a subscriber over server-sent events', async () => {
    // Unique per run (a number, so the language detector still reads plain English).
    const text = `Ada Lovelace met Charles Babbage in London. Babbage designed the Analytical Engine, and Lovelace wrote about it in the notes numbered ${parseInt(ns.slice(-8), 16)}.`;
    const form = new FormData();
    form.set('operations', JSON.stringify({
      query: 'mutation ($files: [Upload!]) { ingest(files: $files) { ... on IngestPayload { jobs { id sourceId state } } ... on Error { code message } } }',
      variables: { files: [null] },
    }));
    form.set('map', JSON.stringify({ 0: ['variables.files.0'] }));
    form.set('0', new Blob([text], { type: 'text/plain' }), 'lovelace.txt');
    const uploaded = await fetch(`${running.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${KEYS.editor}` }, body: form });
    const body = (await uploaded.json()) as { data: { ingest: { jobs: { id: string; sourceId: string; state: string }[] } } };
    const [job] = body.data.ingest.jobs;
    expect(job).toMatchObject({ state: 'WAITING' });
    if (!job) throw new Error('no job');

    const sse = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEYS.reader}`, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'subscription Follow($id: ID!) { jobProgress(jobId: $id) { jobId state final progress { stage percent } result { entities relations outcome } failedReason } }',
        variables: { id: job.id },
      }),
    });
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    type Event = { state: string | null; final: boolean; progress: { stage: string; percent: number } | null; result: { entities: number; relations: number; outcome: string } | null };
    const events: Event[] = [];
    const reader = sse.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = frame.split('\n').find((l) => l.startsWith('data: '))?.slice(6);
        if (!frame.startsWith('event: next') || !data) continue;
        const event = (JSON.parse(data) as { data: { jobProgress: Event } }).data.jobProgress;
        events.push(event);
        // The job waits on the queue until a worker starts, so every stage reaches the subscriber.
        if (events.length === 1) {
          worker = startIngestWorker({ redisUrl: config.redisUrl, ingest: engines.ingest, logger: runtime.logger, queueName });
        }
      }
      if (events.at(-1)?.final) break;
    }
    await reader.cancel();

    expect(events[0]).toMatchObject({ state: 'WAITING', final: false });
    const stages = events.flatMap((e) => (e.progress ? [e.progress.stage] : []));
    expect(stages).toEqual(expect.arrayContaining(['read', 'extract', 'write', 'done']));
    const percents = events.flatMap((e) => (e.progress ? [e.progress.percent] : []));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const last = events.at(-1);
    expect(last).toMatchObject({ state: 'COMPLETED', final: true, result: { outcome: 'created' } });
    expect(last?.result?.entities, JSON.stringify(events)).toBeGreaterThan(0);

    const editor = client(KEYS.editor);
    type After = { job: { state: string; result: { sourceId: string } }; source: { status: string; segments: { edges: unknown[] } } };
    const after = await editor.request<After>(
      'query ($job: ID!, $source: ID!) { job(id: $job) { ... on Job { state result { sourceId } } } source(id: $source) { ... on Source { status segments { edges { cursor } } } } }',
      { job: job.id, source: job.sourceId },
    );
    expect(after.job).toEqual({ state: 'COMPLETED', result: { sourceId: job.sourceId } });
    expect(after.source.status).toBe('done');
    expect(after.source.segments.edges.length).toBeGreaterThan(0);
    const listed = await editor.request<{ jobs: { edges: { node: { id: string } }[] } }>('{ jobs(status: [COMPLETED], first: 50) { edges { node { id } } } }');
    expect(listed.jobs.edges.map((e) => e.node.id)).toContain(job.id);

    const deleted = await editor.request<{ deleteSource: { deletedSourceIds: string[] } }>(
      'mutation ($id: ID!) { deleteSource(id: $id) { ... on DeleteSourcePayload { deletedSourceIds } } }',
      { id: job.sourceId },
    );
    expect(deleted.deleteSource.deletedSourceIds).toEqual([job.sourceId]);
    const gone = await editor.request<{ source: { __typename: string } }>('query ($id: ID!) { source(id: $id) { __typename } }', { id: job.sourceId });
    expect(gone.source.__typename).toBe('NotFoundError');
  });

  it('refuses a chunked upload with no Content-Length once it streams past the limit', async () => {
    const url = new URL(`${running.url}/graphql`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${KEYS.editor}`, 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
      // A well-formed start (operations, map, then a file part), so only the size can stop it.
      req.write(
        '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n' +
          JSON.stringify({ query: 'mutation ($f: [Upload!]) { ingest(files: $f) { __typename } }', variables: { f: [null] } }) +
          '\r\n--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f.0"]}' +
          '\r\n--x\r\nContent-Disposition: form-data; name="0"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n',
      );
      const chunk = Buffer.alloc(16 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < MAX_REQUEST * 4) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });
});
