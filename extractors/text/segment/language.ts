// eld's statically bundled medium database: no fetch, about 0.7 s and 70 MB of heap to load, against 1.5–2 s
// and 155 MB for `eld/large`, which is only slightly more accurate here. It loads at import, as tinyld did:
// `detectLanguage` is synchronous, and eld's data is an ES module that cannot be loaded on first use synchronously.
import { eld } from 'eld/medium';

export interface LanguageGuess {
  /** ISO 639-1 (`en`, `es`, `zh`): all of eld's 60 languages have a two-letter code. */
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

/**
 * eld reads only the first ~350 UTF-8 bytes of what it is given, so longer
 * texts are cut, between words, into pieces it reads whole.
 */
const PIECE_BYTES = 320;
/**
 * Relative lead of the winner's score over the runner-up's that earns full
 * confidence. Right answers on the sample corpus and the synthetic bench docs
 * lead by 0.03–0.35 (median 0.2 in English, 0.13 in Spanish, which is close
 * to Catalan and Portuguese); every wrong one led by under 0.025.
 */
const FULL_CONFIDENCE_LEAD = 0.15;

/** A private instance, so no other importer's language subset or clean-up setting reaches it. */
const detector = eld.newInstance();
const encoder = new TextEncoder();

function pieces(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const word of text.split(/\s+/u)) {
    if (!word) continue;
    const size = encoder.encode(word).length + 1;
    if (bytes + size > PIECE_BYTES && current) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current = current ? `${current} ${word}` : word;
    bytes += size;
  }
  if (current) out.push(current);
  return out;
}

/**
 * eld's scores (0–1 per language) are averaged over the pieces, weighted by
 * their length. Confidence is the winner's relative lead over the runner-up,
 * times the share of the text eld itself calls reliable, scaled down for
 * short texts. (`isReliable()` in eld 2.1.0 checks for enough n-grams and a
 * score near what a right answer usually gets; its own lead check compares
 * the score with the runner-up's language index, so never fires: hence the
 * lead computed here.)
 */
function byNgrams(text: string, letters: number): LanguageGuess | null {
  if (letters < MIN_LETTERS) return null;
  const totals = new Map<string, number>();
  let weight = 0;
  let reliableWeight = 0;
  for (const piece of pieces(text)) {
    const result = detector.detect(piece);
    if (!result.language) continue;
    const pieceWeight = piece.length;
    weight += pieceWeight;
    if (result.isReliable()) reliableWeight += pieceWeight;
    for (const [language, score] of Object.entries(result.getScores())) totals.set(language, (totals.get(language) ?? 0) + score * pieceWeight);
  }
  const [first, second] = [...totals].sort((a, b) => b[1] - a[1]);
  if (!first || weight === 0) return null;
  const lead = second ? (first[1] - second[1]) / first[1] : 1;
  const leadFactor = Math.min(1, lead / FULL_CONFIDENCE_LEAD);
  const lengthFactor = Math.min(1, letters / FULL_CONFIDENCE_LETTERS);
  return { language: first[0], confidence: round(leadFactor * (reliableWeight / weight) * lengthFactor) };
}

/** The language of a text, or `null` when it is too short or has too few letters to tell. */
export function detectLanguage(text: string): LanguageGuess | null {
  const sampled = sample(text);
  const counts = countScripts(sampled);
  if (counts.letters === 0) return null;
  return byScript(counts) ?? byNgrams(sampled, counts.letters);
}
