import type { Logger } from '../../config/index.js';
import { GraphWriter, type GraphGateway, type GraphPatchInput } from '../../graph-schema/index.js';
import { BaselineWriter } from '../baseline-writer.js';
import { BENCH_PREFIX, deleteNamespace } from '../namespace.js';
import { runPool } from './ingest-pool.js';
import { namespacePatch } from './namespace-patch.js';

export interface ReplayTiming {
  system: 'baseline' | 'writer';
  wallMs: number;
  /** Summed per-document write time, the same measure as the ingest job's `write` stage. */
  sumMs: number;
  docs: number;
}

export interface ReplayOptions {
  gateway: GraphGateway;
  logger: Logger;
  batchSize: number;
  patches: readonly GraphPatchInput[];
  concurrency: number;
  /** Unique per bench run; namespaces are `bench-<runId>-ingest-<system>:`. */
  runId: string;
}

/** Slices per system; the order flips every slice, so load that drifts during the replay hits both systems alike. */
const ROUNDS = 10;

/**
 * Writes the ingest run's own patches again, one document per call and
 * `concurrency` at a time as the worker does: with the hand-written UNWIND
 * baseline (bench/baseline-writer.ts) and with the platform writer, each into
 * its own namespace, deleted at the end. The two take turns slice by slice.
 * Unlike the write stage measured during ingestion, neither competes with
 * extraction for the CPU, so the pair is the fair comparison.
 */
export async function replayWrites(options: ReplayOptions): Promise<ReplayTiming[]> {
  const { gateway, logger, batchSize, patches, concurrency, runId } = options;
  const write = {
    baseline: (p: GraphPatchInput) => new BaselineWriter(gateway, batchSize).write([p]),
    writer: (p: GraphPatchInput) => new GraphWriter({ gateway, logger, batchSize }).writeMany([p]),
  } as const;
  const systems = (['baseline', 'writer'] as const).map((system) => {
    const ns = `${BENCH_PREFIX}${runId}-ingest-${system}:`;
    return { system, ns, copies: patches.map((p) => namespacePatch(p, ns)), sumMs: 0, wallMs: 0 };
  });
  const slice = Math.ceil(patches.length / ROUNDS);
  try {
    for (let round = 0; round * slice < patches.length; round++) {
      for (const s of round % 2 === 0 ? systems : [...systems].reverse()) {
        const t0 = performance.now();
        await runPool(s.copies.slice(round * slice, (round + 1) * slice), concurrency, async (patch) => {
          const t = performance.now();
          await write[s.system](patch);
          s.sumMs += performance.now() - t;
        });
        s.wallMs += performance.now() - t0;
      }
    }
    return systems.map((s) => ({ system: s.system, wallMs: s.wallMs, sumMs: s.sumMs, docs: s.copies.length }));
  } finally {
    for (const s of systems) await deleteNamespace(gateway, s.ns);
  }
}
