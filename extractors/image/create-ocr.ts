import type { OcrEngine, OcrExtractor } from './ocr-line.js';
import { createPaddleOcr, type PaddleOcrOptions } from './paddle-ocr.js';
import { createTesseractOcr, type TesseractOcrOptions } from './tesseract-ocr.js';

/** Per-engine options; only the chosen engine's are read. */
export interface CreateOcrOptions {
  paddle?: PaddleOcrOptions;
  tesseract?: TesseractOcrOptions;
}

/**
 * The OCR extractor for an engine, normally `config.media.ocrEngine`.
 * Asynchronous because the model card needs the installed version (an npm
 * manifest, or `tesseract --version`, which also checks the language data);
 * no model is loaded until the first run.
 */
export function createOcr(engine: OcrEngine, options: CreateOcrOptions = {}): Promise<OcrExtractor> {
  switch (engine) {
    case 'paddle':
      return createPaddleOcr(options.paddle);
    case 'tesseract':
      return createTesseractOcr(options.tesseract);
  }
}
