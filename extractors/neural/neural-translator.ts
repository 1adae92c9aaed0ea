import type { TranslationPipeline } from '@huggingface/transformers';
import type { Extractor, ModelCard, RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { chunk } from '../embed/text-input.js';

/**
 * Sentence translation with a transformers.js seq2seq model (Marian/OPUS-MT
 * style: one fixed language pair per model folder), greedy decoding.
 */

const DEFAULT_BATCH_SIZE = 8;
/** Generous for one sentence; bounds runaway generation on a model that never emits EOS. */
const DEFAULT_MAX_NEW_TOKENS = 256;

export interface NeuralTranslatorParts {
  card: ModelCard;
  pipeline: TranslationPipeline;
  /** Texts per generate call. Default 8. */
  batchSize?: number;
  /** Default 256. */
  maxNewTokens?: number;
  /** Called once when the extractor is disposed, so its loader forgets it. */
  onDispose?: () => void;
}

export class NeuralTranslator implements Extractor<string[], string[]> {
  readonly task = 'translate';
  readonly modality = 'text';
  readonly card: ModelCard;
  private readonly parts: NeuralTranslatorParts;
  private disposed = false;

  constructor(parts: NeuralTranslatorParts) {
    this.parts = parts;
    this.card = parts.card;
  }

  /** One translation per text, in input order; blank texts translate to ''. */
  async translate(texts: string[], context: RunContext = {}): Promise<string[]> {
    if (this.disposed) throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} has been disposed`);
    const translations: string[] = [];
    for (const batch of chunk(texts, this.parts.batchSize ?? DEFAULT_BATCH_SIZE)) {
      context.signal?.throwIfAborted();
      const nonBlank = batch.filter((t) => t.trim() !== '');
      const outputs = nonBlank.length > 0 ? await this.generate(nonBlank) : [];
      let next = 0;
      for (const text of batch) translations.push(text.trim() === '' ? '' : (outputs[next++] ?? ''));
    }
    return translations;
  }

  run(texts: string[], context?: RunContext): Promise<string[]> {
    return this.translate(texts, context);
  }

  private async generate(texts: string[]): Promise<string[]> {
    try {
      const outputs = await this.parts.pipeline(texts, { max_new_tokens: this.parts.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS });
      return outputs.map((o) => o.translation_text);
    } catch (cause) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} failed on a batch of ${texts.length} texts`, { cause });
    }
  }

  /** Releases the onnxruntime sessions. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.parts.onDispose?.();
    await this.parts.pipeline.dispose();
  }
}
