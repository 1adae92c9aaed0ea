import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from '../config/index.js';
import { ExtractorError } from '../extractors/base/errors.js';
import { GraphError, GraphErrorCode } from '../graph-schema/index.js';
import { IngestJobSchema, type IngestJob, type IngestJobResult, type IngestProgress } from './ingest-queue.js';

/** The pure work behind a job: read, extract, resolve, write. */
export type IngestFn = (
  job: IngestJob,
  context: { progress: (p: IngestProgress) => Promise<void>; signal?: AbortSignal },
) => Promise<IngestJobResult>;

/** Errors that the same input will hit again: retrying only delays the verdict. */
function isPermanent(err: unknown): boolean {
  if (err instanceof ExtractorError) return err.isInputError;
  if (err instanceof GraphError) {
    return err.code === GraphErrorCode.InvalidPatch || err.code === GraphErrorCode.NotAllowed || err.code === GraphErrorCode.InvalidQuery;
  }
  return false;
}

/** A thin BullMQ processor over `ingest`: validates the job, reports progress, sorts failures into retry or not. */
export function createIngestProcessor(ingest: IngestFn, logger: Logger) {
  return async (job: Job<IngestJob, IngestJobResult>, _token?: string, signal?: AbortSignal): Promise<IngestJobResult> => {
    const parsed = IngestJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Malformed job data: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    try {
      return await ingest(parsed.data, { progress: (p) => job.updateProgress({ ...p }), signal });
    } catch (err) {
      const log = { err, jobId: job.id, file: parsed.data.path, attempt: job.attemptsMade + 1 };
      if (isPermanent(err)) {
        logger.warn(log, 'ingest refused input');
        throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
      }
      logger.error(log, 'ingest failed; will retry if attempts remain');
      throw err;
    }
  };
}
