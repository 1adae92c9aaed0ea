import type { TranscriptWord } from './transcript.js';

/** `word start end confidence`, as `pocketsphinx_continuous -time yes` prints each word (times in seconds). */
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/u;

/**
 * Fillers the en-us model emits that are not words: sentence marks `<s>`
 * `</s>`, silence `<sil>`, noise classes `[NOISE]` `[SPEECH]` `[BREATH]`
 * (older models spell them `++NOISE++`).
 */
export function isFiller(token: string): boolean {
  return /^<.*>$/u.test(token) || /^\[.*\]$/u.test(token) || /^\+\+.*\+\+$/u.test(token);
}

/** `was(2)` is the dictionary's second pronunciation of "was". */
export function stripPronunciationVariant(token: string): string {
  return token.replace(/\(\d+\)$/u, '');
}

/**
 * Words from `pocketsphinx_continuous -time yes` output, fillers dropped and
 * times shifted by `offsetMs`. The hypothesis lines that precede each
 * utterance's words repeat them without times and are ignored.
 */
export function parsePocketsphinxWords(stdout: string, offsetMs = 0): TranscriptWord[] {
  const words: TranscriptWord[] = [];
  for (const line of stdout.split('\n')) {
    const match = WORD_LINE.exec(line.trim());
    if (!match?.[1] || isFiller(match[1])) continue;
    words.push({
      word: stripPronunciationVariant(match[1]),
      startMs: Math.round(Number(match[2]) * 1000) + offsetMs,
      endMs: Math.round(Number(match[3]) * 1000) + offsetMs,
      confidence: Math.min(1, Math.max(0, Number(match[4]))),
    });
  }
  return words;
}
