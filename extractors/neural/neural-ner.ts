import type { Tensor, TokenClassificationPipeline } from '@huggingface/transformers';
import type { Extractor, ModelCard, RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { chunk } from '../embed/text-input.js';
import { bioEntities, type LabelledPiece, type RecognisedEntity } from './bio-entities.js';
import { encodePieces, pieceMarksOf, type PieceEncoding } from './piece-encoding.js';
import { alignPieces, continuesWord } from './token-alignment.js';
import type { TransformersModule } from './transformers-runtime.js';

/**
 * Named entities from a BERT-NER style token-classification model. We load
 * it with transformers.js' own `pipeline()`, but run its tokenizer and model
 * directly: the pipeline's output has no character offsets and truncates
 * long texts, and this platform needs both offsets and whole texts.
 */

/** BERT's learned position table is this long unless the config says otherwise. */
const DEFAULT_MAX_TOKENS = 512;

export interface NeuralNerParts {
  card: ModelCard;
  pipeline: TokenClassificationPipeline;
  runtime: TransformersModule;
  /** Called once when the extractor is disposed, so its loader forgets it. */
  onDispose?: () => void;
}

interface TokenLabel {
  label: string;
  score: number;
}

function softmaxArgmax(row: Float32Array, id2label: Readonly<Record<string, string>>): TokenLabel {
  let best = 0;
  for (let i = 1; i < row.length; i++) if ((row[i] ?? -Infinity) > (row[best] ?? -Infinity)) best = i;
  const top = row[best] ?? 0;
  let sum = 0;
  for (const x of row) sum += Math.exp(x - top);
  return { label: id2label[String(best)] ?? `LABEL_${best}`, score: 1 / sum };
}

export class NeuralNer implements Extractor<string, RecognisedEntity[]> {
  readonly task = 'ner';
  readonly modality = 'text';
  readonly card: ModelCard;
  private readonly parts: NeuralNerParts;
  private readonly id2label: Readonly<Record<string, string>>;
  private disposed = false;

  constructor(parts: NeuralNerParts) {
    this.parts = parts;
    this.card = parts.card;
    const { id2label } = parts.pipeline.model.config as { id2label?: Record<string, string> };
    if (!id2label || Object.keys(id2label).length === 0) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${parts.card.id}: config.json has no id2label, so it is no NER model`);
    }
    this.id2label = id2label;
  }

  /** Entities with offsets into `text` (end exclusive), in text order. */
  async run(text: string, context: RunContext = {}): Promise<RecognisedEntity[]> {
    if (this.disposed) throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} has been disposed`);
    if (typeof text !== 'string') throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `NER takes a string, not a ${typeof text}`);
    if (text.trim() === '') return [];
    const { tokenizer } = this.parts.pipeline;
    const encoding = encodePieces(tokenizer, text);
    const labels = await this.labelPieces(encoding, context);
    const marks = pieceMarksOf(tokenizer);
    const offsets = alignPieces(text, encoding.pieces, marks);
    const labelled: LabelledPiece[] = encoding.pieces.map((piece, i) => ({
      label: labels[i]?.label ?? 'O',
      score: labels[i]?.score ?? 0,
      offsets: offsets[i] ?? null,
      continuesWord: continuesWord(piece, i, marks),
    }));
    return bioEntities(text, labelled);
  }

  private maxTokens(): number {
    const fromTokenizer = Number(this.parts.pipeline.tokenizer.model_max_length);
    const fromConfig = Number(this.parts.pipeline.model.config.max_position_embeddings);
    const limits = [fromTokenizer, fromConfig].filter((n) => Number.isFinite(n) && n > 0);
    return limits.length > 0 ? Math.min(...limits) : DEFAULT_MAX_TOKENS;
  }

  private async labelPieces(encoding: PieceEncoding, context: RunContext): Promise<TokenLabel[]> {
    const { prefixIds, suffixIds } = encoding;
    const windowSize = Math.max(1, this.maxTokens() - prefixIds.length - suffixIds.length);
    const labels: TokenLabel[] = [];
    for (const window of chunk(encoding.ids, windowSize)) {
      context.signal?.throwIfAborted();
      const logits = await this.logits([...prefixIds, ...window, ...suffixIds]);
      const [, length = 0, labelCount = 0] = logits.dims;
      const data = logits.data as Float32Array;
      for (let t = prefixIds.length; t < length - suffixIds.length; t++) {
        labels.push(softmaxArgmax(data.subarray(t * labelCount, (t + 1) * labelCount), this.id2label));
      }
    }
    return labels;
  }

  private async logits(ids: number[]): Promise<Tensor> {
    const { Tensor } = this.parts.runtime;
    const int64 = (values: number[]) => new Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), [1, values.length]);
    try {
      const outputs = (await this.parts.pipeline.model({
        input_ids: int64(ids),
        attention_mask: int64(ids.map(() => 1)),
        // token_type_ids: transformers.js fills zeros when the graph wants them.
      })) as { logits?: Tensor };
      if (!outputs.logits || outputs.logits.dims.length !== 3) throw new Error('the model returned no [batch, sequence, labels] logits');
      return outputs.logits;
    } catch (cause) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} failed on a window of ${ids.length} tokens`, { cause });
    }
  }

  /** Releases the onnxruntime session. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.parts.onDispose?.();
    await this.parts.pipeline.dispose();
  }
}
