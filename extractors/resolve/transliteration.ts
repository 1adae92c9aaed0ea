import type { EntityType } from '../../graph-schema/ontology.js';
import { isCjkKey, keyTokens, normalizeName } from './normalize.js';
import { jaroWinkler, nameSimilarity } from './similarity.js';

/**
 * The Latin spellings a name transliterated from another script may stand
 * for: one entry per part (安娜·韦伯 → 安娜, 韦伯), each a sequence of slots
 * of alternative spellings read in order. One slot when a dictionary lists the
 * part's spellings (`[['webb', 'webber', 'weber']]`), one per syllable when a
 * transliteration table reads it (`[['ba', 'va'], ['r', 'l'], ['ga', 'ja'], ['s', 'z']]`).
 */
export type TransliterationSpellings = readonly (readonly (readonly string[])[])[];

/** Only this many full readings of a part are tried against a near-miss token; exact spellings are found without enumerating. */
const MAX_FUZZY_READINGS = 64;

/** One spelling per slot, concatenated, equals `token` ("webb"+"er"… or "va"+"r"+"ga"+"s" = "vargas"). */
export function spells(token: string, part: readonly (readonly string[])[]): boolean {
  let reached = new Set([0]);
  for (const slot of part) {
    const next = new Set<number>();
    for (const at of reached) for (const spelling of slot) if (spelling && token.startsWith(spelling, at)) next.add(at + spelling.length);
    if (next.size === 0) return false;
    reached = next;
  }
  return reached.has(token.length);
}

/**
 * The reading of a transliterated name that comes closest to one Latin key:
 * each part reads as a token of the key it can spell exactly, else as its
 * reading most like any of the key's tokens. The result is then compared
 * with the key by the ordinary name similarity, so the romanised name meets
 * the same thresholds as any other name.
 */
export function readAgainst(spellings: TransliterationSpellings, key: string, type: EntityType): string {
  const tokens = keyTokens(key);
  const used = new Set<number>();
  const words = spellings.map((raw) => {
    const part = raw.map((slot) => slot.map((s) => normalizeName(s, type).replace(/\s+/g, '')));
    const exact = tokens.findIndex((token, i) => !used.has(i) && spells(token, part));
    if (exact >= 0) {
      used.add(exact);
      return tokens[exact] as string;
    }
    let best = { reading: readings(part, 1)[0] ?? '', score: -1 };
    for (const reading of readings(part, MAX_FUZZY_READINGS)) {
      for (const token of tokens) {
        const score = jaroWinkler(reading, token);
        if (score > best.score) best = { reading, score };
      }
    }
    return best.reading;
  });
  return words.filter(Boolean).join(' ');
}

/** The best romanisation of `spellings` against any Latin key of a candidate, with its similarity. */
export function closestReading(
  spellings: TransliterationSpellings,
  keys: Iterable<string>,
  type: EntityType,
): { reading: string; key: string; score: number } | undefined {
  let best: { reading: string; key: string; score: number } | undefined;
  for (const key of keys) {
    if (isCjkKey(key) || keyTokens(key).length === 0) continue;
    const reading = readAgainst(spellings, key, type);
    const score = reading ? nameSimilarity(reading, key) : 0;
    if (!best || score > best.score) best = { reading, key, score };
  }
  return best;
}

/**
 * A few whole words per part to look candidates up by (the full-text search
 * matches words, not spelling patterns): every listed spelling of a
 * dictionary part, the usual reading of a table part.
 */
export function lookupSpellings(spellings: TransliterationSpellings, max = 6): string[] {
  return spellings.flatMap((part) => (part.length === 1 ? (part[0] ?? []).slice(0, max) : readings(part, 1))).filter((w) => [...w].length >= 3);
}

/** Up to `limit` readings of a part, first spellings first (the usual reading is the first). */
function readings(part: readonly (readonly string[])[], limit: number): string[] {
  let out = [''];
  for (const slot of part) {
    const next: string[] = [];
    for (const prefix of out) {
      for (const spelling of slot) {
        next.push(prefix + spelling);
        if (next.length >= limit) break;
      }
      if (next.length >= limit) break;
    }
    out = next;
  }
  return out.filter(Boolean);
}
