import { isUnspacedScript, type OcrBox, type OcrLine } from './ocr-line.js';

/** Tesseract's TSV columns: level page block paragraph line word left top width height conf text. */
const WORD_LEVEL = 5;
const COLUMNS = 12;

interface Word {
  text: string;
  confidence: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where Chinese meets Latin letters or digits, tesseract splits words whether
 * or not the page has a space there (成立于1898年 comes out as 于 | 1898 | 年),
 * so the gap decides: a space is at least this fraction of the line's median
 * word height. Measured on 32 px WenQuanYi text: 0–8 px where there is no
 * space, 13–24 px where there is one, against words about 30 px high.
 */
const MIXED_SPACE_GAP = 0.35;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/** Latin words get a space, Chinese characters none, and a Chinese–Latin boundary a space only where the page shows a gap. */
function joinLine(words: readonly Word[]): string {
  const spaceGap = MIXED_SPACE_GAP * median(words.map((word) => word.bottom - word.top));
  let text = '';
  let previous: Word | undefined;
  for (const word of words) {
    if (previous !== undefined) {
      const before = isUnspacedScript(text.slice(-1));
      const after = isUnspacedScript(word.text.slice(0, 1));
      const spaced = before === after ? !before : word.left - previous.right >= spaceGap;
      if (spaced) text += ' ';
    }
    text += word.text;
    previous = word;
  }
  return text;
}

function union(words: readonly Word[]): OcrBox {
  const x = Math.min(...words.map((word) => word.left));
  const y = Math.min(...words.map((word) => word.top));
  return { x, y, w: Math.max(...words.map((word) => word.right)) - x, h: Math.max(...words.map((word) => word.bottom)) - y };
}

function parseWord(cells: readonly string[]): { key: string; word: Word } | undefined {
  if (cells.length < COLUMNS || Number(cells[0]) !== WORD_LEVEL) return undefined;
  const [, page, block, paragraph, line, , left = NaN, top = NaN, width = NaN, height = NaN, conf = NaN] = cells.slice(0, COLUMNS - 1).map(Number);
  const text = (cells[COLUMNS - 1] ?? '').trim();
  if (text === '' || !(conf >= 0) || ![left, top, width, height].every(Number.isFinite)) return undefined;
  return {
    key: `${page}/${block}/${paragraph}/${line}`,
    word: { text, confidence: Math.min(conf / 100, 1), left, top, right: left + width, bottom: top + height },
  };
}

/**
 * Tesseract's `tsv` output as lines: words grouped by page, block,
 * paragraph and line, in Tesseract's reading order; the line box is the union
 * of its word boxes; the confidence is the mean word confidence scaled to
 * 0..1. Rows without a confidence (layout rows, conf -1) and blank words are
 * dropped; Chinese and Japanese words are joined without spaces (see `joinLine`).
 */
export function parseTesseractTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, Word[]>();
  for (const row of tsv.split(/\r?\n/)) {
    const parsed = parseWord(row.split('\t'));
    if (parsed === undefined) continue;
    const words = lines.get(parsed.key);
    if (words) words.push(parsed.word);
    else lines.set(parsed.key, [parsed.word]);
  }
  return [...lines.values()].map((words) => ({
    text: joinLine(words),
    confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
    box: union(words),
  }));
}
