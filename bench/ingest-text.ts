/**
 * Text ingestion end to end: synthetic English news through the same ingest
 * function the worker runs (read, analyze, resolve, embed, write), the write
 * stage against the hand-written UNWIND baseline, and extraction quality on
 * the sample corpus's gold file.
 *
 *   npm run bench:ingest-text -- [--docs 2000] [--concurrency 2] [--seed N] [--no-embed]
 *                                [--no-ratio] [--no-quality] [--quality-only] [--details]
 *
 * Prints figures; asserts nothing about them (target: ≥ 600 documents per
 * minute on 2 cores). Everything it writes is deleted at the end: synthetic
 * and corpus sources through `deleteSource`, replays by namespace.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import type { PrecisionRecall } from '../extractors/evaluate/index.js';
import { createIngestEngines } from '../jobs/create-ingest.js';
import type { IngestJobResult } from '../jobs/ingest-queue.js';
import { measureCorpusQuality, type CorpusQuality } from './ingest/corpus-quality.js';
import { deleteSources } from './ingest/delete-sources.js';
import { ingestFiles, ingestFilesSettled, jobForFile, type IngestFailure } from './ingest/ingest-pool.js';
import { RecordingWriter } from './ingest/recording-writer.js';
import { stageSplit } from './ingest/stage-split.js';
import { generateDocs, writeDocs } from './ingest/synthetic-docs.js';
import { replayWrites, type ReplayTiming } from './ingest/write-ratio.js';
import { fixed, int, table } from './report.js';

const TARGET_DOCS_PER_MINUTE = 600;
const WARMUP_DOCS = 4;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    concurrency: { type: 'string' },
    seed: { type: 'string' },
    'no-embed': { type: 'boolean', default: false },
    'no-ratio': { type: 'boolean', default: false },
    'no-quality': { type: 'boolean', default: false },
    'quality-only': { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`usage: npm run bench:ingest-text -- [options]
  --docs N          synthetic documents of about 1 KB (default 2000)
  --concurrency N   jobs in flight, like the worker (default 2)
  --seed N          corpus seed (default 20240312)
  --no-embed        switch segment embeddings off
  --no-ratio        skip replaying the patches through the UNWIND baseline
  --no-quality      skip scoring the sample corpus against gold.json
  --quality-only    only score the sample corpus
  --details         list every split and over-merged entity, and relation errors`);
  process.exit(0);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

const docs = positive('docs', args.docs, 2000);
const concurrency = positive('concurrency', args.concurrency, 2);
const seed = positive('seed', args.seed, 20240312);
const embeddings = !args['no-embed'];

const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
const runtime = createRuntime(config, 'bench-ingest-text');
const recorder = new RecordingWriter({ gateway: runtime.gateway, logger: runtime.logger, batchSize: config.limits.writeBatchSize });
const runId = Date.now().toString(36);
const progress = (text: string) => process.stderr.write(`${text}\n`);

/** Sources and folders still to remove; emptied as they are cleaned, so `finally` only mops up after a failure. */
const pendingSources = new Set<string>();
const pendingDirs = new Set<string>();

