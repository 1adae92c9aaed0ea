import { describe, expect, it } from 'vitest';
import { clampBox } from './pixel-box.js';

describe('clampBox', () => {
  it('keeps a box that lies inside the image, rounded to whole pixels', () => {
    expect(clampBox([10.4, 20.6, 30.2, 40.49], 100, 100)).toEqual({ x: 10, y: 21, w: 31, h: 40 });
  });

  it('cuts a face box that overhangs the top-left and bottom-right corners', () => {
    expect(clampBox([-15, -5, 50, 40], 40, 30)).toEqual({ x: 0, y: 0, w: 35, h: 30 });
    expect(clampBox([20, 10, 50, 40], 40, 30)).toEqual({ x: 20, y: 10, w: 20, h: 20 });
  });

  it('gives an empty box at the border for a box wholly outside', () => {
    expect(clampBox([120, 5, 10, 10], 100, 100)).toEqual({ x: 100, y: 5, w: 0, h: 10 });
  });
});
