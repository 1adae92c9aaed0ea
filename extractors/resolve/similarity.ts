import { ResolveError, ResolveErrorCode } from './errors.js';
import { isCjkKey, keyTokens } from './normalize.js';

/**
 * String and vector similarities in [0, 1] for entity resolution. All string
 * functions expect normalised keys (see `normalizeName`) and work on code
 * points, so Chinese characters count as one each.
 */

/** Jaro similarity: matching characters within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0 && t.length === 0) return 1;
  if (s.length === 0 || t.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1);
  const sMatched = new Array<boolean>(s.length).fill(false);
  const tMatched = new Array<boolean>(t.length).fill(false);
  let matches = 0;
  for (let i = 0; i < s.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(t.length, i + window + 1); j += 1) {
      if (tMatched[j] || s[i] !== t[j]) continue;
      sMatched[i] = tMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (!sMatched[i]) continue;
    while (!tMatched[k]) k += 1;
    if (s[i] !== t[k]) transpositions += 1;
    k += 1;
  }
  return (matches / s.length + matches / t.length + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler: Jaro boosted by a shared prefix of up to 4 characters (scaling 0.1, the standard value). */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  const s = [...a];
  const t = [...b];
  let prefix = 0;
  while (prefix < 4 && prefix < s.length && s[prefix] === t[prefix]) prefix += 1;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/** Dice coefficient over the two keys' token sets: 1 when they hold the same words in any order. */
export function tokenSetSimilarity(a: string, b: string): number {
  const s = new Set(keyTokens(a));
  const t = new Set(keyTokens(b));
  if (s.size === 0 && t.size === 0) return 1;
  let shared = 0;
  for (const token of s) if (t.has(token)) shared += 1;
  return (2 * shared) / (s.size + t.size);
}

/** Dice coefficient over character bigrams; for Chinese keys, which have no word boundaries. */
export function bigramSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const chars = [...text];
    return chars.length < 2 ? [text] : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  };
  const s = grams(a);
  const t = grams(b);
  const unmatched = [...t];
  let shared = 0;
  for (const gram of s) {
    const at = unmatched.indexOf(gram);
    if (at < 0) continue;
    shared += 1;
    unmatched.splice(at, 1);
  }
  return (2 * shared) / (s.length + t.length);
}

/**
 * How alike two names are, tolerant of a typo but not of a different word:
 * each token is matched to its most similar token on the other side
 * (Jaro-Winkler), the weakest match counts, in both directions. So
 * "angela merkel" ~ "angela merkl" scores 0.967 (the typo), "jon smith" ~
 * "john smith" 0.933, and "apple" vs "apple records" 0, since "records"
 * matches nothing: whole-string Jaro-Winkler would give 0.88 there, and its
 * prefix bonus is exactly the wrong instinct for company names. Chinese keys
 * (no word boundaries) use character bigrams instead.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (isCjkKey(a) || isCjkKey(b)) return bigramSimilarity(a, b);
  const s = keyTokens(a);
  const t = keyTokens(b);
  if (s.length === 0 || t.length === 0) return 0;
  return Math.min(weakestMatch(s, t), weakestMatch(t, s));
}

function weakestMatch(from: readonly string[], to: readonly string[]): number {
  return Math.min(...from.map((token) => Math.max(...to.map((other) => jaroWinkler(token, other)))));
}

/** Cosine similarity of two embeddings; throws `ResolveError` when their lengths differ (different models). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) {
    throw new ResolveError(ResolveErrorCode.DimensionMismatch, `embeddings of different lengths (${a.length} and ${b.length}) cannot be compared`);
  }
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
