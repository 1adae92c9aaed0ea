import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { decodeImage } from './decode-image.js';
import { createTesseractOcr } from './tesseract-ocr.js';
import { renderTextImage } from './test-media.js';

/** Two short probe processes, or one tesseract run, on a shared two-core machine. */
const TESSERACT_TIMEOUT_MS = 30_000;

describe('createTesseractOcr', { timeout: TESSERACT_TIMEOUT_MS }, () => {
  it('versions its card from `tesseract --version`', async () => {
    const reported = /^tesseract (\S+)/.exec(execFileSync('tesseract', ['--version'], { encoding: 'utf8' }))?.[1];
    const ocr = await createTesseractOcr();
    expect(ocr.card).toMatchObject({ name: 'tesseract', version: reported, id: `tesseract@${reported}` });
    expect(ocr.card.origin).toContain('tesseract-ocr-chi-sim');
  });

  it('reports a missing executable as EngineMissing with the apt-get line', async () => {
    const error = await createTesseractOcr({ command: 'tesseract-not-installed' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ExtractorErrorCode.EngineMissing });
    expect((error as Error).message).toBe(
      'tesseract-not-installed is not installed; install it with: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim',
    );
  });

  it('reports missing language data as EngineMissing naming its package', async () => {
    const error = await createTesseractOcr({ languages: ['eng', 'chi_tra'] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ExtractorErrorCode.EngineMissing });
    expect((error as Error).message).toBe('tesseract has no chi_tra language data; install it with: apt-get install tesseract-ocr-chi-tra');
  });

  it('kills a run that outlasts its timeout', async () => {
    const ocr = await createTesseractOcr({ timeoutMs: 1 });
    const image = await decodeImage(await renderTextImage('Angela Merkel visited Berlin in May'), { maxPixels: 1e7, maxBytes: 1e7 });
    await expect(ocr.run(image)).rejects.toMatchObject({ code: ExtractorErrorCode.ModelFailed, message: expect.stringMatching(/timed out after 1 ms/) as unknown });
  });
});
