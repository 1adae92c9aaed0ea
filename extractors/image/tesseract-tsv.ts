import { joinWords, type OcrBox, type OcrLine } from './ocr-line.js';

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
 * dropped; Chinese and Japanese words are joined without spaces.
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
    text: joinWords(words.map((word) => word.text)),
    confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
    box: union(words),
  }));
}
