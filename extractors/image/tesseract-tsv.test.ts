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

  it('spaces a Chinese–Latin boundary only where the page shows a gap', () => {
    // Word boxes tesseract gave for rendered 32 px lines "北京大学成立于1898年。" and "价格：100元，在 Berlin 见面".
    const word = (line: number, left: number, right: number, height: number, text: string) => [5, 1, 1, 1, line, 1, left, 10, right - left, height, 90, text];
    const tsv = rows(
      word(1, 185, 207, 29, '成'), word(1, 217, 236, 29, '立'), word(1, 235, 256, 47, '于'), word(1, 256, 324, 24, '1898'),
      word(1, 332, 356, 30, '年'), word(1, 360, 367, 8, '。'),
      word(2, 123, 209, 29, '100'), word(2, 192, 221, 41, '元'), word(2, 224, 273, 30, ',在'), word(2, 286, 362, 23, 'Berlin'), word(2, 376, 437, 29, '见面'),
    );
    expect(parseTesseractTsv(tsv).map((line) => line.text)).toEqual(['成立于1898年。', '100元,在 Berlin 见面']);
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
