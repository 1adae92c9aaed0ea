/**
 * `tokenizer.json` and `tokenizer_config.json` for an uncased BERT WordPiece
 * tokenizer over a hand-picked vocabulary, in the format the Hugging Face
 * `tokenizers` library writes (which transformers.js reads).
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export interface TokenizerFiles {
  'tokenizer.json': unknown;
  'tokenizer_config.json': unknown;
}

function addedToken(content: string, id: number) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

function specialTokenRef(token: string, vocab: ReadonlyMap<string, number>) {
  return { id: token, ids: [vocab.get(token)], tokens: [token] };
}

/** `vocabulary` must start with SPECIAL_TOKENS in that order; ids are positions. */
export function wordPieceTokenizer(vocabulary: readonly string[], maxLength: number): TokenizerFiles {
  SPECIAL_TOKENS.forEach((token, id) => {
    if (vocabulary[id] !== token) throw new Error(`vocabulary[${id}] must be ${token}`);
  });
  const vocab = new Map(vocabulary.map((token, id) => [token, id]));
  const cls = { SpecialToken: { id: '[CLS]', type_id: 0 } };
  const sep = (typeId: number) => ({ SpecialToken: { id: '[SEP]', type_id: typeId } });
  const tokenizerJson = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token, id) => addedToken(token, id)),
    // Uncased BERT: lower-case and strip accents, so offsets must be mapped back to the raw text.
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [cls, { Sequence: { id: 'A', type_id: 0 } }, sep(0)],
      pair: [cls, { Sequence: { id: 'A', type_id: 0 } }, sep(0), { Sequence: { id: 'B', type_id: 1 } }, sep(1)],
      special_tokens: { '[CLS]': specialTokenRef('[CLS]', vocab), '[SEP]': specialTokenRef('[SEP]', vocab) },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab),
    },
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: maxLength,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  };
  return { 'tokenizer.json': tokenizerJson, 'tokenizer_config.json': tokenizerConfig };
}
