import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '../cli/runtime.js';
import { UniversalSentenceEncoder } from '../extractors/embed/index.js';
import type { MediaExtractors } from '../extractors/media/create-media.js';
import { analyzeDocument, type DocumentAnalysis } from '../extractors/text/pipeline/index.js';
import { createTranslator, type Translator } from '../extractors/translate/index.js';
import { createIngestQueue, createRedis, ingestJobId } from '../jobs/index.js';
import { GraphReader } from './graph/reader.js';
import { JobService } from './jobs.js';
import { ApiMetrics } from './metrics.js';
import { sweepSpool, type SpoolJobState, type SpoolSweepResult } from './uploads.js';

/** Extractors the `predict` fields run. Nothing loads until first use. */
export interface PredictEngines {
  /** Language, NER and relations on text; the ingest pipeline's own analysis. */
  analyze: (text: string) => Promise<DocumentAnalysis>;
  embedder: Pick<UniversalSentenceEncoder, 'embed' | 'card'>;
  translator: Pick<Translator, 'translate' | 'routeFor'>;
  /**
   * OCR, objects, faces, transcription and their decoders (`config.media`
   * limits). Created on the first call and shared; a failed creation is
   * forgotten, so the next call tries again.
   */
  media: () => Promise<MediaExtractors>;
}

/** Everything the API needs, created once per process and shared by all requests (no per-request state here). */
export interface ApiDeps extends Pick<Runtime, 'config' | 'logger' | 'gateway' | 'writer'> {
  reader: GraphReader;
  metrics: ApiMetrics;
  jobs: JobService;
  engines: PredictEngines;
  /** Uploads are written here before they are enqueued; workers must share this filesystem. */
  spoolDir: string;
}

export interface ApiServicesOptions {
  /** Ingest queue; default `config.worker.queue`. Tests use a unique name. */
  queueName?: string;
  /** Default `<os tmpdir>/kg-api-uploads`. */
  spoolDir?: string;
  /** Replaces default extractors (USE lite, the translator, the media extractors); those not given are created here. */
  engines?: Partial<PredictEngines>;
  /** Process CPU / memory / event-loop metrics. Default true. */
  processMetrics?: boolean;
  /**
   * Removing spooled uploads whose job completed or failed for good (see
   * `sweepSpool`): every `intervalMs` (default 10 minutes); files with no job
   * after `orphanAgeMs` (default 1 hour). `false`: never (tests that sweep by hand).
   */
  spoolSweep?: { intervalMs?: number; orphanAgeMs?: number } | false;
}

export const DEFAULT_SPOOL_SWEEP = { intervalMs: 10 * 60_000, orphanAgeMs: 60 * 60_000 } as const;

export interface ApiServices {
  deps: ApiDeps;
  /** One sweep of the spool now (the timer runs the same). */
  sweepSpool(): Promise<SpoolSweepResult>;
  /** Stops the spool sweep, closes the queue, its events stream, its Redis connection and the extractors (not the runtime). */
  close(): Promise<void>;
}

interface LazyMedia {
  get: () => Promise<MediaExtractors>;
  dispose: () => Promise<void>;
}

/**
 * The media extractors, created on first use. The module itself is imported
 * then too: an API that never predicts on media never loads the image and
 * audio libraries. The promise is memoised, and evicted when creation fails
 * so a later request can retry; after `dispose` nothing is created again.
 */
function lazyMedia(config: Runtime['config']): LazyMedia {
  let pending: Promise<MediaExtractors> | null = null;
  let closed = false;
  const create = async (): Promise<MediaExtractors> => {
    const { createMediaExtractors } = await import('../extractors/media/create-media.js');
    return createMediaExtractors({ media: config.media, models: { dir: config.modelsDir, asr: config.neural.asr } });
  };
  return {
    get: () => {
      if (closed) return Promise.reject(new Error('the media extractors were disposed with the API services'));
      pending ??= create().catch((err: unknown) => {
        pending = null;
        throw err;
      });
      return pending;
    },
    async dispose() {
      closed = true;
      const loaded = pending ? await pending.catch(() => null) : null;
      pending = null;
      await loaded?.dispose();
    },
  };
}

export function createApiServices(runtime: Pick<Runtime, 'config' | 'logger' | 'gateway' | 'writer'>, options: ApiServicesOptions = {}): ApiServices {
  const { config } = runtime;
  const redis = createRedis(config.redisUrl);
  // Without a listener ioredis logs every reconnect attempt as an unhandled error event.
  redis.on('error', (err: unknown) => runtime.logger.warn({ err }, 'redis connection error'));
  const queue = createIngestQueue(redis, options.queueName ?? config.worker.queue);
  const jobs = new JobService(queue, config.redisUrl);
  const metrics = new ApiMetrics({ queueDepth: () => jobs.counts(), processMetrics: options.processMetrics ?? true });
  const given = options.engines ?? {};
  // Only what is created here is disposed here: injected engines belong to the caller.
  const owned: { dispose(): Promise<void> }[] = [];
  const own = <T extends { dispose(): Promise<void> }>(engine: T): T => {
    owned.push(engine);
    return engine;
  };
  const engines: PredictEngines = {
    analyze: given.analyze ?? ((text: string) => analyzeDocument(text)),
    embedder: given.embedder ?? own(new UniversalSentenceEncoder()),
    translator: given.translator ?? own(createTranslator({ modelsDir: config.modelsDir })),
    media: given.media ?? own(lazyMedia(config)).get,
  };
  const deps: ApiDeps = {
    ...runtime,
    reader: new GraphReader(runtime.gateway, metrics),
    metrics,
    jobs,
    engines,
    spoolDir: options.spoolDir ?? join(tmpdir(), 'kg-api-uploads'),
  };
  const sweepOptions = options.spoolSweep === false ? null : { ...DEFAULT_SPOOL_SWEEP, ...options.spoolSweep };
  const jobState = async (file: { path: string; contentHash: string }): Promise<SpoolJobState> => {
    const state = await queue.getJobState(ingestJobId(file.path, file.contentHash));
    if (state === 'unknown') return 'missing';
    return state === 'completed' || state === 'failed' ? 'final' : 'pending';
  };
  const sweep = () => sweepSpool({ spoolDir: deps.spoolDir, jobState, orphanAgeMs: sweepOptions?.orphanAgeMs ?? DEFAULT_SPOOL_SWEEP.orphanAgeMs });
  let sweeping: Promise<unknown> | null = null;
  const timer = sweepOptions
    ? setInterval(() => {
      // One sweep at a time; a slow one (a huge spool, Redis away) is not stacked.
      sweeping ??= sweep()
        .then((r) => r.removed.length > 0 && runtime.logger.info({ removed: r.removed.length, kept: r.kept }, 'spooled uploads removed'))
        .catch((err: unknown) => runtime.logger.warn({ err }, 'spool sweep failed'))
        .finally(() => (sweeping = null));
    }, sweepOptions.intervalMs)
    : null;
  // The sweep never keeps the process alive.
  timer?.unref();
  return {
    deps,
    sweepSpool: sweep,
    async close() {
      if (timer) clearInterval(timer);
      await sweeping;
      await jobs.close();
      await queue.close();
      await redis.quit().catch(() => undefined);
      await Promise.all(owned.map((engine) => engine.dispose()));
    },
  };
}
