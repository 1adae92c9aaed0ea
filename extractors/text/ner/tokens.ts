/** A word (run of letters, marks and digits) or a single punctuation character, with offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Splits punctuation into its own tokens so that "Apple's", "Munich-based"
 * and "(Berlin)" still expose the name, and so a phrase matches whatever
 * whitespace separates its words in the text.
 */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Curly and straight apostrophes compare equal. */
export function tokenKey(token: string): string {
  return token === '\u2019' ? "'" : token;
}
