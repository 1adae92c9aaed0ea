import type { Span } from '../base/contract.js';

// A period after these is not a sentence end ("Sr. García", "Apple Inc. dijo").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'sra', 'srta', 'dra', 'd', 'dña', 'mme', 'mlle', 'm', 'hr', 'fr',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'núm', 'art', 'pág', 'p', 'ee', 'uu', 'eeuu',
]);

const LATIN_END = /[.!?…]+["'”’»)\]]*/gu;
const CJK_END = /[。！？]+[”’」』）]*/gu;
const PARAGRAPH = /\n\s*\n/g;

/**
 * Splits text into sentence spans with offsets into it (end exclusive),
 * whitespace between sentences left out. Deliberately simple: sentences are
 * the unit of batching and of mapping pivot offsets back, so a missed split
 * costs alignment precision, never text.
 */
export function splitSentences(text: string): Span[] {
  const cuts = new Set<number>([0, text.length]);
  for (const match of text.matchAll(PARAGRAPH)) cuts.add(match.index).add(match.index + match[0].length);
  for (const match of text.matchAll(CJK_END)) cuts.add(match.index + match[0].length);
  for (const match of text.matchAll(LATIN_END)) {
    const end = match.index + match[0].length;
    const next = text.slice(end).match(/^\s+(.)/u)?.[1];
    const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(0, match.index))?.[1] ?? '';
    const isAbbreviation = match[0].startsWith('.') && (ABBREVIATIONS.has(wordBefore.toLowerCase().replace(/\./g, '')) || /^\p{L}$/u.test(wordBefore) || wordBefore.includes('.'));
    if (next !== undefined && /[\p{Lu}\d¿¡"“«'‘(\p{Script=Han}]/u.test(next) && !isAbbreviation) cuts.add(end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const span = trimSpan(text, sorted[i] ?? 0, sorted[i + 1] ?? text.length);
    if (span) spans.push(span);
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}
