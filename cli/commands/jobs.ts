import type { Command } from 'commander';
import type { JobType } from 'bullmq';
import { createIngestQueue, createRedis } from '../../jobs/index.js';
import { runWithRuntime } from '../command-runner.js';
import { formatTable } from '../format.js';

const STATES = ['active', 'waiting', 'delayed', 'completed', 'failed'] as const satisfies readonly JobType[];

export function registerJobsCommand(program: Command): void {
  program
    .command('jobs')
    .description('list ingestion jobs: running, waiting, done and failed (with reasons)')
    .option('--status <state>', `only one state: ${STATES.join('|')}`)
    .option('--limit <n>', 'jobs per state', '20')
    .action(async (options: { status?: string; limit: string }) => {
      await runWithRuntime(async ({ config }) => {
        const states = options.status ? STATES.filter((s) => s === options.status) : [...STATES];
        if (states.length === 0) {
          console.error(`Unknown state "${options.status}"; expected one of ${STATES.join(', ')}`);
          return 1;
        }
        const redis = createRedis(config.redisUrl);
        const queue = createIngestQueue(redis, config.worker.queue);
        try {
          const counts = await queue.getJobCounts(...states);
          console.log(states.map((s) => `${s}: ${counts[s] ?? 0}`).join('  '));
          const limit = Math.max(1, Number(options.limit) || 20);
          const rows: unknown[][] = [];
          for (const state of states) {
            for (const job of await queue.getJobs([state], 0, limit - 1)) {
              const progress = typeof job.progress === 'object' ? (job.progress as { stage?: string; percent?: number }) : null;
              const detail =
                state === 'failed' ? (job.failedReason ?? '') : state === 'completed' ? JSON.stringify(job.returnvalue ?? {}).slice(0, 80) : progress ? `${progress.stage} ${progress.percent}%` : '';
              rows.push([state, job.id, job.data.name, job.attemptsMade, new Date(job.timestamp).toISOString(), detail]);
            }
          }
          if (rows.length > 0) console.log(formatTable(['state', 'job', 'file', 'attempts', 'enqueued', 'detail'], rows, { maxCellWidth: 80 }));
        } finally {
          await queue.close();
          await redis.quit();
        }
      });
    });
}
