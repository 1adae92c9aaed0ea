import { tinyBertOnnx } from './tiny-bert-graph.js';
import { writeModelFolder } from './model-folder.js';
import { SPECIAL_TOKENS, wordPieceTokenizer } from './wordpiece-tokenizer.js';

/**
 * A tiny BERT encoder for feature extraction: fixed pseudo-random token
 * vectors and no position information, so mean pooling makes a sentence's
 * vector independent of word order. Tests use that to check pooling and
 * padding wiring, never quality.
 */
export const TINY_EMBEDDING_HIDDEN_SIZE = 8;
export const TINY_EMBEDDING_WORDS = ['the', 'cat', 'sat', 'on', 'mat', 'dog', 'ran', 'far', 'away', 'a', '.'] as const;
const MAX_LENGTH = 128;

/** Park–Miller generator: the same "random" weights on every run. */
function seededValues(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647 - 0.5;
  };
}

export async function writeTinyEmbeddingModel(folder: string): Promise<void> {
  const hidden = TINY_EMBEDDING_HIDDEN_SIZE;
  const vocabulary = [...SPECIAL_TOKENS, ...TINY_EMBEDDING_WORDS];
  const next = seededValues(20240601);
  const wordEmbeddings = vocabulary.map(() => Array.from({ length: hidden }, next));
  const head = Array.from({ length: hidden }, () => Array.from({ length: hidden }, next));
  await writeModelFolder(folder, {
    'config.json': {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: vocabulary.length,
      hidden_size: hidden,
      max_position_embeddings: MAX_LENGTH,
    },
    ...wordPieceTokenizer(vocabulary, MAX_LENGTH),
    'onnx/model.onnx': tinyBertOnnx({ wordEmbeddings, hiddenSize: hidden, head, outputName: 'last_hidden_state', maxPositions: MAX_LENGTH }),
  });
}
