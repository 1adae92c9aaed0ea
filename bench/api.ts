/**
 * API throughput against the database it sits on: autocannon drives the
 * GraphQL API (in its own process, over HTTP, with an API key, production
 * settings) with entity, search and neighbourhood requests at 64 concurrent
 * connections; beside each, the same Cypher runs directly through
 * neo4j-driver at the same concurrency, in the same run, on a generated
 * graph of about 100k entities. Prints requests per second, p50 and p99
 * latency and the ratio API / direct (target ≥ 0.8). Asserts nothing.
 *
 *   npx tsx bench/api.ts [--entities 100000] [--connections 64] [--rounds 3] [--seconds 5] [--warmup 3] [--only entity,search] [--json] [--cleanup]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { benchEntities, benchNamespace, deleteBenchGraph, ensureBenchGraph } from './api/graph.js';
import { findNeo4jPid, processCpuSeconds } from './cpu.js';
import { directDriver, loadApi, loadDirect, type LoadResult } from './api/load.js';
import { workloads, type Workload } from './api/workloads.js';
import { fixed, int, median, table } from './report.js';

const TARGET = 0.8;
const KEY = 'bench-key';

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    cleanup: { type: 'boolean', default: false },
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api/server.ts'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return { child, url: line.trim() };
}

async function main(): Promise<void> {
  const entities = positive('entities', args.entities);
  const connections = positive('connections', args.connections);
  const seconds = positive('seconds', args.seconds);
  const warmup = positive('warmup', args.warmup);
  const rounds = positive('rounds', args.rounds);
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const runtime = createRuntime(config, 'kg-bench-api');
  const namespace = benchNamespace(entities);
  const writeSeconds = await ensureBenchGraph({ gateway: runtime.gateway, writer: runtime.writer, entities, log });
  if (writeSeconds > 0) log(`generated ${int(entities)} entities in ${fixed(writeSeconds, 1)} s`);

  // A fixed sample of 2 000 entities, spread over the pool, hubs and leaves alike.
  const pool = benchEntities(namespace, entities);
  const sample = Array.from({ length: Math.min(2000, entities) }, (_, i) => pool[Math.floor((i * pool.length) / Math.min(2000, entities))]!);
  const all = workloads(sample).filter((w) => !args.only || args.only.split(',').includes(w.name));
  const server = await startServer();
  const driver = directDriver(config.neo4j);
  const neo4jPid = findNeo4jPid(config.neo4j.home);
  const apiPid = server.child.pid ?? null;
  const side = () => ({ requests: 0, seconds: 0, errors: 0, p50s: [] as number[], p99s: [] as number[], cpu: { neo4j: 0, api: 0, client: 0 }, cpuKnown: true });
  type Side = ReturnType<typeof side>;
  /** Runs one measured slice and adds it to `into`, with the CPU seconds of Neo4j, the API process and this process. */
  const measure = async (into: Side, run: () => Promise<LoadResult>): Promise<number> => {
    const cpu = () => ({ neo4j: neo4jPid === null ? null : processCpuSeconds(neo4jPid), api: apiPid === null ? null : processCpuSeconds(apiPid), self: process.cpuUsage() });
    const before = cpu();
    const result = await run();
    const after = cpu();
    into.requests += result.requests;
    into.seconds += result.seconds;
    into.errors += result.errors;
    into.p50s.push(result.p50);
    into.p99s.push(result.p99);
    if (before.neo4j === null || after.neo4j === null || before.api === null || after.api === null) into.cpuKnown = false;
    else {
      into.cpu.neo4j += after.neo4j - before.neo4j;
      into.cpu.api += after.api - before.api;
    }
    into.cpu.client += (after.self.user + after.self.system - before.self.user - before.self.system) / 1e6;
    return result.rps;
  };
  const rows: { workload: string; api: Side; direct: Side; roundRatios: number[] }[] = [];
  try {
    for (const w of all) await sanityCheck(server.url, w);
    for (const workload of all) {
      log(`${workload.name}: warm-up ${warmup} s each, then ${rounds} rounds of ${seconds} s per side, alternating which goes first`);
      const apiRun = (s: number) => () => loadApi({ url: server.url, key: KEY, workload, connections, seconds: s });
      const directRun = (s: number) => () => loadDirect({ driver, database: config.neo4j.database, workload, connections, seconds: s });
      await apiRun(warmup)();
      await directRun(warmup)();
      const row = { workload: workload.name, api: side(), direct: side(), roundRatios: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        // Alternating the order keeps a load burst on this shared machine from always hitting the same side.
        let apiRps: number;
        let directRps: number;
        if (round % 2 === 0) {
          apiRps = await measure(row.api, apiRun(seconds));
          directRps = await measure(row.direct, directRun(seconds));
        } else {
          directRps = await measure(row.direct, directRun(seconds));
          apiRps = await measure(row.api, apiRun(seconds));
        }
        row.roundRatios.push(apiRps / directRps);
      }
      rows.push(row);
    }
  } finally {
    server.child.kill('SIGTERM');
    await driver.close();
    if (args.cleanup) await deleteBenchGraph(runtime.gateway, namespace);
    await runtime.close();
  }

  const machine = { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg() };
  const rps = (x: Side) => x.requests / x.seconds;
  const perRequest = (x: Side, seconds: number, known = x.cpuKnown) => (known ? (seconds * 1000) / Math.max(1, x.requests) : null);
  const report = rows.map(({ workload, api, direct, roundRatios }) => ({
    workload,
    api: { rps: rps(api), p50: median(api.p50s), p99: median(api.p99s), errors: api.errors, requests: api.requests },
    direct: { rps: rps(direct), p50: median(direct.p50s), p99: median(direct.p99s), errors: direct.errors, requests: direct.requests },
    ratio: rps(api) / rps(direct),
    roundRatios,
    cpuMsPerRequest: {
      api: { neo4j: perRequest(api, api.cpu.neo4j), apiProcess: perRequest(api, api.cpu.api), loadGenerator: perRequest(api, api.cpu.client, true) },
      direct: { neo4j: perRequest(direct, direct.cpu.neo4j), driverLoop: perRequest(direct, direct.cpu.client, true) },
    },
  }));
  if (args.json) {
    console.log(JSON.stringify({ entities, connections, rounds, secondsPerRound: seconds, machine, target: TARGET, report }, null, 2));
    return;
  }
  console.log(`\n${int(entities)} entities, ${connections} connections, ${rounds} × ${seconds} s per side; ${machine.cpus} CPUs (${machine.cpu}), load average ${machine.loadavg.map((l) => fixed(l, 1)).join(' ')}, Node ${machine.node}\n`);
  console.log(
    table(
      ['workload', 'API req/s', 'p50 ms', 'p99 ms', 'errors', 'direct req/s', 'p50 ms', 'p99 ms', 'errors', 'API/direct', 'per round'],
      report.map((r) => [
        r.workload, int(r.api.rps), fixed(r.api.p50, 1), fixed(r.api.p99, 1), int(r.api.errors),
        int(r.direct.rps), fixed(r.direct.p50, 1), fixed(r.direct.p99, 1), int(r.direct.errors), fixed(r.ratio, 2), r.roundRatios.map((x) => fixed(x, 2)).join(' '),
      ]),
    ),
  );
  const ms = (x: number | null) => (x === null ? 'n/a' : fixed(x, 2));
  console.log(`\nCPU milliseconds per request (where the time goes; ${machine.cpus} CPUs for all of it):\n`);
  console.log(
    table(
      ['workload', 'API: neo4j', 'API process', 'autocannon', 'direct: neo4j', 'driver loop'],
      report.map((r) => [r.workload, ms(r.cpuMsPerRequest.api.neo4j), ms(r.cpuMsPerRequest.api.apiProcess), ms(r.cpuMsPerRequest.api.loadGenerator), ms(r.cpuMsPerRequest.direct.neo4j), ms(r.cpuMsPerRequest.direct.driverLoop)]),
    ),
  );
  console.log(`\ntarget: API ≥ ${TARGET} × direct throughput; ${report.every((r) => r.ratio >= TARGET) ? 'met' : 'NOT met'} in this run`);
}
/** One request per workload before measuring: a workload that only returns errors would measure nothing. */
async function sanityCheck(url: string, workload: Workload): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: workload.body(0) });
  const body: unknown = await response.json();
  if (!workload.check(body)) throw new Error(`${workload.name}: the API did not answer as expected: ${JSON.stringify(body).slice(0, 500)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
