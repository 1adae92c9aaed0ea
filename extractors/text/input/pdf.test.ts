import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { extractPdfText } from './pdf.js';
import { readDocument } from './read-document.js';

/** pdf.js loads slowly the first time. */
const PDF_TIMEOUT_MS = 30_000;

/**
 * Writes a minimal valid PDF: one Helvetica text line per entry of each
 * page, with the xref offsets computed here so the file needs no repair.
 */
function buildPdf(pages: string[][], options: { title?: string; trailerExtra?: string } = {}): Uint8Array {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  for (const [i, lines] of pages.entries()) {
    const stream = lines.length === 0 ? '' : `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  if (options.title !== undefined) objects.push(`<< /Title (${options.title}) >>`);
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const info = options.title === undefined ? '' : `/Info ${objects.length} 0 R `;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${info}${options.trailerExtra ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

async function refusal(promise: Promise<unknown>): Promise<ExtractorError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  if (error instanceof ExtractorError) return error;
  throw error;
}

describe('extractPdfText', { timeout: PDF_TIMEOUT_MS }, () => {
  it('extracts the text layer with a blank line between pages', async () => {
    const bytes = buildPdf([['Alice Smith met Bob Jones.', 'They talked in Paris.'], ['Page two starts here.']], { title: 'Meeting notes' });
    const pdf = await extractPdfText(bytes, 'notes.pdf');
    expect(pdf.text).toBe('Alice Smith met Bob Jones.\nThey talked in Paris.\n\nPage two starts here.');
    expect(pdf.title).toBe('Meeting notes');
    expect(pdf.pages).toHaveLength(2);
    const [first, second] = pdf.pages;
    expect(pdf.text.slice(first?.start, first?.end)).toBe('Alice Smith met Bob Jones.\nThey talked in Paris.');
    expect(pdf.text.slice(second?.start, second?.end)).toBe('Page two starts here.');
  });

  it('leaves the caller\'s bytes usable', async () => {
    const bytes = buildPdf([['Reusable bytes.']]);
    await extractPdfText(bytes, 'a.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await extractPdfText(bytes, 'a.pdf')).text).toBe('Reusable bytes.');
  });

  it('refuses a PDF without a text layer, suggesting OCR', async () => {
    const error = await refusal(extractPdfText(buildPdf([[], []]), 'scan.pdf'));
    expect(error.code).toBe(ExtractorErrorCode.EmptyInput);
    expect(error.message).toMatch(/scan\.pdf.*OCR/);
  });

  it('refuses a password-protected PDF', async () => {
    const encrypt =
      `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> ` +
      '/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ';
    const error = await refusal(extractPdfText(buildPdf([['Secret.']], { trailerExtra: encrypt }), 'locked.pdf'));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toMatch(/locked\.pdf.*password/);
  });

  it('refuses a corrupt PDF', async () => {
    const error = await refusal(extractPdfText(new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf'), 'broken.pdf'));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toContain('broken.pdf');
  });
});

describe('readDocument (PDF)', { timeout: PDF_TIMEOUT_MS }, () => {
  it('returns one cleaned document whose offsets map into the text layer', async () => {
    const bytes = buildPdf([['Alice Smith met Bob Jones.'], ['Page two.']]);
    const { documents, problems } = await readDocument({ bytes, fileName: 'meeting.pdf' }, { maxBytes: 1_000_000 });
    expect(problems).toEqual([]);
    const [document] = documents;
    expect(document?.mediaType).toBe('application/pdf');
    expect(document?.encoding).toBe('pdf');
    expect(document?.text).toBe('Alice Smith met Bob Jones.\n\nPage two.');
    const start = document?.text.indexOf('Bob Jones') ?? -1;
    expect(document?.original.slice(document.toOriginal(start), document.toOriginal(start + 'Bob Jones'.length))).toBe('Bob Jones');
    const page = document?.text.indexOf('Page two') ?? -1;
    const pageTwo = document?.pages?.[1];
    expect(document?.toOriginal(page)).toBe(pageTwo?.start);
  });
});
