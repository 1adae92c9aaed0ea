import { Worker } from 'bullmq';
import type { Logger } from '../config/index.js';
import { createRedis } from './connection.js';
import { createIngestProcessor, type IngestFn } from './ingest-processor.js';
import { INGEST_QUEUE, type IngestJob, type IngestJobResult } from './ingest-queue.js';

export interface IngestWorkerOptions {
  redisUrl: string;
  ingest: IngestFn;
  logger: Logger;
  /** Default `kg-ingest`; tests use a unique name each. */
  queueName?: string;
  /** Jobs processed in parallel. Default 2 (one per core on the reference machine). */
  concurrency?: number;
  /**
   * How long a job's lock lives without renewal; a worker killed mid-job loses
   * its lock after this and the job is picked up again. Default 30 s.
   */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for. Default 30 s. */
  stalledIntervalMs?: number;
}

export interface IngestWorker {
  worker: Worker<IngestJob, IngestJobResult>;
  /** Stops taking jobs and waits for the running ones to finish. */
  close(): Promise<void>;
}

export function startIngestWorker(options: IngestWorkerOptions): IngestWorker {
  const connection = createRedis(options.redisUrl, { blocking: true });
  const worker = new Worker<IngestJob, IngestJobResult>(
    options.queueName ?? INGEST_QUEUE,
    createIngestProcessor(options.ingest, options.logger),
    {
      connection,
      concurrency: options.concurrency ?? 2,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: 3,
    },
  );
  worker.on('failed', (job, err) => options.logger.warn({ jobId: job?.id, err: err.message }, 'job failed'));
  worker.on('completed', (job) => options.logger.info({ jobId: job.id, result: job.returnvalue }, 'job completed'));
  worker.on('error', (err) => options.logger.error({ err }, 'worker error'));
  return {
    worker,
    close: async () => {
      await worker.close();
      await connection.quit().catch(() => undefined);
    },
  };
}