async function ingestSynthetic(): Promise<void> {
  const engines = createIngestEngines({ config, gateway: runtime.gateway, writer: recorder }, { embeddings });
  try {
    const dir = await mkdtemp(join(tmpdir(), 'kg-bench-ingest-'));
    pendingDirs.add(dir);
    // Warm-up on documents of another seed: model loading belongs to start-up, not to throughput.
    progress(`warm-up: ${WARMUP_DOCS} docs (loads models) ...`);
    const warmPaths = await writeDocs(join(dir, 'warm'), generateDocs({ docs: WARMUP_DOCS, seed: seed + 1 }));
    const warm = await ingestFiles(engines.ingest, warmPaths, { concurrency, onDone: (r) => pendingSources.add(r.sourceId) });
    await deleteSources(runtime.writer, warm.map((r) => r.sourceId));
    pendingSources.clear();
    recorder.patches.length = 0;

    const synthetic = generateDocs({ docs, seed });
    const paths = await writeDocs(join(dir, 'docs'), synthetic);
    const bytes = synthetic.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / Math.max(1, synthetic.length);
    progress(`ingesting ${docs} docs, ${concurrency} at a time, embeddings ${embeddings ? 'on' : 'off'} ...`);
    const t0 = performance.now();
    const { results, failures } = await ingestFilesSettled(engines.ingest, paths, {
      concurrency,
      onDone: (r, n) => {
        if (r) pendingSources.add(r.sourceId);
        if (n % 100 === 0 || n === paths.length) progress(`  ${n}/${paths.length} docs, ${fixed(n / ((performance.now() - t0) / 60_000), 0)} docs/min`);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    // A failed job may have written nothing, or a source left 'processing': delete by id either way.
    for (const f of failures) pendingSources.add(jobForFile(f.path).sourceId);
    reportThroughput(results, seconds, bytes);
    reportLanguagesAndFailures(failures);

    if (!args['no-ratio']) {
      progress(`replaying ${recorder.patches.length} patches through the baseline and the writer ...`);
      const replay = await replayWrites({ gateway: runtime.gateway, logger: runtime.logger, batchSize: config.limits.writeBatchSize, patches: recorder.patches, concurrency, runId });
      reportRatio(results, replay);
    }

    progress(`deleting ${pendingSources.size} synthetic sources ...`);
    const t1 = performance.now();
    await deleteSources(runtime.writer, [...pendingSources]);
    console.log(`cleanup: ${int(pendingSources.size)} sources deleted in ${fixed((performance.now() - t1) / 1000, 1)} s`);
    pendingSources.clear();
    await rm(dir, { recursive: true, force: true });
    pendingDirs.delete(dir);
  } finally {
    await engines.dispose();
  }
}

function reportThroughput(results: readonly IngestJobResult[], seconds: number, avgBytes: number): void {
  // Only finished jobs count as throughput.
  const perMinute = results.length / (seconds / 60);
  const outcomes = new Map<string, number>();
  for (const r of results) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
  const sum = (key: 'entities' | 'mentions' | 'relations') => results.reduce((n, r) => n + r[key], 0);
  console.log();
  console.log(`ingest: ${int(results.length)} of ${int(docs)} synthetic docs finished (~${int(avgBytes)} bytes each, seed ${seed}), concurrency ${concurrency}, embeddings ${embeddings ? 'on' : 'off'}`);
  console.log(`  wall ${fixed(seconds, 1)} s → ${fixed(perMinute, 0)} docs/min (target ≥ ${TARGET_DOCS_PER_MINUTE}: ${perMinute >= TARGET_DOCS_PER_MINUTE ? 'met' : 'NOT met'})`);
  console.log(`  outcomes ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; written rows: entities ${int(sum('entities'))}, mentions ${int(sum('mentions'))}, relations ${int(sum('relations'))}`);
  console.log();
  console.log('time by stage (summed over jobs; with several in flight the sum exceeds wall time):');
  console.log(table(['stage', 'total s', 'ms/doc', 'share'], stageSplit(results).map((s) => [s.stage, fixed(s.totalMs / 1000, 1), fixed(s.perDocMs, 1), `${fixed(s.share * 100, 1)}%`])));
}

/**
 * Every synthetic document is English; the detected language of each written
 * source shows how many the pipeline took for something else (and so ran no
 * English recogniser on), and failures say which jobs did not finish.
 */
function reportLanguagesAndFailures(failures: readonly IngestFailure[]): void {
  const languages = new Map<string, string[]>();
  for (const p of recorder.patches) {
    const lang = p.source.language ?? 'und';
    languages.set(lang, [...(languages.get(lang) ?? []), p.source.name ?? p.source.id]);
  }
  console.log(`  detected language of written sources: ${[...languages].map(([l, names]) => `${l} ${names.length}`).join(', ')}`);
  for (const [lang, names] of languages) if (lang !== 'en') console.log(`    ${lang}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`);
  console.log(`  failed jobs: ${failures.length}`);
  for (const f of failures.slice(0, 10)) console.log(`    ${f.path.slice(f.path.lastIndexOf('/') + 1)}: ${f.error.slice(0, 200)}`);
}

function reportRatio(results: readonly IngestJobResult[], replay: readonly ReplayTiming[]): void {
  const writeStageMs = results.reduce((n, r) => n + (r.timingsMs.write ?? 0), 0);
  const baseline = replay.find((r) => r.system === 'baseline');
  const writer = replay.find((r) => r.system === 'writer');
  if (!baseline || !writer) return;
  console.log();
  console.log('write stage vs hand-written UNWIND baseline (bench/baseline-writer.ts), same patches, one document per call, replays taking turns in 10 slices:');
  console.log(table(['system', 'sum of per-doc ms', 'ms/doc', 'wall s', 'throughput ratio'], [
    ['baseline (replay)', int(baseline.sumMs), fixed(baseline.sumMs / baseline.docs, 1), fixed(baseline.wallMs / 1000, 1), '1.00'],
    ['writer (replay)', int(writer.sumMs), fixed(writer.sumMs / writer.docs, 1), fixed(writer.wallMs / 1000, 1), fixed(baseline.sumMs / writer.sumMs)],
    ['write stage (during ingest)', int(writeStageMs), fixed(writeStageMs / Math.max(1, results.length), 1), '-', fixed(baseline.sumMs / writeStageMs)],
  ]));
  console.log('  throughput ratio = baseline ms / system ms (1.00 = as fast as the baseline; graph-write target ≥ 0.70)');
  console.log('  the replays run alone; the write stage ran while the other job extracted, so it also pays for CPU contention');
}

const pr = (s: PrecisionRecall) => [fixed(s.precision, 3), fixed(s.recall, 3), fixed(s.f1, 3), String(s.truePositives), String(s.falsePositives), String(s.falseNegatives)];

function reportQuality(q: CorpusQuality): void {
  const c = q.entities.clustering;
  console.log();
  console.log(`extraction quality: samples/corpus (${q.docs} docs, gold.json), ingested one at a time in ${fixed(q.seconds, 1)} s`);
  console.log(table(['measure', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], [
    ['mentions: exact span', ...pr(q.entities.mentions)],
    ...(q.entities.typedMentions ? [['mentions: exact span + type', ...pr(q.entities.typedMentions)]] : []),
    ...q.byLanguage.map((l) => [`  ${l.lang}: span + type`, ...pr(l.typed)]),
    ['relations: per document', ...pr(q.relations.byDocument)],
    ['relations: distinct facts', ...pr(q.relations.byFact)],
  ]));
  console.log(`  relations: CO_OCCURS_WITH not scored; MET, SPOUSE_OF, PARTNERED_WITH undirected; ${q.relations.unaligned} predicted with an end no gold mention aligns to`);
  console.log();
  console.log('relations per type (per document):');
  console.log(table(['type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], Object.entries(q.relations.byType).map(([type, s]) => [type, ...pr(s)])));
  console.log();
  console.log('one node per real-world thing (over mentions found at their exact gold span):');
  console.log(`  ${c.onOneNode} of ${c.goldEntitiesMatched} gold entities on ONE graph entity: one-node rate ${fixed(c.oneNodeRate, 3)}, split rate ${fixed(c.splitRate, 3)}`);
  console.log(`  over-merged graph entities (mentions of 2+ gold entities): ${c.overMergeCount}`);
  console.log(`  B-cubed: P ${fixed(c.bcubed.precision, 3)}  R ${fixed(c.bcubed.recall, 3)}  F1 ${fixed(c.bcubed.f1, 3)}`);
  for (const s of q.splits) {
    console.log(`  split ${s.goldId} over ${s.nodes.length} nodes:`);
    for (const n of s.nodes) console.log(`    ${n.name} [${n.type}] ${n.mentions.length} mention(s)${args.details ? `: ${n.mentions.join('; ')}` : ''}`);
  }
  for (const o of q.overMerges) {
    console.log(`  over-merged: ${o.node.name} [${o.node.type}] holds ${o.goldIds.join(' + ')}${args.details ? `: ${o.node.mentions.join('; ')}` : ''}`);
  }
  if (args.details) {
    console.log();
    console.log(`missed gold mentions (${q.entities.missed.length}):`);
    for (const m of q.entities.missed) console.log(`  ${m.doc}@${m.start}-${m.end} ${m.entity}`);
    console.log(`relation false negatives (${q.relations.falseNegatives.length}):`);
    for (const f of q.relations.falseNegatives) console.log(`  ${f}`);
    console.log(`relation false positives (${q.relations.falsePositives.length}):`);
    for (const f of q.relations.falsePositives) console.log(`  ${f}`);
  }
}

async function main(): Promise<void> {
  const server = await runtime.gateway.serverInfo();
  console.log('ingest-text bench: file → extract → resolve → write, through createIngestEngines(...).ingest');
  console.log(`  Neo4j ${server.version} ${server.edition} at ${config.neo4j.uri}; node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), load average ${loadavg().map((x) => fixed(x)).join(' ')}`);
  if (!args['quality-only']) await ingestSynthetic();
  if (!args['no-quality'] || args['quality-only']) {
    progress('scoring the sample corpus against gold.json ...');
    reportQuality(await measureCorpusQuality(runtime));
  }
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  try {
    if (pendingSources.size > 0) {
      progress(`cleaning up ${pendingSources.size} sources left by a failed run ...`);
      await deleteSources(runtime.writer, pendingSources);
    }
    for (const dir of pendingDirs) await rm(dir, { recursive: true, force: true });
  } catch (err) {
    failed = true;
    console.error('cleanup failed', err);
  }
  await runtime.close();
}
process.exitCode = failed ? 1 : 0;
