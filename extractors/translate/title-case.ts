/**
 * Apertium lower-cases words it translates inside names ("Unión Europea" →
 * "European union", "Mar Rojo" → "Red sea"). When the source was written as a
 * name, the translation is written as a name too.
 */

// Words English keeps lower case inside names ("Bank of America").
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'de', 'del', 'la', 'von', 'van']);

/** True when every word of length > 3 starts with a capital: "Unión Europea", "Banco de España". */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const significant = words.filter((w) => w.length > 3);
  return words.length > 0 && (significant.length > 0 ? significant : words).every((w) => /^\p{Lu}/u.test(w));
}

/** Capitalises each word except minor words after the first; never lowers a capital (keeps "UN", "McDonald"). */
export function toNameCase(text: string): string {
  let first = true;
  return text.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
    const keepLower = !first && MINOR_WORDS.has(word.toLowerCase());
    first = false;
    return keepLower ? word : word.charAt(0).toUpperCase() + word.slice(1);
  });
}
