import type { MultilingualMention } from './types.js';

/** A Latin-script name in full- or half-width brackets right after a mention: "（Elena Vargas）". */
const BRACKETED_LATIN = /^\s*[（(]\s*(\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N} .,'’&-]*?)\s*[）)]/u;
/** Longer than any bracketed name; bounds the look-ahead so long texts stay linear. */
const LOOK_AHEAD_CHARS = 120;
const NAMED_TYPES = new Set(['Person', 'Organization', 'Location', 'Product', 'Event', 'Work']);

/**
 * Records the bracketed Latin name after each named mention as its
 * `latinAlias`, and drops any mention found inside such brackets: "谷歌（Google）"
 * is one entity with two names, not two entities that co-occur.
 */
export function attachLatinAliases(text: string, mentions: readonly MultilingualMention[]): MultilingualMention[] {
  const aliased: MultilingualMention[] = [];
  const aliasSpans: { start: number; end: number }[] = [];
  for (const mention of mentions) {
    if (aliasSpans.some((span) => mention.start >= span.start && mention.end <= span.end)) continue;
    const match = NAMED_TYPES.has(mention.type) ? BRACKETED_LATIN.exec(text.slice(mention.end, mention.end + LOOK_AHEAD_CHARS)) : null;
    const alias = match?.[1];
    if (!match || alias === undefined) {
      aliased.push(mention);
      continue;
    }
    const start = mention.end + match[0].indexOf(alias);
    const span = { start, end: start + alias.length, text: alias };
    aliasSpans.push(span);
    aliased.push({ ...mention, latinAlias: span });
  }
  return aliased;
}
