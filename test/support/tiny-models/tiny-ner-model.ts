import { tinyBertOnnx } from './tiny-bert-graph.js';
import { writeModelFolder } from './model-folder.js';
import { SPECIAL_TOKENS, wordPieceTokenizer } from './wordpiece-tokenizer.js';

/**
 * A tiny BERT-NER: every vocabulary entry is wired to exactly one BIO label,
 * so a test knows which span and type the real transformers.js + onnxruntime
 * path must produce. Only wiring is tested, never quality.
 */
export const TINY_NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type TinyNerLabel = (typeof TINY_NER_LABELS)[number];

/** Word pieces and the label their embedding row points at (`##` marks a continuation piece). */
export const TINY_NER_VOCABULARY: ReadonlyArray<readonly [string, TinyNerLabel]> = [
  ['the', 'O'], ['in', 'O'], ['visited', 'O'], ['works', 'O'], ['at', 'O'], ['and', 'O'], ['won', 'O'],
  ['.', 'O'], [',', 'O'], ['a', 'O'], ['##s', 'O'],
  ['marie', 'B-PER'], ['curie', 'I-PER'],
  ['acme', 'B-ORG'], ['corp', 'I-ORG'],
  ['paris', 'B-LOC'], ['zurich', 'B-LOC'], ['new', 'B-LOC'], ['york', 'I-LOC'],
  // "london" is split into two pieces so tests see sub-word aggregation.
  ['lon', 'B-LOC'], ['##don', 'I-LOC'],
  ['nobel', 'B-MISC'], ['prize', 'I-MISC'],
];

/** How strongly a token's row favours its label; any positive value works with argmax. */
const LABEL_STRENGTH = 4;

export interface TinyNerOptions {
  /** Tokens per model call including [CLS] and [SEP]; small values make tests exercise windowing. Default 512. */
  maxLength?: number;
}

export function tinyNerVocabulary(): string[] {
  return [...SPECIAL_TOKENS, ...TINY_NER_VOCABULARY.map(([piece]) => piece)];
}

function oneHot(index: number, size: number, value: number): number[] {
  return Array.from({ length: size }, (_, i) => (i === index ? value : 0));
}

export async function writeTinyNerModel(folder: string, { maxLength = 512 }: TinyNerOptions = {}): Promise<void> {
  const labelCount = TINY_NER_LABELS.length;
  const labelOf = new Map<string, TinyNerLabel>(TINY_NER_VOCABULARY);
  const vocabulary = tinyNerVocabulary();
  const wordEmbeddings = vocabulary.map((piece) =>
    oneHot(TINY_NER_LABELS.indexOf(labelOf.get(piece) ?? 'O'), labelCount, LABEL_STRENGTH),
  );
  const identity = TINY_NER_LABELS.map((_, i) => oneHot(i, labelCount, 1));
  const id2label = Object.fromEntries(TINY_NER_LABELS.map((label, i) => [String(i), label]));
  await writeModelFolder(folder, {
    'config.json': {
      model_type: 'bert',
      architectures: ['BertForTokenClassification'],
      vocab_size: vocabulary.length,
      hidden_size: labelCount,
      max_position_embeddings: maxLength,
      id2label,
      label2id: Object.fromEntries(TINY_NER_LABELS.map((label, i) => [label, i])),
    },
    ...wordPieceTokenizer(vocabulary, maxLength),
    'onnx/model.onnx': tinyBertOnnx({ wordEmbeddings, hiddenSize: labelCount, head: identity, outputName: 'logits', maxPositions: maxLength }),
  });
}
