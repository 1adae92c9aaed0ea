import { writeModelFolder } from './model-folder.js';
import { tinyDecoderOnnx, tinyEncoderOnnx } from './tiny-seq2seq-graph.js';
import { SPECIAL_TOKENS, wordPieceTokenizer } from './wordpiece-tokenizer.js';

/**
 * A tiny Marian-style "translator" that knows one word per sentence: each
 * source word below is wired to its target word, and every target word to
 * end-of-sequence. Enough to prove the real seq2seq loading, generation and
 * decoding path runs; nothing about translation quality.
 */
export const TINY_DICTIONARY = { hello: 'hola', cat: 'gato', house: 'casa' } as const;

const MAX_LENGTH = 64;
/** Marian starts decoding from the pad token and stops at EOS; [SEP] plays EOS here. */
const PAD_ID = 0;
const EOS_ID = SPECIAL_TOKENS.indexOf('[SEP]');
/** Logit margin for a wired choice; anything positive beats the zeros elsewhere. */
const STRENGTH = 5;

export async function writeTinyTranslationModel(folder: string): Promise<void> {
  const vocabulary = [...SPECIAL_TOKENS, ...Object.keys(TINY_DICTIONARY), ...Object.values(TINY_DICTIONARY)];
  const size = vocabulary.length;
  const idOf = (token: string) => vocabulary.indexOf(token);
  const zeros = () => new Array<number>(size).fill(0);
  const oneHot = (id: number) => zeros().map((_, i) => (i === id ? STRENGTH : 0));

  const targetOf = new Map<string, string>(Object.entries(TINY_DICTIONARY));
  const sourceToTarget = vocabulary.map((token) => {
    const target = targetOf.get(token);
    return target ? oneHot(idOf(target)) : zeros();
  });
  // Every token but the start token leads to EOS; the start token reads the source instead.
  const successor = vocabulary.map((_, id) => (id === PAD_ID ? zeros() : oneHot(EOS_ID)));
  const gate = vocabulary.map((_, id) => (id === PAD_ID ? 1 : 0));

  await writeModelFolder(folder, {
    'config.json': {
      model_type: 'marian',
      architectures: ['MarianMTModel'],
      is_encoder_decoder: true,
      vocab_size: size,
      d_model: size,
      encoder_layers: 1,
      decoder_layers: 1,
      encoder_attention_heads: 1,
      decoder_attention_heads: 1,
      max_position_embeddings: MAX_LENGTH,
      pad_token_id: PAD_ID,
      eos_token_id: EOS_ID,
      decoder_start_token_id: PAD_ID,
      forced_eos_token_id: EOS_ID,
    },
    ...wordPieceTokenizer(vocabulary, MAX_LENGTH),
    'onnx/encoder_model.onnx': tinyEncoderOnnx({ sourceToTarget, successor, gate }),
    'onnx/decoder_model_merged.onnx': tinyDecoderOnnx({ sourceToTarget, successor, gate }),
  });
}
