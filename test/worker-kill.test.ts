import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QueueEvents } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { createIngestEngines } from '../jobs/create-ingest.js';
import { createIngestQueue, createRedis, enqueueFile, sourceIdForPath } from '../jobs/index.js';
import { describeFile } from '../jobs/collect-files.js';
import { namespace, useGraph } from './support/graph.js';
import { exited, spawnWorker } from './support/worker-process.js';

const runtime = useGraph();
const { gateway, config } = runtime;
const CORPUS = fileURLToPath(new URL('../samples/corpus/en/', import.meta.url));
const FILES = ['elbe-investment.txt', 'hanlin-lidar-lab.txt', 'green-circuit-alliance.txt', 'hanxing-nimbus-partnership.txt'];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function copyCorpus(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-kill-'));
  for (const f of FILES) await cp(join(CORPUS, f), join(dir, f));
  return (await readdir(dir)).sort().map((f) => join(dir, f));
}

/** The facts of a set of sources with the source ids taken out, so two ingests of the same files compare equal. */
async function facts(paths: string[]) {
  const ids = paths.map((p) => sourceIdForPath(p));
  return gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `UNWIND range(0, size($ids) - 1) AS i
       MATCH (s:Source {id: $ids[i]})-[:HAS_SEGMENT]->(seg:Segment)
       OPTIONAL MATCH (seg)-[m:MENTIONS]->(e:Entity)
       WITH i, s, seg, collect([m.surface, m.start, m.end, e.id]) AS mentions
       OPTIONAL MATCH (ev:Evidence)-[:IN_SEGMENT]->(seg)
       WITH i, s, seg, mentions, collect([ev.type, ev.subjectId, ev.objectId, ev.text]) AS evidence
       RETURN i, s.status AS status, s.contentHash AS hash, seg.index AS seg, seg.text AS text, mentions, evidence
       ORDER BY i, seg`,
      { ids },
    );
    return res.records.map((r) => ({
      status: r.get('status') as string,
      hash: r.get('hash') as string,
      seg: r.get('seg') as number,
      text: r.get('text') as string,
      mentions: (r.get('mentions') as unknown[][]).map((m) => JSON.stringify(m)).sort(),
      evidence: (r.get('evidence') as unknown[][]).map((m) => JSON.stringify(m)).sort(),
    }));
  });
}

describe('a worker killed mid-job (real processes, real Redis and Neo4j)', () => {
  it('loses nothing: the job is retried by another worker and the graph ends as after an uninterrupted run', async () => {
    const queueName = namespace('test-kill');
    const env = { INGEST_QUEUE: queueName, WORKER_LOCK_MS: '4000', WORKER_STALLED_CHECK_MS: '2000', WORKER_CONCURRENCY: '1' };
    const redis = createRedis(config.redisUrl);
    const queue = createIngestQueue(redis, queueName);
    const events = new QueueEvents(queueName, { connection: createRedis(config.redisUrl, { blocking: true }) });
    cleanups.push(async () => {
      await events.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await redis.quit();
    });
    await events.waitUntilReady();

    const killedRun = await copyCorpus();
    // Real corpus names: the sources go at the end, taking the facts only they supported.
    cleanups.push(() => Promise.all(killedRun.map((p) => runtime.writer.deleteSource(sourceIdForPath(p)))));
    const jobIds: string[] = [];
    for (const path of killedRun) jobIds.push((await enqueueFile(queue, await describeFile(path, config.limits.maxUploadBytes))).jobId);

    const first = spawnWorker(env);
    cleanups.push(() => Promise.resolve(first.kill('SIGKILL')));
    // Kill it the moment a job is past extraction and writing: the worst time to die.
    const victim = await new Promise<string>((resolve) => {
      events.on('progress', ({ jobId, data }) => {
        if ((data as { stage?: string }).stage === 'write') resolve(jobId);
      });
    });
    first.kill('SIGKILL');
    await exited(first);
    expect(await (await queue.getJob(victim))?.getState()).toBe('active');

    const second = spawnWorker(env);
    cleanups.push(async () => {
      second.kill('SIGTERM');
      await exited(second);
    });
    for (const id of jobIds) await (await queue.getJob(id))?.waitUntilFinished(events, 110_000);
    const retried = await queue.getJob(victim);
    expect(await retried?.getState()).toBe('completed');
    // BullMQ counts a stalled job's restart; either way the work was done again, not lost.
    expect((retried?.stalledCounter ?? 0) + (retried?.attemptsMade ?? 0)).toBeGreaterThanOrEqual(1);

    const uninterrupted = await copyCorpus();
    cleanups.push(() => Promise.all(uninterrupted.map((p) => runtime.writer.deleteSource(sourceIdForPath(p)))));
    const engines = createIngestEngines(runtime, { embeddings: false });
    cleanups.push(() => engines.dispose());
    for (const path of uninterrupted) {
      await engines.ingest({ path, sourceId: sourceIdForPath(path), name: path.split('/').pop() ?? path }, { progress: () => Promise.resolve() });
    }
    const a = await facts(killedRun);
    const b = await facts(uninterrupted);
    expect(a).toHaveLength(FILES.length);
    expect(a.every((row) => row.status === 'done' && row.mentions.length > 3 && row.evidence.length > 0)).toBe(true);
    expect(a).toEqual(b);
  });
});
