import { basename, resolve } from 'node:path';
import type { IngestFn } from '../../jobs/ingest-processor.js';
import { sourceIdForPath, type IngestJob, type IngestJobResult } from '../../jobs/ingest-queue.js';

/**
 * Runs `work` over `items` with at most `concurrency` in flight, results in
 * input order. The first failure stops new work from starting and is thrown
 * once the items in flight have settled.
 */
export async function runPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure) throw failure.error;
  return results;
}

/** The job the queue would build for a file (see `enqueueFile`), minus Redis. */
export function jobForFile(path: string): IngestJob {
  const absolute = resolve(path);
  return { path: absolute, sourceId: sourceIdForPath(absolute), name: basename(absolute) };
}

const noProgress = (): Promise<void> => Promise.resolve();

/** Ingests files through the same function the worker runs, `concurrency` at a time (the worker's default is 2). */
export function ingestFiles(
  ingest: IngestFn,
  paths: readonly string[],
  options: { concurrency: number; onDone?: (result: IngestJobResult, done: number) => void },
): Promise<IngestJobResult[]> {
  let done = 0;
  return runPool(paths, options.concurrency, async (path) => {
    const result = await ingest(jobForFile(path), { progress: noProgress });
    options.onDone?.(result, ++done);
    return result;
  });
}

export interface IngestFailure {
  path: string;
  error: string;
}

/**
 * Like `ingestFiles`, but a failed job is recorded and the rest go on, as
 * with the worker, where one bad file does not stop the queue.
 */
export async function ingestFilesSettled(
  ingest: IngestFn,
  paths: readonly string[],
  options: { concurrency: number; onDone?: (result: IngestJobResult | null, done: number) => void },
): Promise<{ results: IngestJobResult[]; failures: IngestFailure[] }> {
  let done = 0;
  const failures: IngestFailure[] = [];
  const settled = await runPool(paths, options.concurrency, async (path) => {
    try {
      const result = await ingest(jobForFile(path), { progress: noProgress });
      options.onDone?.(result, ++done);
      return result;
    } catch (err) {
      failures.push({ path, error: err instanceof Error ? err.message : String(err) });
      options.onDone?.(null, ++done);
      return null;
    }
  });
  return { results: settled.filter((r): r is IngestJobResult => r !== null), failures };
}
