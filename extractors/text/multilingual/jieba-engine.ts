import { createRequire } from 'node:module';
import type * as JiebaModule from '@node-rs/jieba';
import type * as JiebaDict from '@node-rs/jieba/dict.js';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';

const requireFromHere = createRequire(import.meta.url);
let loaded: JiebaModule.Jieba | undefined;

/** One word of jieba's segmentation with its POS tag and offsets into the tagged text. */
export interface ChineseToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * Loads jieba with its bundled dictionary on first use: reading the 5 MB
 * dictionary must not happen when the registry is merely imported. `require`
 * keeps recognition synchronous, like the English recogniser.
 */
export function loadJieba(): JiebaModule.Jieba {
  if (loaded) return loaded;
  try {
    const { Jieba } = requireFromHere('@node-rs/jieba') as typeof JiebaModule;
    const { dict } = requireFromHere('@node-rs/jieba/dict.js') as typeof JiebaDict;
    loaded = Jieba.withDict(dict);
    return loaded;
  } catch (err) {
    throw new ExtractorError(ExtractorErrorCode.EngineMissing, '@node-rs/jieba could not be loaded', { cause: err });
  }
}

/** The installed @node-rs/jieba version (the package has no `exports` map, so its manifest is requirable). */
export function jiebaVersion(): string {
  const manifest = requireFromHere('@node-rs/jieba/package.json') as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/**
 * Segments and tags `text`, with offsets found by walking the words in
 * order. jieba returns every character of its input, so each word normally
 * starts where the previous one ended; the search is there so that a word it
 * ever rewrote shifts nothing after it. HMM is off: with it jieba glues
 * particles onto unknown names ("由萨姆"), which is worse for the rules
 * than the finer dictionary-only split.
 */
export function tagChinese(text: string, jieba: JiebaModule.Jieba = loadJieba()): ChineseToken[] {
  const tokens: ChineseToken[] = [];
  let cursor = 0;
  for (const { word, tag } of jieba.tag(text, false)) {
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0 || word.length === 0) continue;
    tokens.push({ word, tag, start, end: start + word.length });
    cursor = start + word.length;
  }
  return tokens;
}
