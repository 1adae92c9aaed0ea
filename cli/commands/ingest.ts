import { QueueEvents } from 'bullmq';
import type { Command } from 'commander';
import { collectFiles, describeFile } from '../../jobs/collect-files.js';
import { createIngestQueue, createRedis, enqueueFile, type IngestJobResult, type IngestProgress } from '../../jobs/index.js';
import { runWithRuntime } from '../command-runner.js';

function line(name: string, text: string): void {
  console.log(`${name.padEnd(40).slice(0, 40)} ${text}`);
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('enqueue files or folders for ingestion (a worker must run: npm run worker, or npm start)')
    .argument('<paths...>', 'files or folders (folders are read recursively)')
    .option('--wait', 'show live progress and wait until every file is done')
    .action(async (paths: string[], options: { wait?: boolean }) => {
      await runWithRuntime(async ({ config }) => {
        const files = await collectFiles(paths);
        if (files.length === 0) {
          console.error('No files found.');
          return 1;
        }
        const redis = createRedis(config.redisUrl);
        const queue = createIngestQueue(redis, config.worker.queue);
        const events = options.wait ? new QueueEvents(queue.name, { connection: createRedis(config.redisUrl, { blocking: true }) }) : null;
        try {
          await events?.waitUntilReady();
          const jobs = new Map<string, string>();
          for (const path of files) {
            const { jobId } = await enqueueFile(queue, await describeFile(path, config.limits.maxUploadBytes));
            jobs.set(jobId, path.split('/').pop() ?? path);
          }
          console.log(`Enqueued ${jobs.size} file(s) on queue ${queue.name}.`);
          if (!events) return 0;
          return await followJobs(queue, events, jobs);
        } finally {
          await events?.close();
          await queue.close();
          await redis.quit();
        }
      });
    });
}

/** Prints progress per file and overall until every job has completed or failed; exit code 1 if any failed. */
async function followJobs(queue: ReturnType<typeof createIngestQueue>, events: QueueEvents, jobs: Map<string, string>): Promise<number> {
  let done = 0;
  let failed = 0;
  const overall = () => `[${done + failed}/${jobs.size}]`;
  events.on('progress', ({ jobId, data }) => {
    const name = jobs.get(jobId);
    const p = data as Partial<IngestProgress>;
    if (name && p.stage) line(name, `${overall()} ${p.stage} ${p.percent ?? 0}%${p.detail ? ` (${p.detail})` : ''}`);
  });
  const waits = [...jobs].map(async ([jobId, name]) => {
    const job = await queue.getJob(jobId);
    if (!job) return;
    try {
      const result: IngestJobResult = await job.waitUntilFinished(events);
      done += 1;
      line(name, `${overall()} ${result.outcome}: ${result.entities} entities, ${result.mentions} mentions, ${result.relations} relations`);
      for (const problem of result.problems ?? []) line(name, `  skipped ${problem}`);
    } catch (err) {
      failed += 1;
      line(name, `${overall()} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  await Promise.all(waits);
  console.log(`Done: ${done} ingested, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}
