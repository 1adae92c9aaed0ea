import chardet from 'chardet';
import iconv from 'iconv-lite';

/** chardet's confidence (0–100) below which a guess is not even tried. */
const MIN_CONFIDENCE = 20;
/** Tolerated share of undecodable or control characters among the non-ASCII ones. */
const MAX_BAD_RATIO = 0.005;
/** Share of non-ASCII characters that must be letters (or typographic punctuation). */
const MIN_LETTER_RATIO = 0.8;
/** Longest run of non-ASCII characters in a Latin-script text: accents sit inside ASCII words. */
const MAX_LATIN_RUN = 3;

const LATIN_SINGLE_BYTE = new Set([
  'windows-1250', 'windows-1252', 'windows-1254', 'windows-1257', 'windows-1258',
  'iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-9', 'iso-8859-10',
  'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16',
]);

// WHATWG decodes ISO-8859-1 as windows-1252: files labelled Latin-1 use
// 0x80–0x9F for curly quotes and dashes, not for C1 controls.
const ALIASES: Record<string, string> = { 'iso-8859-1': 'windows-1252', 'us-ascii': 'windows-1252' };

const ACCEPTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{Zs}€£¥©®°±×÷§¶™•…]/u;
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;

export interface LegacyDecoding {
  text: string;
  encoding: string;
}

function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES[lower] ?? lower;
}

/** Undecodable bytes (U+FFFD) and control characters other than whitespace and ESC. */
function isBad(code: number): boolean {
  return (
    code === 0xfffd ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b) ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** Whether `text`, decoded as `encoding`, reads like real text. */
function isPlausible(text: string, encoding: string): boolean {
  let nonAscii = 0;
  let bad = 0;
  let acceptable = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const badChar = isBad(code);
    if (code < 0x80 && !badChar) continue;
    nonAscii++;
    if (badChar) bad++;
    else if (ACCEPTABLE.test(char)) acceptable++;
  }
  if (nonAscii === 0) return true;
  if (bad / nonAscii > MAX_BAD_RATIO) return false;
  if (acceptable / nonAscii < MIN_LETTER_RATIO) return false;
  if (LATIN_SINGLE_BYTE.has(encoding)) {
    for (const run of text.matchAll(NON_ASCII_RUN)) if (run[0].length > MAX_LATIN_RUN) return false;
  }
  return true;
}

function decodeAs(bytes: Uint8Array, encoding: string): LegacyDecoding | null {
  if (!iconv.encodingExists(encoding)) return null;
  const text = iconv.decode(bytes, encoding);
  return isPlausible(text, encoding) ? { text, encoding } : null;
}

/**
 * Decodes bytes that are not UTF-8, when they plausibly are another
 * encoding: the declared charset if any, else chardet's guesses from most to
 * least confident, else windows-1252 (the usual culprit, and too short a text
 * defeats chardet). A guess counts only if the result has no undecodable or
 * control characters and its non-ASCII characters are mostly letters, so
 * binary noise and damaged files are not turned into mojibake.
 */
export function decodeLegacy(bytes: Uint8Array, declaredCharset?: string): LegacyDecoding | null {
  if (declaredCharset !== undefined) {
    const declared = canonicalName(declaredCharset);
    if (!declared.startsWith('utf')) {
      const decoded = decodeAs(bytes, declared);
      if (decoded) return decoded;
    }
  }
  const guesses = chardet
    .analyse(bytes)
    .filter((guess) => guess.confidence >= MIN_CONFIDENCE)
    .map((guess) => ({ encoding: canonicalName(guess.name), confidence: guess.confidence }))
    .filter((guess) => !guess.encoding.startsWith('utf') && guess.encoding !== 'ascii')
    // chardet often ties Latin-1 with Latin-2; Western European text is the likelier.
    .sort((a, b) => b.confidence - a.confidence || Number(b.encoding === 'windows-1252') - Number(a.encoding === 'windows-1252'));
  for (const guess of guesses) {
    const decoded = decodeAs(bytes, guess.encoding);
    if (decoded) return decoded;
  }
  return decodeAs(bytes, 'windows-1252');
}

/** chardet's best guess, for error messages. */
export function bestGuess(bytes: Uint8Array): string | undefined {
  const top = chardet.analyse(bytes).find((guess) => !guess.name.startsWith('UTF') && guess.name !== 'ASCII');
  return top ? `${top.name}, ${top.confidence}% confident` : undefined;
}
