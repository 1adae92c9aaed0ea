import type { FeatureExtractionPipeline, Tensor } from '@huggingface/transformers';
import type { Extractor, ModelCard, RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { assertEmbeddableTexts, chunk } from '../embed/text-input.js';

/**
 * Sentence vectors from a transformers.js feature-extraction model
 * (sentence-transformers style): mean of the token vectors over the
 * attention mask, then L2-normalised, both done by the pipeline.
 */

/** Padding to the longest text in a batch wastes work on short ones; 16 keeps that bounded. */
const DEFAULT_BATCH_SIZE = 16;

export interface NeuralEmbedderParts {
  card: ModelCard;
  pipeline: FeatureExtractionPipeline;
  /** Texts per model call. Default 16. */
  batchSize?: number;
  /** Called once when the extractor is disposed, so its loader forgets it. */
  onDispose?: () => void;
}

export class NeuralEmbedder implements Extractor<string[], number[][]> {
  readonly task = 'embed';
  readonly modality = 'text';
  readonly card: ModelCard;
  private readonly parts: NeuralEmbedderParts;
  private disposed = false;

  constructor(parts: NeuralEmbedderParts) {
    this.parts = parts;
    this.card = parts.card;
  }

  /** The hidden size, read from config.json (`hidden_size`, or `d_model` for some encoders). */
  get dimension(): number | undefined {
    const config = this.parts.pipeline.model.config as { hidden_size?: unknown; d_model?: unknown };
    const size = config.hidden_size ?? config.d_model;
    return typeof size === 'number' ? size : undefined;
  }

  /** One unit-length vector per text, in input order. */
  async embed(texts: string[], context: RunContext = {}): Promise<number[][]> {
    if (this.disposed) throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} has been disposed`);
    assertEmbeddableTexts(texts);
    const vectors: number[][] = [];
    for (const batch of chunk(texts, this.parts.batchSize ?? DEFAULT_BATCH_SIZE)) {
      context.signal?.throwIfAborted();
      vectors.push(...(await this.embedBatch(batch)));
    }
    return vectors;
  }

  run(texts: string[], context?: RunContext): Promise<number[][]> {
    return this.embed(texts, context);
  }

  private async embedBatch(batch: string[]): Promise<number[][]> {
    let pooled: Tensor;
    try {
      pooled = await this.parts.pipeline(batch, { pooling: 'mean', normalize: true });
    } catch (cause) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} failed on a batch of ${batch.length} texts`, { cause });
    }
    const [rows = 0, width = 0] = pooled.dims;
    const data = pooled.data as Float32Array;
    return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * width, (r + 1) * width)));
  }

  /** Releases the onnxruntime session. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.parts.onDispose?.();
    await this.parts.pipeline.dispose();
  }
}
