import { QueueEvents, type Job, type JobType, type Queue } from 'bullmq';
import { createRedis, enqueueFile, type IngestJob, type IngestJobResult, type IngestProgress } from '../jobs/index.js';
import { NotFoundError } from './errors.js';

/** Job states the API shows, in BullMQ's words. */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused', 'prioritized', 'waiting-children'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobRecord {
  id: string;
  fileName: string;
  sourceId: string;
  state: JobState | 'unknown';
  progress: IngestProgress | null;
  attemptsMade: number;
  failedReason: string | null;
  result: IngestJobResult | null;
  enqueuedAt: string;
  finishedAt: string | null;
}

/** One event of a job's life, as the subscription sends it. */
export interface JobEvent {
  jobId: string;
  state: JobState | 'unknown';
  progress: IngestProgress | null;
  result: IngestJobResult | null;
  failedReason: string | null;
  /** True on the last event: the job completed or failed for good. */
  final: boolean;
}

function progressOf(value: unknown): IngestProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<IngestProgress>;
  return typeof p.stage === 'string' && typeof p.percent === 'number' ? { stage: p.stage, percent: p.percent, ...(p.detail ? { detail: p.detail } : {}) } : null;
}

async function toRecord(job: Job<IngestJob, IngestJobResult>, state?: string): Promise<JobRecord> {
  const s = (state ?? (await job.getState())) as JobState | 'unknown';
  return {
    id: job.id ?? '',
    fileName: job.data.name,
    sourceId: job.data.sourceId,
    state: (JOB_STATES as readonly string[]).includes(s) ? s : 'unknown',
    progress: progressOf(job.progress),
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason || null,
    result: job.returnvalue ?? null,
    enqueuedAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** A small unbounded async queue: listeners push, one consumer pulls. */
class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | null = null;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

/**
 * The ingest queue as the API sees it: enqueue, look up, list, follow.
 * Following uses one `QueueEvents` stream per API instance (a blocking Redis
 * connection), opened on the first subscription.
 */
export class JobService {
  private events: Promise<QueueEvents> | null = null;
  private eventsConnection: ReturnType<typeof createRedis> | null = null;

  constructor(
    readonly queue: Queue<IngestJob, IngestJobResult>,
    private readonly redisUrl: string,
  ) {}

  enqueue(file: { path: string; contentHash: string; mediaType?: string }): Promise<{ jobId: string; sourceId: string }> {
    return enqueueFile(this.queue, file);
  }

  async get(id: string): Promise<JobRecord | null> {
    const job = await this.queue.getJob(id);
    return job ? toRecord(job) : null;
  }

  /** Jobs in the given states, newest first within each state. */
  async list(states: readonly JobState[], offset: number, limit: number): Promise<JobRecord[]> {
    const jobs = await this.queue.getJobs([...states] as JobType[], offset, offset + limit - 1, false);
    return Promise.all(jobs.filter((j): j is Job<IngestJob, IngestJobResult> => Boolean(j)).map((j) => toRecord(j)));
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts(...JOB_STATES);
  }

  /**
   * The job's current state, then every progress event until it completes
   * or fails. Listeners are attached before the state is read, so no event
   * falls between the two.
   */
  async *follow(jobId: string): AsyncGenerator<JobEvent> {
    const events = await this.queueEvents();
    const channel = new Channel<JobEvent>();
    const mine = (id: string) => id === jobId;
    const onProgress = ({ jobId: id, data }: { jobId: string; data: unknown }) => {
      if (mine(id)) channel.push({ jobId, state: 'active', progress: progressOf(data), result: null, failedReason: null, final: false });
    };
    const onCompleted = ({ jobId: id, returnvalue }: { jobId: string; returnvalue: unknown }) => {
      if (mine(id)) channel.push({ jobId, state: 'completed', progress: null, result: returnvalue as IngestJobResult, failedReason: null, final: true });
    };
    // BullMQ emits `failed` only when a job is moved to the failed set, i.e. after its last attempt.
    const onFailed = ({ jobId: id, failedReason }: { jobId: string; failedReason: string }) => {
      if (mine(id)) channel.push({ jobId, state: 'failed', progress: null, result: null, failedReason, final: true });
    };
    events.on('progress', onProgress);
    events.on('completed', onCompleted);
    events.on('failed', onFailed);
    try {
      const job = await this.queue.getJob(jobId);
      if (!job) throw new NotFoundError('Job', jobId);
      const now = await toRecord(job);
      const final = now.state === 'completed' || now.state === 'failed';
      yield { jobId, state: now.state, progress: now.progress, result: now.result, failedReason: now.failedReason, final };
      if (final) return;
      for await (const event of channel) {
        yield event;
        if (event.final) return;
      }
    } finally {
      events.off('progress', onProgress);
      events.off('completed', onCompleted);
      events.off('failed', onFailed);
    }
  }

  async close(): Promise<void> {
    const events = await this.events?.catch(() => null);
    await events?.close();
    // A connection handed to BullMQ stays the caller's to close.
    await this.eventsConnection?.quit().catch(() => undefined);
  }

  private queueEvents(): Promise<QueueEvents> {
    this.events ??= (async () => {
      this.eventsConnection = createRedis(this.redisUrl, { blocking: true });
      const events = new QueueEvents(this.queue.name, { connection: this.eventsConnection });
      await events.waitUntilReady();
      return events;
    })();
    return this.events;
  }
}
