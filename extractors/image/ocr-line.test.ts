import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { assertRgbImage, boxAround, joinWords, normaliseLineText, readingOrder, type OcrLine } from './ocr-line.js';

function line(text: string, x: number, y: number, h = 20): OcrLine {
  return { text, confidence: 1, box: { x, y, w: 50, h } };
}

describe('joinWords', () => {
  it('spaces Latin words and glues Chinese characters', () => {
    expect(joinWords(['Angela', 'Merkel'])).toBe('Angela Merkel');
    expect(joinWords(['北京', '大', '学'])).toBe('北京大学');
    expect(joinWords(['在', 'Berlin', '见面'])).toBe('在 Berlin 见面');
    expect(joinWords(['价格', '：', '100'])).toBe('价格： 100');
    expect(joinWords(['', 'a', ''])).toBe('a');
  });

  it('re-joins an engine\'s line text', () => {
    expect(normaliseLineText('  北京 大学  位于 Beijing  ')).toBe('北京大学位于 Beijing');
  });
});

describe('boxAround', () => {
  it('bounds a rotated quadrilateral and clamps it to the image', () => {
    expect(boxAround([[10.4, 5], [100, 2.6], [101.2, 30], [9, 33]], 200, 100)).toEqual({ x: 9, y: 2, w: 93, h: 31 });
    expect(boxAround([[-5, -3], [250, -3], [250, 120], [-5, 120]], 200, 100)).toEqual({ x: 0, y: 0, w: 200, h: 100 });
  });
});

describe('readingOrder', () => {
  it('sorts rows top to bottom and a row left to right, tolerating a few pixels of skew', () => {
    const lines = [line('c', 10, 60), line('b', 300, 3), line('a', 10, 0)];
    expect(lines.sort(readingOrder).map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('assertRgbImage', () => {
  it('refuses pixels that do not match the stated size', () => {
    const image = { width: 2, height: 2, format: 'png' as const, mediaType: 'image/png', data: new Uint8Array(11), bytes: new Uint8Array(1) };
    expect(() => assertRgbImage(image)).toThrow(expect.objectContaining({ code: ExtractorErrorCode.CorruptInput }));
    expect(() => assertRgbImage({ ...image, data: new Uint8Array(12) })).not.toThrow();
  });
});
