/** An axis-aligned box in whole pixels: top-left corner, width and height, inside the image. */
export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Clamps a `[x, y, w, h]` box from human into the image. Face boxes are
 * enlarged around the landmarks and often overhang the border; a stored box
 * must stay a valid crop.
 */
export function clampBox([x, y, w, h]: readonly [number, number, number, number], width: number, height: number): PixelBox {
  const left = clamp(Math.round(x), 0, width);
  const top = clamp(Math.round(y), 0, height);
  const right = clamp(Math.round(x + w), left, width);
  const bottom = clamp(Math.round(y + h), top, height);
  return { x: left, y: top, w: right - left, h: bottom - top };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
