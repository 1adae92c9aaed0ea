export { decodeImage, type DecodedImage, type DecodeImageOptions } from './decode-image.js';
export { IMAGE_FORMATS, type ImageFormat, type ImageSource } from './image-type.js';
export { readExif, type ExifFacts } from './exif.js';
export { createOcr, type CreateOcrOptions } from './create-ocr.js';
export { createPaddleOcr, paddleOcrCard, type PaddleOcrOptions } from './paddle-ocr.js';
export { createTesseractOcr, type TesseractOcrOptions } from './tesseract-ocr.js';
export type { OcrBox, OcrEngine, OcrExtractor, OcrLine } from './ocr-line.js';
