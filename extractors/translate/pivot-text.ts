import type { Span } from '../base/contract.js';

/** One sentence: where it is in the original text and where its translation is in the pivot text. */
export interface AlignedSentence {
  source: Span;
  pivot: Span;
}

/** Where a pivot-text span came from in the original text. */
export interface SourceLocation extends Span {
  /** True when the mention's words were found in the original; false when only its sentence is known. */
  exact: boolean;
  sentence: Span;
}

/** Joins translated sentences into one pivot text, one space apart, remembering both offsets of each. */
export function buildPivotText(sources: readonly Span[], translations: readonly string[]): { text: string; sentences: AlignedSentence[] } {
  let text = '';
  const sentences: AlignedSentence[] = [];
  sources.forEach((source, i) => {
    const translated = translations[i] ?? '';
    if (text !== '') text += ' ';
    const start = text.length;
    text += translated;
    sentences.push({ source, pivot: { start, end: text.length, text: translated } });
  });
  return { text, sentences };
}

/**
 * Maps a span found in the pivot text (say an NER mention "Madrid") back to
 * offsets in the original text. Exact when the same words, or one of the
 * given source-language names (e.g. "Pekín" for "Peking"), occur in the
 * original sentence; otherwise the whole sentence, marked inexact, so a
 * mention never points at text it did not come from.
 */
export function locateInSource(
  sentences: readonly AlignedSentence[],
  pivotSpan: { start: number; end: number; text: string },
  sourceNames: readonly string[] = [],
): SourceLocation | undefined {
  const sentence = sentences.find((s) => pivotSpan.start >= s.pivot.start && pivotSpan.start < s.pivot.end);
  if (!sentence) return undefined;
  for (const name of [pivotSpan.text, ...sourceNames]) {
    const at = indexOfWords(sentence.source.text, name);
    if (at >= 0) {
      const start = sentence.source.start + at;
      return { start, end: start + name.length, text: sentence.source.text.slice(at, at + name.length), exact: true, sentence: sentence.source };
    }
  }
  return { ...sentence.source, exact: false, sentence: sentence.source };
}

/** Case-insensitive search that only matches whole words (not "Madrid" inside "Madrileño"); Chinese has no word boundaries to check. */
function indexOfWords(haystack: string, needle: string): number {
  if (needle.trim() === '') return -1;
  if (/\p{Script=Han}/u.test(needle)) return haystack.indexOf(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(haystack);
  return match ? match.index : -1;
}
