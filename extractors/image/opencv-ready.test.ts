import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const paddleOcr = fileURLToPath(new URL('./paddle-ocr.ts', import.meta.url));

/**
 * In a fresh process, because OpenCV.js initialises once per process: what
 * does `cv.Mat` look like straight after the import, and after `openCvReady`?
 * ocr-node used `cv.Mat` without waiting, which failed the first images of a
 * busy worker with "cv.Mat is not a constructor".
 */
async function inFreshProcess(waitFirst: boolean): Promise<string> {
  const code = `(async () => {
    const { openCvReady } = await import(${JSON.stringify(paddleOcr)});
    const { default: cv } = await import('@techstark/opencv-js');
    ${waitFirst ? 'await openCvReady();' : ''}
    console.log(typeof cv.Mat);
  })();`;
  const { stdout } = await run(process.execPath, [tsx, '--eval', code], { timeout: 60_000 });
  return stdout.trim();
}

describe('openCvReady', () => {
  it('resolves only once OpenCV.js can build a Mat, which it cannot straight after the import', async () => {
    expect(await inFreshProcess(false)).toBe('undefined');
    expect(await inFreshProcess(true)).toBe('function');
  }, 120_000);
});
