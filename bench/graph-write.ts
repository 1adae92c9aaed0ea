/**
 * Graph-write throughput: the platform's GraphWriter against a hand-written
 * baseline (one plain UNWIND per label/type, same data, same batch size, same
 * gateway), in one run, each in its own id namespace.
 *
 *   npm run bench:graph-write -- [--docs 1000] [--batch 1000] [--repeat 2] [--chunk N] [--quick] [--json]
 *                                [--seed N] [--profile] [--keep] [--purge]
 *
 * Prints timings; asserts nothing about them (target: writer ≥ 0.70 × baseline).
 * The database is shared: ids live under `bench-gw-<run>-<system>:` and are
 * deleted at the end (`--purge` removes leftovers of an interrupted run).
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger, loadConfig } from '../config/index.js';
import { GraphWriter, parsePatch, type GraphPatchInput, type WriteResult } from '../graph-schema/index.js';
import { patchesToRows } from '../graph-schema/writer/rows.js';
import { BaselineWriter, baselineRows, type BaselineCounts } from './baseline-writer.js';
import { BENCH_PREFIX, countNamespace, deleteNamespace, type GraphCounts } from './namespace.js';
import { cpuNow, cpuSince, findNeo4jPid, waitForIdleServer, type CpuSample } from './cpu.js';
import { formatPlan, planNotes } from './profile.js';
import { profileBoth } from './profile-writer.js';
import { fixed, int, median, table } from './report.js';
import { generateCorpus, SENTENCES_PER_DOC, type CorpusStats } from './synthetic-patches.js';
import { TimedGateway, type StepTiming } from './timed-gateway.js';

const TARGET = 0.7;
const WARMUP_DOCS = 50;

type System = 'baseline' | 'writer';

interface Measurement {
  system: System;
  round: number;
  namespace: string;
  seconds: number;
  factsPerSecond: number;
  /** CPU seconds of the Neo4j server process (null when it is not a local process we can read) and of this process. */
  cpu: CpuSample;
  transactions: number;
  steps: StepTiming[];
  graph: GraphCounts;
  writerRows?: WriteResult['rows'];
  baselineRows?: BaselineCounts;
}

