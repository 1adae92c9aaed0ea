import { access } from 'node:fs/promises';
import sharp, { type Region, type Sharp } from 'sharp';
import type { PixelBox } from './pixel-box.js';
import type { RgbImage } from './rgb-image.js';

/**
 * Real photos from Debian packages, decoded and varied with sharp at run
 * time, for the vision tests and the face calibration: nothing binary is
 * committed. A missing file fails naming the apt package; tests never skip.
 */

/** A photo on disk and the Debian package that installs it. */
export interface SamplePhoto {
  path: string;
  aptPackage: string;
}

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const OPENCV_DATA = '/usr/share/doc/opencv-doc/examples/data';

export const SAMPLE_PHOTOS = {
  /** Eileen Collins, NASA portrait, 512×512. */
  astronaut: { path: `${SKIMAGE}/astronaut.png`, aptPackage: 'python3-skimage' },
  /** The MIT cameraman, greyscale, face turned about 45°. */
  cameraman: { path: `${SKIMAGE}/camera.png`, aptPackage: 'python3-skimage' },
  coffee: { path: `${SKIMAGE}/coffee.png`, aptPackage: 'python3-skimage' },
  motorcycle: { path: `${SKIMAGE}/motorcycle_left.png`, aptPackage: 'python3-skimage' },
  /** Lionel Messi kicking a ball, face about 64 px. */
  messi: { path: `${OPENCV_DATA}/messi5.jpg`, aptPackage: 'opencv-doc' },
} as const satisfies Record<string, SamplePhoto>;

/** Throws, naming the apt package, when the photo is not installed. */
export async function requirePhoto(photo: SamplePhoto): Promise<string> {
  try {
    await access(photo.path);
    return photo.path;
  } catch (cause) {
    throw new Error(`missing ${photo.path}: install the Debian package "${photo.aptPackage}" (apt-get install ${photo.aptPackage})`, { cause });
  }
}

/** Decodes any pipeline's output to 8-bit RGB; greyscale becomes three equal channels, alpha is dropped. */
export async function toRgbImage(pipeline: Sharp): Promise<RgbImage> {
  const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected 3 channels after conversion, got ${info.channels}`);
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

export async function loadPhoto(photo: SamplePhoto): Promise<RgbImage> {
  return toRgbImage(sharp(await requirePhoto(photo)));
}

function pipelineOf(image: RgbImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
}

/** A same-person copy of a photo; some need the face box. */
export type PhotoVariant = (image: RgbImage, face: PixelBox) => Promise<RgbImage>;

// One operation per pipeline: sharp orders operations itself, not by call order.
export const GENUINE_VARIANTS = {
  mirror: (image) => toRgbImage(pipelineOf(image).flop()),
  /** The face with one face-width of margin on each side, clipped to the image. */
  'crop around face': (image, face) => toRgbImage(pipelineOf(image).extract(marginBox(face, 1, image))),
  'rotate 10°': (image) => toRgbImage(pipelineOf(image).rotate(10, { background: { r: 128, g: 128, b: 128 } })),
  'rotate -10°': (image) => toRgbImage(pipelineOf(image).rotate(-10, { background: { r: 128, g: 128, b: 128 } })),
  'brightness ×0.6': (image) => toRgbImage(pipelineOf(image).modulate({ brightness: 0.6 })),
  'brightness ×1.4': (image) => toRgbImage(pipelineOf(image).modulate({ brightness: 1.4 })),
  'resize ×0.5': (image) => toRgbImage(pipelineOf(image).resize(Math.round(image.width / 2))),
  'JPEG quality 30': async (image) => toRgbImage(sharp(await pipelineOf(image).jpeg({ quality: 30 }).toBuffer())),
} as const satisfies Record<string, PhotoVariant>;

export type GenuineVariant = keyof typeof GENUINE_VARIANTS;

/** `{ left, top, width, height }` for sharp's `extract`: the box grown by `margin` box sizes on every side, inside the image. */
export function marginBox(box: PixelBox, margin: number, image: RgbImage): Region {
  const left = Math.max(0, Math.round(box.x - margin * box.w));
  const top = Math.max(0, Math.round(box.y - margin * box.h));
  const right = Math.min(image.width, Math.round(box.x + (1 + margin) * box.w));
  const bottom = Math.min(image.height, Math.round(box.y + (1 + margin) * box.h));
  return { left, top, width: right - left, height: bottom - top };
}

/** A rectangle of an image, in pixels. */
export function cropRegion(image: RgbImage, region: Region): Promise<RgbImage> {
  return toRgbImage(pipelineOf(image).extract(region));
}
