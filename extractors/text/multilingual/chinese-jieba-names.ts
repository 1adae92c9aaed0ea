import type { ChineseSegmentation } from './chinese-segmentation.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

/**
 * jieba's own proper-noun tags, kept only where they are usable: `nt`
 * (organisation, e.g. "清华大学", "中国科学院") and `ns` (place) of two or more
 * characters. Its person tags (nr, nrt) are left out: it tags "马德里" and
 * "柏林" as people and "阿里巴巴" as a transliterated name, and the surname
 * and "·" rules do better. Single-character ns ("东" of "刘强东") is noise.
 * These are the lowest-ranked source: any rule's longer span replaces them.
 */
/** Words jieba's dictionary tags as places that are ordinary words in news ("上市": to go public, "王国": kingdom). */
const NOT_PLACES = new Set(['上市', '东方', '中华', '王国']);
/**
 * "非" (non-) before a word makes a kind, not a name: jieba tags "非营利" as a
 * place and "非政府" as an organisation. 非洲 (Africa) is the exception.
 */
const NEGATED_KIND = /^非(?!洲)/u;

export function findJiebaProperNouns(segmentation: ChineseSegmentation): MultilingualMention[] {
  const mentions: MultilingualMention[] = [];
  for (const token of segmentation.tokens) {
    if (NEGATED_KIND.test(token.word)) continue;
    if (token.tag === 'nt') {
      mentions.push({ ...span(token), type: 'Organization', confidence: ML_CONFIDENCE.jiebaOrganization, engine: 'pattern', rule: 'jieba-organization' });
    } else if (token.tag === 'ns' && token.word.length >= 2 && !NOT_PLACES.has(token.word)) {
      mentions.push({ ...span(token), type: 'Location', confidence: ML_CONFIDENCE.jiebaPlace, engine: 'pattern', rule: 'jieba-place' });
    }
  }
  return mentions;
}

function span(token: { start: number; end: number; word: string }): { start: number; end: number; text: string } {
  return { start: token.start, end: token.end, text: token.word };
}
