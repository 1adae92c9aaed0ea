/**
 * Several texts in one Apertium call. Starting the pipeline (nine processes,
 * dictionaries mapped from disk) costs far more than translating a sentence,
 * so texts are joined with a numbered marker and split again afterwards.
 *
 * Why this marker: a single newline is NOT a boundary for Apertium (it
 * reorders words across it: "Vi la casa\nroja" → "I saw the red\nhouse"),
 * but a blank line is, and `§§n§§` is punctuation plus digits, which every
 * pair passes through untouched. Both facts are checked by the tests against
 * the installed engine. The numbers let `splitBatch` prove nothing moved or
 * vanished; when the proof fails the caller translates one text per call.
 */

const marker = (index: number) => `§§${index}§§`;
const MARKER_LINE = /[ \t]*\n*[ \t]*§§(\d+)§§[ \t]*\n*/g;
const ANY_MARKER = /§§\d+§§/;

/** True when a text could be confused with a marker, so it must go alone. */
export function collidesWithMarker(text: string): boolean {
  return ANY_MARKER.test(text);
}

export function joinBatch(texts: readonly string[]): string {
  return texts.map((text, i) => (i === 0 ? text : `\n\n${marker(i - 1)}\n\n${text}`)).join('');
}

/** Splits translated output back into `count` texts, or null when the markers did not survive intact and in order. */
export function splitBatch(output: string, count: number): string[] | null {
  const parts: string[] = [];
  let last = 0;
  let expected = 0;
  for (const match of output.matchAll(MARKER_LINE)) {
    if (Number(match[1]) !== expected) return null;
    parts.push(output.slice(last, match.index).trim());
    last = match.index + match[0].length;
    expected += 1;
  }
  parts.push(output.slice(last).trim());
  return parts.length === count ? parts : null;
}
