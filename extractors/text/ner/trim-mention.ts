import type { EntityMention } from './types.js';

/** Abbreviations whose final period belongs to the name ("Apple Inc.", "Martin Luther King Jr."). */
const KEEPS_PERIOD = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'Bros', 'Mfg', 'Intl']);
const LEADING_JUNK = /^[\s"'“”‘’«»([{<*_-]+/u;
const TRAILING_JUNK = /[\s"'“”‘’«»)\]}>*_,;:!?-]+$/u;
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;
/** "U.S." and "S.A.": single letters each followed by a period. */
const DOTTED_INITIALS = /(?:^|[\s(])(?:\p{L}\.)+$/u;

/**
 * Trims what the engines drag into a span but is not part of the name:
 * quotes, brackets, trailing commas, a sentence-final period and a
 * possessive "'s". Returns `undefined` when nothing is left.
 */
export function trimMention(text: string, mention: EntityMention): EntityMention | undefined {
  let { start, end } = mention;
  for (;;) {
    const before = [start, end];
    const span = text.slice(start, end);
    const leading = LEADING_JUNK.exec(span);
    if (leading) start += leading[0].length;
    const rest = text.slice(start, end);
    // A gazetteer name ending in "'s" ("McDonald's") is the name itself.
    const trailing = TRAILING_JUNK.exec(rest) ?? (mention.engine === 'gazetteer' ? null : POSSESSIVE.exec(rest));
    if (trailing) end -= trailing[0].length;
    else if (rest.endsWith('.') && !keepsPeriod(rest)) end -= 1;
    if (start >= end) return undefined;
    if (before[0] === start && before[1] === end) break;
  }
  if (start === mention.start && end === mention.end) return mention;
  return { ...mention, start, end, text: text.slice(start, end) };
}

function keepsPeriod(span: string): boolean {
  if (DOTTED_INITIALS.test(span)) return true;
  const lastWord = /([\p{L}]+)\.$/u.exec(span)?.[1];
  return lastWord !== undefined && KEEPS_PERIOD.has(lastWord);
}
