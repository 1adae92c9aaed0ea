import type { Runtime } from '../cli/runtime.js';
import { assertSchemaCurrent } from '../graph-schema/index.js';
import { createIngestEngines } from './create-ingest.js';
import { startIngestWorker } from './worker.js';

export interface RunningWorker {
  /** Stops taking jobs, lets running ones finish, frees the models. */
  stop(): Promise<void>;
}

/** A worker over the runtime's graph: refuses to start on an outdated schema. */
export async function runWorker(runtime: Runtime): Promise<RunningWorker> {
  await assertSchemaCurrent(runtime.gateway, runtime.config.embeddings);
  const engines = createIngestEngines(runtime);
  const worker = startIngestWorker({
    redisUrl: runtime.config.redisUrl,
    ingest: engines.ingest,
    logger: runtime.logger,
    concurrency: runtime.config.worker.concurrency,
    queueName: runtime.config.worker.queue,
    lockDurationMs: runtime.config.worker.lockDurationMs,
    stalledIntervalMs: runtime.config.worker.stalledIntervalMs,
  });
  await worker.worker.waitUntilReady();
  return {
    async stop() {
      await worker.close();
      await engines.dispose();
    },
  };
}

/** Stops `stop` once on SIGTERM or SIGINT, so a killed container or Ctrl-C loses no job. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing running jobs, then stopping…`);
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
