import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import type { PageRange } from './text-document.js';

export interface PdfText {
  /** The text layer: items in reading order, a line break where pdf.js reports one, a blank line between pages. */
  text: string;
  pages: PageRange[];
  /** The document's Title metadata, if set. */
  title?: string;
}

const PAGE_BREAK = '\n\n';

/**
 * Loads pdf.js on first use (it is large; Node caches the module after
 * that) and points its worker at the local file so nothing is fetched.
 */
async function loadPdfJs(): Promise<typeof PdfJs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    const require = createRequire(import.meta.url);
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  }
  return pdfjs;
}

function hasTextContent(item: object): item is { str: string; hasEOL: boolean } {
  return 'str' in item && typeof item.str === 'string';
}

function refusal(fileName: string, error: unknown): ExtractorError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ExtractorError(ExtractorErrorCode.CorruptInput, `"${fileName}" is an encrypted PDF that needs a password; upload an unprotected copy`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractorError(ExtractorErrorCode.CorruptInput, `"${fileName}" is not a readable PDF: ${detail}`, { cause: error });
}

/**
 * Extracts the text layer of a PDF with pdf.js, offline (no fonts, no eval,
 * no network). Encrypted or broken files are refused with CorruptInput; a
 * PDF without any text (a scan) with EmptyInput, since OCR is what it needs.
 */
export async function extractPdfText(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdf.js takes ownership of (and may detach) the buffer it is given.
  const task = getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusal(fileName, error);
  }
  try {
    const pages: PageRange[] = [];
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      if (number > 1) text += PAGE_BREAK;
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const start = text.length;
      for (const item of content.items) {
        if (!hasTextContent(item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push({ page: number, start, end: text.length });
      page.cleanup();
    }
    if (text.trim() === '') {
      throw new ExtractorError(
        ExtractorErrorCode.EmptyInput,
        `"${fileName}" has no text layer (${document.numPages} page${document.numPages === 1 ? '' : 's'}); it is probably scanned: run OCR on it`,
      );
    }
    const metadata = await document.getMetadata().catch(() => undefined);
    const info: unknown = metadata?.info;
    const rawTitle = typeof info === 'object' && info !== null && 'Title' in info ? info.Title : undefined;
    const title = typeof rawTitle === 'string' ? rawTitle.trim() : '';
    return title ? { text, pages, title } : { text, pages };
  } catch (error) {
    throw error instanceof ExtractorError ? error : refusal(fileName, error);
  } finally {
    await document.destroy();
  }
}
