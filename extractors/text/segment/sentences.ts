import type { Span } from '../../base/contract.js';
import { abbreviationKind } from './abbreviations.js';

export { chunkSentences, type ChunkOptions } from './chunk-sentences.js';

export interface SplitOptions {
  /**
   * `hard`: every line break ends a sentence (text from HTML or Markdown,
   * where lines are blocks). `auto` (default): a single line break inside
   * wrapped prose (plain text, PDF lines) is a space, but one before a list
   * item, after a short line (a heading) or before a capital after a short
   * line ends the sentence. A blank line always does.
   */
  lineBreaks?: 'auto' | 'hard';
}

/** How far around a terminator to look for quotes, openers and the abbreviation before it. */
const LOOK_AROUND = 32;
/** Lines at least this long are taken for wrapped prose rather than headings. */
const WRAPPED_LINE_MIN = 40;
const LIST_ITEM = /^\s*(?:[-*+•◦▪‣–—]|\d{1,3}[.)]|[a-zA-Z][.)]|#{1,6})\s/u;
const ENDS_SENTENCE = /[.!?。！？…]["'”’»)\]]*\s*$/u;

// CJK enders end a sentence whatever follows; Latin ones need a look around.
const TERMINATOR = /(?<cjk>[。！？；｡]+)|(?<latin>[.!?‼⁇⁈⁉…]+)/gu;
const CLOSERS = /^["'\p{Pe}\p{Pf}」』】〕〉》）]*/u;
const OPENERS = /^[\s"'\p{Ps}\p{Pi}¿¡]*/u;
const TOKEN_BEFORE = /[\p{L}\p{M}.]*$/u;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
/** Round and square brackets, full-width and ASCII, whose inside never ends a sentence. */
const BRACKET_PAIRS: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】', '〔': '〕' };
const BRACKET_CLOSERS = new Set(Object.values(BRACKET_PAIRS));
/** How far back an unclosed bracket still holds a terminator; a stray "(" must not swallow a whole block. */
const BRACKET_REACH = 120;

function isHardLineBreak(previous: string, next: string, mode: 'auto' | 'hard'): boolean {
  if (mode === 'hard' || LIST_ITEM.test(next)) return true;
  if (LOWER.test(next.trimStart()[0] ?? '')) return false;
  return previous.trim().length < WRAPPED_LINE_MIN && !ENDS_SENTENCE.test(previous);
}

/** Ranges of text between hard breaks. */
function blocks(text: string, mode: 'auto' | 'hard'): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let blockStart = -1;
  let previousLine = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (blockStart !== -1) result.push([blockStart, lineStart]);
      blockStart = -1;
    } else if (blockStart === -1) {
      blockStart = lineStart;
    } else if (isHardLineBreak(previousLine, line, mode)) {
      result.push([blockStart, lineStart]);
      blockStart = lineStart;
    }
    previousLine = line;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (blockStart !== -1) result.push([blockStart, text.length]);
  return result;
}

/** Whether the Latin terminator `mark`, ending at `end` (closers included), ends a sentence. */
function endsSentence(text: string, markStart: number, mark: string, end: number, blockEnd: number, language: string): boolean {
  if (end >= blockEnd) return true;
  const next = text[end] ?? '';
  if (!SPACE.test(next)) return CJK.test(next);
  const opener = OPENERS.exec(text.slice(end, Math.min(blockEnd, end + LOOK_AROUND)))?.[0] ?? '';
  const first = text[end + opener.length] ?? '';
  if (LOWER.test(first)) return false;

  if (mark !== '.') return true;
  const token = (TOKEN_BEFORE.exec(text.slice(Math.max(0, markStart - LOOK_AROUND), markStart))?.[0] ?? '').replace(/^\.+/, '');
  if (INITIAL.test(token)) return false;
  const kind = abbreviationKind(token, language) ?? (DOTTED_ACRONYM.test(token) ? 'ends-before-capital' : undefined);
  if (kind === 'never-ends') return false;
  if (kind === 'before-number') return !DIGIT.test(first);
  if (kind === 'ends-before-capital') return UPPER.test(first);
  return true;
}

/**
 * True when `markStart` lies inside a bracket opened earlier in the same
 * sentence: "宁巴斯公司（Nimbus Inc.）总部" or "Acme (est. 1990 in Ohio.) grew".
 * A bracket that opens the sentence may hold a whole sentence of its own.
 */
function isInsideBracket(text: string, sentenceStart: number, markStart: number): boolean {
  const from = Math.max(sentenceStart, markStart - BRACKET_REACH);
  const open: string[] = [];
  let firstOpen = -1;
  for (let i = from; i < markStart; i++) {
    const char = text[i] ?? '';
    if (BRACKET_PAIRS[char] !== undefined) {
      if (open.length === 0) firstOpen = i;
      open.push(BRACKET_PAIRS[char]);
    } else if (BRACKET_CLOSERS.has(char) && open.length > 0) {
      if (open[open.length - 1] === char) open.pop();
    }
  }
  return open.length > 0 && text.slice(sentenceStart, firstOpen).trim() !== '';
}

function toSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] ?? '')) s++;
  while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/**
 * Splits text into sentences with offsets into `text`. Handles English and
 * Spanish abbreviations (Mr., Dr., Inc., Sr., Sra., U.S., e.g.), decimals,
 * initials (J. R. R. Tolkien), closing quotes and brackets, ellipses,
 * Spanish ¿¡, and Chinese/Japanese enders (。！？；) that need no space.
 * `language` (ISO 639-1) selects abbreviations; unknown languages get the
 * English rules.
 */
export function splitSentences(text: string, language = 'en', options: SplitOptions = {}): Span[] {
  const sentences: Span[] = [];
  for (const [blockStart, blockEnd] of blocks(text, options.lineBreaks ?? 'auto')) {
    let sentenceStart = blockStart;
    const terminator = new RegExp(TERMINATOR);
    terminator.lastIndex = blockStart;
    for (let match = terminator.exec(text); match !== null && match.index < blockEnd; match = terminator.exec(text)) {
      const markEnd = Math.min(match.index + match[0].length, blockEnd);
      const end = markEnd + (CLOSERS.exec(text.slice(markEnd, Math.min(blockEnd, markEnd + LOOK_AROUND)))?.[0].length ?? 0);
      const isBoundary =
        !isInsideBracket(text, sentenceStart, match.index) &&
        (match.groups?.cjk !== undefined || endsSentence(text, match.index, match[0], end, blockEnd, language));
      if (!isBoundary) continue;
      const span = toSpan(text, sentenceStart, end);
      if (span) sentences.push(span);
      sentenceStart = end;
      terminator.lastIndex = end;
    }
    const rest = toSpan(text, sentenceStart, blockEnd);
    if (rest) sentences.push(rest);
  }
  return sentences;
}
