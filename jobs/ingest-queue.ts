import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';

export const INGEST_QUEUE = 'kg-ingest';

export const IngestJobSchema = z.object({
  /** Absolute path the worker reads; workers and producers share a filesystem. */
  path: z.string().min(1),
  /** Stable per path, so a changed file replaces its own earlier facts. */
  sourceId: z.string().min(1),
  name: z.string().min(1),
  mediaType: z.string().optional(),
});
export type IngestJob = z.infer<typeof IngestJobSchema>;

/** Stages reported as job progress; the CLI and the API's subscription show them. */
export const INGEST_STAGES = ['read', 'extract', 'resolve', 'write', 'done'] as const;
export type IngestStage = (typeof INGEST_STAGES)[number];

export interface IngestProgress {
  stage: IngestStage;
  /** 0–100 over the whole job. */
  percent: number;
  detail?: string;
}

export interface IngestJobResult {
  sourceId: string;
  /** What the file was read as (decided by its bytes). */
  kind?: 'text' | 'image' | 'audio' | 'video';
  documents: number;
  outcome: 'created' | 'replaced' | 'unchanged' | 'mixed';
  entities: number;
  mentions: number;
  relations: number;
  /** Images and video frames. */
  faces?: number;
  /** Recordings and video sound tracks. */
  voices?: number;
  /** Media only: how long the recording or video lasts. */
  durationMs?: number;
  timingsMs: Record<string, number>;
  /** Records of a multi-record file (.jsonl) that were refused while the rest went in. */
  problems?: string[];
  /** Which engine translated which entity name, when any did. */
  translations?: { source: string; text: string | null; engine: string }[];
}

/**
 * Retries are for transient faults (Neo4j or Redis briefly away): bad input
 * fails with `UnrecoverableError` and is never retried.
 */
export const INGEST_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export function sourceIdForPath(path: string): string {
  return `file:${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 24)}`;
}

export function createIngestQueue(connection: Redis, name = INGEST_QUEUE): Queue<IngestJob, IngestJobResult> {
  return new Queue<IngestJob, IngestJobResult>(name, { connection, defaultJobOptions: INGEST_JOB_OPTIONS });
}

/** The job id of a file's content (a hash prefix is enough): what `enqueueFile` uses, and how the API finds the job of a spooled upload. */
export function ingestJobId(path: string, contentHash: string): string {
  // BullMQ job ids may not contain ':' followed by digits only; a dash-joined id is safe.
  return `${sourceIdForPath(path).replace(':', '-')}-${contentHash.slice(0, 16)}`;
}

/**
 * Enqueues one job per file. The job id includes the file's content hash, so
 * enqueueing an unchanged file twice while the first is pending is a no-op.
 */
export async function enqueueFile(
  queue: Queue<IngestJob, IngestJobResult>,
  file: { path: string; contentHash: string; mediaType?: string },
): Promise<{ jobId: string; sourceId: string }> {
  const path = resolve(file.path);
  const sourceId = sourceIdForPath(path);
  const data = IngestJobSchema.parse({ path, sourceId, name: basename(path), mediaType: file.mediaType });
  const jobId = ingestJobId(path, file.contentHash);
  const job = await queue.add('ingest-file', data, { jobId });
  return { jobId: job.id ?? jobId, sourceId };
}
