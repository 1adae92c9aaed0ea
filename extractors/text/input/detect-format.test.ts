import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { detectFormat } from './detect-format.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
// An empty ZIP archive: just the end-of-central-directory record.
const ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
const PDF = utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');

async function refusal(promise: Promise<unknown>): Promise<ExtractorError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  if (error instanceof ExtractorError) return error;
  throw error;
}

describe('detectFormat', () => {
  it('goes by extension for text formats', async () => {
    const bytes = utf8('hello');
    expect((await detectFormat({ bytes, fileName: 'a.txt' })).format).toBe('text');
    expect((await detectFormat({ bytes, fileName: 'notes/README.MD' })).format).toBe('markdown');
    expect((await detectFormat({ bytes, fileName: 'page.htm' })).format).toBe('html');
    expect((await detectFormat({ bytes, fileName: 'rows.ndjson' })).mediaType).toBe('application/x-ndjson');
  });

  it('falls back to the declared media type and keeps its charset', async () => {
    const detected = await detectFormat({ bytes: utf8('<p>x</p>'), fileName: 'upload', mediaType: 'text/html; charset=windows-1252' });
    expect(detected).toEqual({ format: 'html', mediaType: 'text/html', charset: 'windows-1252' });
  });

  it('reads a PDF by its magic bytes when the name says nothing', async () => {
    expect((await detectFormat({ bytes: PDF, fileName: 'download' })).format).toBe('pdf');
    expect((await detectFormat({ bytes: PDF, fileName: 'paper.pdf' })).format).toBe('pdf');
  });

  it('refuses PNG bytes named .txt, naming the file and what it really is', async () => {
    const error = await refusal(detectFormat({ bytes: PNG, fileName: 'notes.txt' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toContain('notes.txt');
    expect(error.message).toContain('image/png');
  });

  it('refuses a PDF named .html', async () => {
    const error = await refusal(detectFormat({ bytes: PDF, fileName: 'page.html' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/page\.html.*PDF/);
  });

  it('refuses a ZIP archive', async () => {
    const error = await refusal(detectFormat({ bytes: ZIP, fileName: 'archive.json' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/archive\.json.*zip/i);
  });

  it('refuses a .pdf that is not a PDF as corrupt', async () => {
    const text = await refusal(detectFormat({ bytes: utf8('just some text'), fileName: 'report.pdf' }));
    expect(text.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(text.message).toMatch(/report\.pdf.*not a PDF/);
    const png = await refusal(detectFormat({ bytes: PNG, fileName: 'scan.pdf' }));
    expect(png.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(png.message).toContain('image/png');
  });

  it('does not let a weak signature in text ("BM" of bitmaps) override the name', async () => {
    expect((await detectFormat({ bytes: utf8('BMW reported record sales.'), fileName: 'cars.txt' })).format).toBe('text');
  });

  it('reads XHTML with an XML declaration as HTML', async () => {
    expect((await detectFormat({ bytes: utf8('<?xml version="1.0"?><html/>'), fileName: 'a.xhtml' })).format).toBe('html');
  });

  it('refuses unknown extensions', async () => {
    const error = await refusal(detectFormat({ bytes: utf8('a,b'), fileName: 'table.xlsx' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toContain('table.xlsx');
  });

  it('reads any declared text/* type as plain text', async () => {
    expect((await detectFormat({ bytes: utf8('a,b'), fileName: 'table.csv', mediaType: 'text/csv' })).format).toBe('text');
  });
});