function usage(): never {
  console.log(`usage: npm run bench:graph-write -- [options]
  --docs N        documents (default 1000: ${SENTENCES_PER_DOC} sentences, 30 mentions, 20 relations each; 10 entities per doc in the pool)
  --batch N       rows per UNWIND transaction for every system (default WRITE_BATCH_SIZE, 1000)
  --repeat N      measured rounds; the order of systems rotates every round (default 2, so each goes first once)
  --chunk N       documents per write call (default: all in one writeMany); with fewer, the systems take turns
                  chunk by chunk, which keeps a noisy machine's load bursts out of the ratio
  --seed N        corpus seed (default 20240101)
  --quick         tiny smoke size (20 docs)
  --json          print one JSON object instead of tables
  --keep          leave the bench namespaces in the graph (default: deleted at the end)
  --profile       after measuring, PROFILE one batch of every step of the writer and the baseline (db hits, plans)
  --purge         delete every bench-gw-* namespace left by earlier runs, then exit`);
  process.exit(0);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    batch: { type: 'string' },
    repeat: { type: 'string' },
    seed: { type: 'string' },
    chunk: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    purge: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (args.help) usage();

const docs = positive('docs', args.docs, args.quick ? 20 : 1000);
// Two rounds by default: each system goes first once (the first write after set-up pays for its leftovers).
const repeats = positive('repeat', args.repeat, args.quick ? 1 : 2);
const chunk = positive('chunk', args.chunk, docs);
const seed = positive('seed', args.seed, 20240101);
const systems: System[] = ['baseline', 'writer'];

const config = loadConfig();
const logger = createLogger(config, 'bench');
const gateway = new TimedGateway({ neo4j: config.neo4j, logger, defaultTimeoutMs: config.limits.queryTimeoutMs, app: 'bench' });
const batchSize = positive('batch', args.batch, config.limits.writeBatchSize);
const runId = Date.now().toString(36);
const serverPid = findNeo4jPid(config.neo4j.home);
/** Seconds spent waiting for the server to go idle before timed writes (not part of any timing). */
let settledSeconds = 0;
const namespaces: string[] = [];
const ns = (label: string) => {
  const n = `${BENCH_PREFIX}${runId}-${label.replace(/[^a-z0-9-]/gi, '-')}:`;
  namespaces.push(n);
  return n;
};
const say = (text = '') => {
  if (!args.json) console.log(text);
};
const progress = (text: string) => {
  if (!args.json) process.stderr.write(`${text}\n`);
};

async function write(system: System, patches: GraphPatchInput[]): Promise<Pick<Measurement, 'writerRows' | 'baselineRows'>> {
  if (system === 'writer') return { writerRows: (await new GraphWriter({ gateway, logger, batchSize }).writeMany(patches)).rows };
  return { baselineRows: await new BaselineWriter(gateway, batchSize).write(patches) };
}

type Part = Pick<Measurement, 'seconds' | 'cpu' | 'steps' | 'writerRows' | 'baselineRows'>;

/** One timed write call: wall clock, CPU and per-step transaction times. */
async function writeTimed(system: System, patches: GraphPatchInput[]): Promise<Part> {
  // Bounded: when other clients keep the server busy, waiting longer buys nothing.
  settledSeconds += await waitForIdleServer(serverPid, { maxMs: chunk < docs ? 2_000 : 8_000 });
  gateway.take();
  const cpuStart = cpuNow(serverPid);
  const started = performance.now();
  const rows = await write(system, patches);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSince(cpuStart, serverPid);
  return { seconds, cpu, steps: gateway.take(), ...rows };
}

/** Field-by-field sum of two count records of the same shape. */
function sumCounts<T extends object>(x: T | undefined, y: T | undefined): T | undefined {
  if (!x || !y) return x ?? y;
  const out = { ...x };
  for (const k of Object.keys(y) as (keyof T)[]) out[k] = (Number(x[k]) + Number(y[k])) as T[keyof T];
  return out;
}

function addParts(a: Part, b: Part): Part {
  const steps = new Map(a.steps.map((s) => [s.step, { ...s }]));
  for (const s of b.steps) {
    const t = steps.get(s.step);
    if (t) {
      t.ms += s.ms;
      t.transactions += s.transactions;
    } else steps.set(s.step, { ...s });
  }
  const writerRows = sumCounts(a.writerRows, b.writerRows);
  const baselineCounts = sumCounts(a.baselineRows, b.baselineRows);
  return {
    seconds: a.seconds + b.seconds,
    cpu: { server: a.cpu.server === null || b.cpu.server === null ? null : a.cpu.server + b.cpu.server, client: a.cpu.client + b.cpu.client },
    steps: [...steps.values()],
    ...(writerRows ? { writerRows } : {}),
    ...(baselineCounts ? { baselineRows: baselineCounts } : {}),
  };
}

/** Client-side work alone (no database): what each system spends before its first query. */
function clientMs(patches: GraphPatchInput[]): { writer: number; baseline: number } {
  let t = performance.now();
  patchesToRows(patches.map((p) => parsePatch(p)));
  const writer = performance.now() - t;
  t = performance.now();
  baselineRows(patches);
  return { writer, baseline: performance.now() - t };
}

async function main(): Promise<void> {
  if (args.purge) {
    const deleted = await deleteNamespace(gateway, BENCH_PREFIX);
    console.log(`deleted ${deleted} nodes from bench-gw-* namespaces`);
    return;
  }

  const server = await gateway.serverInfo();
  const cpu = cpus()[0]?.model.trim() ?? 'unknown cpu';
  say('graph-write bench: GraphWriter.writeMany vs hand-written UNWIND baseline');
  say(`  Neo4j ${server.version} ${server.edition} at ${config.neo4j.uri} (db ${config.neo4j.database})`);
  say(`  node ${process.version}, ${availableParallelism()} cores (${cpu}), ${fixed(totalmem() / 2 ** 30, 1)} GiB RAM, load average ${loadavg().map((x) => fixed(x)).join(' ')}`);

  // Warm-up: every system, every query text, so plans are cached before anything is timed.
  const warmDocs = Math.min(WARMUP_DOCS, docs);
  progress(`warm-up: ${warmDocs} docs per system ...`);
  for (const system of systems) {
    const namespace = ns(`warm-${system}`);
    const { patches } = generateCorpus({ namespace, docs: warmDocs, seed: seed + 1 });
    await writeTimed(system, patches);
    await deleteNamespace(gateway, namespace);
  }

  const results: Measurement[] = [];
  let stats: CorpusStats | undefined;
  let client: { writer: number; baseline: number } | undefined;
  const chunks = Math.ceil(docs / chunk);
  for (let r = 1; r <= repeats; r++) {
    const corpora = systems.map((system) => {
      const namespace = ns(`r${r}-${system}`);
      return { system, namespace, corpus: generateCorpus({ namespace, docs, seed }) };
    });
    stats = corpora[0]?.corpus.stats;
    client ??= clientMs(corpora[0]?.corpus.patches ?? []);
    const parts = new Map<System, Part>();
    for (let c = 0; c < chunks; c++) {
      // Rotate who goes first per round and per chunk, so load bursts hit every system alike.
      const shift = (r - 1 + c) % corpora.length;
      for (const { system, corpus } of [...corpora.slice(shift), ...corpora.slice(0, shift)]) {
        if (c === 0 || chunks > 1) progress(`round ${r}/${repeats}${chunks > 1 ? `, chunk ${c + 1}/${chunks}` : ''}: ${system} ...`);
        const part = await writeTimed(system, corpus.patches.slice(c * chunk, (c + 1) * chunk));
        const prev = parts.get(system);
        parts.set(system, prev ? addParts(prev, part) : part);
      }
    }
    for (const { system, namespace, corpus } of corpora) {
      const part = parts.get(system);
      if (!part) continue;
      const facts = corpus.stats.segments + corpus.stats.entities + corpus.stats.mentions + corpus.stats.relations;
      progress(`  ${system}: ${fixed(part.seconds)} s`);
      results.push({
        system, round: r, namespace, ...part, factsPerSecond: facts / part.seconds,
        transactions: part.steps.reduce((n, s) => n + s.transactions, 0), graph: await countNamespace(gateway, namespace),
      });
    }
    if (!args.keep) {
      progress(`round ${r}: cleaning up ...`);
      for (const m of results.filter((x) => x.round === r)) await deleteNamespace(gateway, m.namespace);
    }
  }
  if (!stats || !client) throw new Error('nothing measured');

  const facts = stats.segments + stats.entities + stats.mentions + stats.relations;
  const of = (system: System, round: number) => results.find((m) => m.round === round && m.system === system);
  const rounds = Array.from({ length: repeats }, (_, i) => i + 1);
  const summary = systems.map((system) => {
    const seconds = median(results.filter((m) => m.system === system).map((m) => m.seconds));
    // Paired per round (same load, same moment), so drifting background load cancels out of the ratio.
    const ratios = rounds.map((r) => (of('baseline', r)?.seconds ?? NaN) / (of(system, r)?.seconds ?? NaN));
    // Same ratio on CPU seconds (server + client): much less sensitive to other load on a shared machine.
    const cpuOf = (m: Measurement | undefined) => (m && m.cpu.server !== null ? m.cpu.server + m.cpu.client : NaN);
    const cpuRatios = rounds.map((r) => cpuOf(of('baseline', r)) / cpuOf(of(system, r)));
    const cpuSeconds = median(results.filter((m) => m.system === system).map(cpuOf));
    return { system, seconds, factsPerSecond: facts / seconds, ratio: median(ratios), ratios, cpuSeconds, cpuRatio: median(cpuRatios), cpuRatios };
  });
  const writerSummary = summary.find((s) => s.system === 'writer');
  const ratio = writerSummary?.ratio ?? NaN;
  const last = (system: System) => results.filter((m) => m.system === system).at(-1);
  const lastWriter = last('writer');
  const lastBaseline = last('baseline');

  if (args.json) {
    console.log(JSON.stringify({
      server, serverPid, node: process.version, cores: availableParallelism(), cpu, loadavg: loadavg(), docs, batchSize, chunk, repeats, seed, corpus: stats,
      facts, factsDefinition: 'segments + entities + mentions + relation assertions',
      clientMs: client, summary, ratio, target: TARGET, results,
    }, null, 2));
    return;
  }

  say(`  corpus: ${int(stats.docs)} docs × ${SENTENCES_PER_DOC} sentences, seed ${seed}: ${int(stats.segments)} segments, ${int(stats.entities)} entities, ` +
    `${int(stats.mentions)} mentions, ${int(stats.relations)} relation assertions (${int(stats.distinctRelations)} distinct), ` +
    `busiest entity ${int(stats.maxMentionsPerEntity)} mentions`);
  say(`  batch ${int(batchSize)} rows per transaction (every system), ${chunks > 1 ? `${chunks} write calls of ${chunk} docs per system, taking turns` : 'one write call per system'}, ` +
    `${repeats} round(s), order rotates, warm-up ${warmDocs} docs each`);
  say(`  before each timed write the bench waits for the Neo4j process to go idle (${serverPid === null ? 'server process not found: no wait' : `${fixed(settledSeconds, 1)} s in all, untimed`})`);
  say(`  facts = segments + entities + mentions + relation assertions = ${int(facts)} per system`);
  say();
  const cpuCell = (c: number | null) => (c === null || Number.isNaN(c) ? 'n/a' : fixed(c));
  say(table(['system', 'round', 'wall s', 'facts/s', 'tx', 'server cpu s', 'client cpu s'], results.map((m) => [
    m.system, String(m.round), fixed(m.seconds), int(m.factsPerSecond), String(m.transactions), cpuCell(m.cpu.server), fixed(m.cpu.client),
  ])));
  say();
  say(table(['system', 'wall s (median)', 'facts/s', 'throughput ratio', 'per round', 'cpu s (median)', 'cpu ratio', 'per round'], summary.map((s) => [
    s.system, fixed(s.seconds), int(s.factsPerSecond),
    s.system === 'baseline' ? '1.00' : fixed(s.ratio), s.ratios.map((x) => fixed(x)).join(' '),
    cpuCell(s.cpuSeconds), s.system === 'baseline' ? '1.00' : cpuCell(s.cpuRatio), s.cpuRatios.map((x) => cpuCell(x)).join(' '),
  ])));
  say('  throughput ratio = baseline wall s / system wall s, paired per round, median over rounds (same facts, so = facts/s ratio)');
  say(`  cpu = Neo4j server process${serverPid === null ? ' (not found: n/a)' : ` (pid ${serverPid})`} + bench process CPU seconds; cpu ratio likewise: ` +
    `less sensitive to other load on the machine, but it includes other clients' queries on the same server`);
  say();
  say(`ratio writer/baseline (throughput): ${fixed(ratio)}`);
  say(`target ≥ ${fixed(TARGET)}: ${ratio >= TARGET ? 'met' : 'NOT met'}${writerSummary && !Number.isNaN(writerSummary.cpuRatio) ? `   (cpu ratio ${fixed(writerSummary.cpuRatio)})` : ''}`);
  say();
  if (lastWriter?.writerRows) {
    const w = lastWriter.writerRows;
    say(`writer rows (WriteResult${chunks > 1 ? ', summed over write calls' : ''}): segments ${int(w.segments)}, entities ${int(w.entities)}, mentions ${int(w.mentions)}, evidence ${int(w.evidence)}, relations ${int(w.relations)}, faces ${w.faces}, voices ${w.voices}`);
  }
  if (lastBaseline?.baselineRows) {
    const b = lastBaseline.baselineRows;
    say(`baseline rows: segments ${int(b.segments)}, entities ${int(b.entities)}, mentions ${int(b.mentions)}, relations ${int(b.relations)} (no evidence nodes, runs, Model nodes or status bookkeeping)`);
  }
  const counts = (g: GraphCounts) => `sources ${int(g.sources)}, segments ${int(g.segments)}, entities ${int(g.entities)}, mentions ${int(g.mentions)}, relations ${int(g.relations)} (Σ confidence ${fixed(g.confidenceSum, 3)}), evidence ${int(g.evidence)}`;
  for (const system of systems) {
    const m = last(system);
    if (m) say(`graph after ${system}: ${counts(m.graph)}`);
  }
  // Every system must hold the whole corpus, once: anything else makes its timing meaningless.
  const wrong = results.flatMap((m) => {
    const g = m.graph;
    const expected: [string, number, number][] = [
      ['sources', g.sources, stats.docs], ['segments', g.segments, stats.segments], ['entities', g.entities, stats.entities],
      ['mentions', g.mentions, stats.mentions], ['relations', g.relations, stats.distinctRelations], ['duplicate relation ids', g.duplicateRelationIds, 0],
    ];
    return expected.filter(([, got, want]) => got !== want).map(([what, got, want]) => `${m.system} round ${m.round}: ${what} ${got}, expected ${want}`);
  });
  say(wrong.length === 0 ? 'graph check: every system, every round holds exactly the corpus' : `graph check: MISMATCH\n  ${wrong.join('\n  ')}`);
  const foreign = results.filter((m) => m.graph.foreignRelations > 0);
  if (foreign.length > 0) {
    say(`WARNING: relations between bench entities and nodes outside the bench namespace (written by another process sharing this database): ` +
      foreign.map((m) => `${m.system} round ${m.round}: ${m.graph.foreignRelations}`).join(', '));
  }
  say(`client-side work alone (no database): writer parsePatch + patchesToRows ${int(client.writer)} ms, baseline flattening ${int(client.baseline)} ms`);
  say();

  // Where the time goes, per step, for the last round (transaction wall time as seen by the client).
  const lasts = systems.map((system) => last(system)).filter((m): m is Measurement => m !== undefined);
  const steps = [...new Set(lasts.flatMap((m) => m.steps.map((s) => s.step)))];
  const cell = (list: StepTiming[], step: string) => {
    const s = list.find((x) => x.step === step);
    return s ? `${int(s.ms)} (${s.transactions})` : '-';
  };
  const sum = (list: StepTiming[]) => list.reduce((n, s) => n + s.ms, 0);
  say(`time per step, last round, ms (transactions):`);
  say(table(['step', ...lasts.map((m) => m.system)], [
    ...steps.map((step) => [step, ...lasts.map((m) => cell(m.steps, step))]),
    ['in transactions', ...lasts.map((m) => int(sum(m.steps)))],
    ['outside (client)', ...lasts.map((m) => int(m.seconds * 1000 - sum(m.steps)))],
  ]));
  if (!args.profile) {
    if (ratio < TARGET) say(`\n(target not met: rerun with --profile for PROFILE db hits and plans of every step)`);
    return;
  }
  await profile();
}

/** PROFILE one batch of every step of both systems, after a prefix of the corpus is in the graph. */
async function profile(): Promise<void> {
  const sampleDocs = Math.max(1, Math.floor(batchSize / 30)); // about one batch of mentions
  const prefixDocs = Math.min(docs, 500);
  progress(`profile: ${prefixDocs} docs written normally, then ${sampleDocs} docs profiled step by step ...`);
  const corpus = (system: System) => generateCorpus({ namespace: ns(`profile-${system}`), docs: prefixDocs + sampleDocs, seed }).patches;
  const report = await profileBoth({ gateway, logger, batchSize, writerPatches: corpus('writer'), baselinePatches: corpus('baseline'), prefixDocs });
  const steps = [...new Set([...report.writer, ...report.baseline].map((p) => p.step))];
  say();
  say(`PROFILE, one batch per step (${sampleDocs} docs after ${prefixDocs} written; db hits are deterministic, ms are not):`);
  say(table(['step', 'rows', 'baseline hits', 'writer hits', 'baseline ms', 'writer ms', 'writer plan'], steps.map((step) => {
    const b = report.baseline.find((p) => p.step === step);
    const w = report.writer.find((p) => p.step === step);
    return [step, String((w ?? b)?.rows ?? 0), b ? int(b.dbHits) : '-', w ? int(w.dbHits) : '-', b ? int(b.ms) : '-', w ? int(w.ms) : '-', w ? planNotes(w) : ''];
  }), [6]));
  const total = (list: typeof report.writer) => list.reduce((n, p) => n + p.dbHits, 0);
  say(`total db hits: baseline ${int(total(report.baseline))}, writer ${int(total(report.writer))}`);
  const relation = report.writer.filter((p) => p.step.startsWith('relations:')).sort((a, b) => b.rows - a.rows)[0];
  for (const p of [...report.writer.filter((x) => ['entities:Person', 'mentions', 'evidence'].includes(x.step)), ...(relation ? [relation] : [])]) {
    say();
    say(`writer ${formatPlan(p)}`);
  }
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  if (!args.keep && !args.purge && namespaces.length > 0) {
    progress('cleaning up bench namespaces ...');
    try {
      for (const n of namespaces) await deleteNamespace(gateway, n);
    } catch (err) {
      failed = true;
      console.error('cleanup failed; run `npm run bench:graph-write -- --purge` to remove bench-gw-* nodes', err);
    }
  }
  await gateway.close();
}
process.exitCode = failed ? 1 : 0;
