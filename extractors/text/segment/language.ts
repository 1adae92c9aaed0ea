import { detectAll } from 'tinyld';

export interface LanguageGuess {
  /** ISO 639-1 (`en`, `es`, `zh`); ISO 639-3 for the few languages that have no two-letter code. */
  language: string;
  /** 0–1: how far the winner leads the runner-up, scaled down for short texts. */
  confidence: number;
}

/** Fewer letters than this in an alphabetic script is too little to tell languages apart. */
const MIN_LETTERS = 12;
/** Letters at which a clear statistical winner gets full confidence. */
const FULL_CONFIDENCE_LETTERS = 80;
/** Han characters needed to call a text Chinese: one could be a borrowed symbol. */
const MIN_HAN = 2;
/** CJK characters at which a script-based call gets full confidence. */
const FULL_CONFIDENCE_CJK = 12;
/** Share of the letters that must be in one East Asian script for it to decide. */
const SCRIPT_MAJORITY = 0.5;
/** Large texts are judged on evenly spread samples of this many characters in all. */
const SAMPLE_CHARS = 6000;
const SAMPLE_WINDOWS = 6;

interface ScriptCounts {
  letters: number;
  han: number;
  kana: number;
  hangul: number;
}

const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { letters: 0, han: 0, kana: 0, hangul: 0 };
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    counts.letters++;
    if (HAN.test(char)) counts.han++;
    else if (KANA.test(char)) counts.kana++;
    else if (HANGUL.test(char)) counts.hangul++;
  }
  return counts;
}

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const window = Math.floor(SAMPLE_CHARS / SAMPLE_WINDOWS);
  const step = Math.floor((text.length - window) / (SAMPLE_WINDOWS - 1));
  return Array.from({ length: SAMPLE_WINDOWS }, (_, i) => text.slice(i * step, i * step + window)).join('\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Chinese, Japanese and Korean are told apart by script, which is exact,
 * rather than by n-grams, which confuse zh and ja on short strings: kana
 * means Japanese, Hangul Korean, Han without kana Chinese (so a Japanese
 * string written only in kanji counts as Chinese).
 */
function byScript(counts: ScriptCounts): LanguageGuess | null {
  const cjk = counts.han + counts.kana + counts.hangul;
  if (cjk < counts.letters * SCRIPT_MAJORITY) return null;
  const share = cjk / counts.letters;
  const lengthFactor = Math.min(1, cjk / FULL_CONFIDENCE_CJK);
  if (counts.kana > 0 && counts.kana >= counts.hangul) return { language: 'ja', confidence: round(share * lengthFactor) };
  if (counts.hangul > counts.han) return { language: 'ko', confidence: round(share * lengthFactor) };
  if (counts.han >= MIN_HAN) return { language: 'zh', confidence: round(share * lengthFactor) };
  return null;
}

/** tinyld's scores are not probabilities; its lead over the runner-up is what tells. */
function byNgrams(text: string, letters: number): LanguageGuess | null {
  if (letters < MIN_LETTERS) return null;
  const [first, second] = detectAll(text);
  if (!first) return null;
  const lead = second ? first.accuracy / (first.accuracy + second.accuracy) : 1;
  return { language: first.lang, confidence: round(lead * Math.min(1, letters / FULL_CONFIDENCE_LETTERS)) };
}

/** The language of a text, or `null` when it is too short or has too few letters to tell. */
export function detectLanguage(text: string): LanguageGuess | null {
  const sampled = sample(text);
  const counts = countScripts(sampled);
  if (counts.letters === 0) return null;
  return byScript(counts) ?? byNgrams(sampled, counts.letters);
}
