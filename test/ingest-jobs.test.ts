import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { ExtractorError, ExtractorErrorCode } from '../extractors/base/errors.js';
import { GraphError, GraphErrorCode } from '../graph-schema/index.js';
import { createIngestQueue, createRedis, enqueueFile, startIngestWorker, type IngestFn, type IngestProgress } from '../jobs/index.js';
import { namespace } from './support/graph.js';
import { sha256 } from './support/patches.js';

const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
const logger = pino({ level: 'silent' });
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function setup(ingest: IngestFn) {
  const queueName = namespace('test-ingest');
  const redis = createRedis(config.redisUrl);
  const queue = createIngestQueue(redis, queueName);
  const events = new QueueEvents(queueName, { connection: createRedis(config.redisUrl, { blocking: true }) });
  await events.waitUntilReady();
  const worker = startIngestWorker({ redisUrl: config.redisUrl, ingest, logger, queueName, concurrency: 2 });
  closers.push(async () => {
    await worker.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await redis.quit();
  });
  return { queue, events };
}

async function file(name: string, text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-jobs-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return { path, contentHash: sha256(text) };
}

describe('ingest jobs on BullMQ (real Redis)', () => {
  it('retries transient faults, refuses bad input once, reports progress, and one bad file does not stop the batch', async () => {
    const attempts = new Map<string, number>();
    const seen: IngestProgress[] = [];
    const ingest: IngestFn = async (job, { progress }) => {
      const n = (attempts.get(job.name) ?? 0) + 1;
      attempts.set(job.name, n);
      const text = await readFile(job.path, 'utf8');
      if (text.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, `${job.name} is empty`);
      if (job.name.startsWith('flaky') && n === 1) throw new GraphError(GraphErrorCode.Unavailable, 'Neo4j restarting');
      for (const stage of ['read', 'extract', 'write'] as const) {
        const p = { stage, percent: stage === 'write' ? 90 : 30 };
        seen.push(p);
        await progress(p);
      }
      return { sourceId: job.sourceId, documents: 1, outcome: 'created', entities: text.split(' ').length, mentions: 0, relations: 0, timingsMs: {} };
    };
    const { queue, events } = await setup(ingest);
    const good = await enqueueFile(queue, await file('good.txt', 'alpha beta gamma'));
    const flaky = await enqueueFile(queue, await file('flaky.txt', 'delta epsilon'));
    const empty = await enqueueFile(queue, await file('empty.txt', ''));

    const goodJob = await queue.getJob(good.jobId);
    const flakyJob = await queue.getJob(flaky.jobId);
    const emptyJob = await queue.getJob(empty.jobId);
    // Exponential backoff starts at 1 s, so the flaky job finishes on its second attempt a second later.
    await expect(goodJob?.waitUntilFinished(events, 20_000)).resolves.toMatchObject({ entities: 3 });
    await expect(flakyJob?.waitUntilFinished(events, 20_000)).resolves.toMatchObject({ entities: 2 });
    await expect(emptyJob?.waitUntilFinished(events, 20_000)).rejects.toThrow('empty.txt is empty');

    expect(attempts.get('flaky.txt')).toBe(2);
    expect(attempts.get('empty.txt')).toBe(1);
    const failed = await queue.getJob(empty.jobId);
    expect(failed?.attemptsMade).toBe(1);
    expect(await failed?.getState()).toBe('failed');
    expect((await queue.getJob(good.jobId))?.progress).toEqual({ stage: 'write', percent: 90 });
    expect(seen.length).toBe(6);
  });

  it('does not enqueue an unchanged file twice while it is pending', async () => {
    const { queue } = await setup(async () => new Promise(() => undefined));
    await queue.pause();
    const f = await file('same.txt', 'unchanged content');
    const first = await enqueueFile(queue, f);
    const second = await enqueueFile(queue, f);
    expect(second).toEqual(first);
    expect(await queue.getJobCountByTypes('waiting', 'paused', 'active')).toBe(1);
    const changed = await enqueueFile(queue, { ...f, contentHash: sha256('changed content') });
    expect(changed.sourceId).toBe(first.sourceId);
    expect(changed.jobId).not.toBe(first.jobId);
  });
});
