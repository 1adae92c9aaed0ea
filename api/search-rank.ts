/**
 * Ranking and snippets for search, pure so they are unit-tested without a
 * database. Hits from several lists (full-text and vector, entities and
 * segments) are fused by reciprocal rank: each list contributes 1/(k + rank),
 * which needs no calibration between Lucene scores and cosine similarities.
 */

export interface RankedHit<T> {
  key: string;
  item: T;
  fullTextScore: number | null;
  semanticScore: number | null;
  /** The fused score the list is ordered by. */
  score: number;
}

export interface ScoredList<T> {
  kind: 'fulltext' | 'semantic';
  hits: readonly { key: string; item: T; score: number }[];
}

/** The usual constant: damps the head of each list so one list cannot dominate. */
export const RRF_K = 60;

export function fuseByRank<T>(lists: readonly ScoredList<T>[]): RankedHit<T>[] {
  const fused = new Map<string, RankedHit<T>>();
  for (const list of lists) {
    list.hits.forEach((hit, rank) => {
      const entry = fused.get(hit.key) ?? { key: hit.key, item: hit.item, fullTextScore: null, semanticScore: null, score: 0 };
      entry.score += 1 / (RRF_K + rank + 1);
      if (list.kind === 'fulltext') entry.fullTextScore = Math.max(entry.fullTextScore ?? -Infinity, hit.score);
      else entry.semanticScore = Math.max(entry.semanticScore ?? -Infinity, hit.score);
      fused.set(hit.key, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

export interface Snippet {
  text: string;
  /** Matched terms as [start, end) offsets into `text`. */
  highlights: { start: number; end: number }[];
}

/** Query words worth highlighting: lower case, no Lucene syntax, at least two characters (one for CJK). */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 || /\p{Script=Han}/u.test(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function findMatches(text: string, terms: readonly string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const found: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      const before = at === 0 ? '' : (lower[at - 1] ?? '');
      // Word starts only ("cook" in "Cook's", not in "precooked"); CJK has no spaces, so any position counts.
      if (before && /[\p{L}\p{N}]/u.test(before) && !/\p{Script=Han}/u.test(term)) continue;
      let end = at + term.length;
      // Extend a prefix match to the end of its word: "coo" highlights "Cook".
      while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end] ?? '')) end++;
      found.push({ start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const m of found) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

/**
 * A window of at most `width` characters around the first match, cut at word
 * boundaries, with every match inside it marked. Without a match (a semantic
 * hit), the start of the text.
 */
export function snippet(text: string, terms: readonly string[], width = 200): Snippet {
  const matches = findMatches(text, terms);
  const first = matches[0];
  let start = 0;
  if (first && text.length > width) {
    start = Math.max(0, Math.min(first.start - Math.floor(width / 4), text.length - width));
    const space = text.lastIndexOf(' ', start);
    if (start > 0 && space !== -1 && start - space < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start, end: m.end - start }));
  return { text: text.slice(start, end), highlights };
}
