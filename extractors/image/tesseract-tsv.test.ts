import { describe, expect, it } from 'vitest';
import { parseTesseractTsv } from './tesseract-tsv.js';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

function rows(...cells: (string | number)[][]): string {
  return [HEADER, ...cells.map((row) => row.join('\t'))].join('\n') + '\n';
}

describe('parseTesseractTsv', () => {
  it('groups words into lines with the union box and the mean confidence', () => {
    const tsv = rows(
      [1, 1, 0, 0, 0, 0, 0, 0, 776, 166, -1, ''],
      [4, 1, 1, 1, 1, 0, 25, 24, 726, 42, -1, ''],
      [5, 1, 1, 1, 1, 1, 25, 24, 137, 42, 96.5, 'Angela'],
      [5, 1, 1, 1, 1, 2, 182, 24, 134, 33, 93.5, 'Merkel'],
      [5, 1, 1, 1, 2, 1, 25, 91, 93, 46, 90, '北京'],
      [5, 1, 1, 1, 2, 2, 146, 92, 20, 45, 80, '大'],
      [5, 1, 1, 1, 2, 3, 189, 92, 42, 45, 100, '学'],
    );
    expect(parseTesseractTsv(tsv)).toEqual([
      { text: 'Angela Merkel', confidence: 0.95, box: { x: 25, y: 24, w: 291, h: 42 } },
      { text: '北京大学', confidence: 0.9, box: { x: 25, y: 91, w: 206, h: 46 } },
    ]);
  });

  it('keeps lines of different blocks apart even when their line numbers match', () => {
    const tsv = rows([5, 1, 1, 1, 1, 1, 0, 0, 10, 10, 90, 'left'], [5, 1, 2, 1, 1, 1, 300, 0, 10, 10, 90, 'right']);
    expect(parseTesseractTsv(tsv).map((line) => line.text)).toEqual(['left', 'right']);
  });

  it('drops blank words, rows without confidence and malformed rows', () => {
    const tsv = rows([5, 1, 1, 1, 1, 1, 0, 0, 532, 400, 95, ' '], [5, 1, 1, 1, 1, 2, 0, 0, 5, 5, -1, 'x'], [5, 1, 1, 'oops'], [5, 1, 1, 1, 1, 3, 'a', 0, 5, 5, 50, 'y']);
    expect(parseTesseractTsv(tsv)).toEqual([]);
    expect(parseTesseractTsv('')).toEqual([]);
  });
});
