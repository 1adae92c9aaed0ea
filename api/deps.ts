import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '../cli/runtime.js';
import { UniversalSentenceEncoder } from '../extractors/embed/index.js';
import { analyzeDocument, type DocumentAnalysis } from '../extractors/text/pipeline/index.js';
import { createTranslator, type Translator } from '../extractors/translate/index.js';
import { createIngestQueue, createRedis } from '../jobs/index.js';
import { GraphReader } from './graph/reader.js';
import { JobService } from './jobs.js';
import { ApiMetrics } from './metrics.js';

/** Extractors the `predict` fields run. Nothing loads until first use. */
export interface PredictEngines {
  /** Language, NER and relations on text; the ingest pipeline's own analysis. */
  analyze: (text: string) => Promise<DocumentAnalysis>;
  embedder: Pick<UniversalSentenceEncoder, 'embed' | 'card'>;
  translator: Pick<Translator, 'translate' | 'routeFor'>;
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
  /** Replaces the default extractors (USE lite and the translator). */
  engines?: PredictEngines;
  /** Process CPU / memory / event-loop metrics. Default true. */
  processMetrics?: boolean;
}

export interface ApiServices {
  deps: ApiDeps;
  /** Closes the queue, its events stream, its Redis connection and the extractors (not the runtime). */
  close(): Promise<void>;
}

export function createApiServices(runtime: Pick<Runtime, 'config' | 'logger' | 'gateway' | 'writer'>, options: ApiServicesOptions = {}): ApiServices {
  const { config } = runtime;
  const redis = createRedis(config.redisUrl);
  // Without a listener ioredis logs every reconnect attempt as an unhandled error event.
  redis.on('error', (err: unknown) => runtime.logger.warn({ err }, 'redis connection error'));
  const queue = createIngestQueue(redis, options.queueName ?? config.worker.queue);
  const jobs = new JobService(queue, config.redisUrl);
  const metrics = new ApiMetrics({ queueDepth: () => jobs.counts(), processMetrics: options.processMetrics ?? true });
  const owned = options.engines
    ? null
    : { analyze: (text: string) => analyzeDocument(text), embedder: new UniversalSentenceEncoder(), translator: createTranslator({ modelsDir: config.modelsDir }) };
  const engines: PredictEngines = options.engines ?? (owned as PredictEngines);
  const deps: ApiDeps = {
    ...runtime,
    reader: new GraphReader(runtime.gateway, metrics),
    metrics,
    jobs,
    engines,
    spoolDir: options.spoolDir ?? join(tmpdir(), 'kg-api-uploads'),
  };
  return {
    deps,
    async close() {
      await jobs.close();
      await queue.close();
      await redis.quit().catch(() => undefined);
      await Promise.all([owned?.embedder.dispose(), owned?.translator.dispose()]);
    },
  };
}
