import { keyTokens } from './normalize.js';

// Skipped when forming an acronym: "Organización de las Naciones Unidas" → ONU.
const FUNCTION_WORDS = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'des', 'du', 'le', 'les', 'et', 'der', 'die', 'das', 'und', 'fur', 'da', 'do', 'dos', 'di',
]);

/** True when a surface form is written as an acronym: "UN", "U.N.", "NATO", "IBM" (2–6 capitals). */
export function looksLikeAcronym(surface: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(surface.replace(/\./g, '').trim());
}

/**
 * The acronyms a normalised multi-word key may be shortened to: initials
 * without function words ("united nations" → "un", "organizacion de las
 * naciones unidas" → "onu") and with them ("bank of america" → "boa").
 */
export function acronymsOf(key: string): Set<string> {
  const tokens = keyTokens(key);
  if (tokens.length < 2) return new Set();
  const initials = (words: readonly string[]) => words.map((w) => w.charAt(0)).join('');
  return new Set([initials(tokens.filter((t) => !FUNCTION_WORDS.has(t))), initials(tokens)].filter((a) => a.length >= 2));
}
