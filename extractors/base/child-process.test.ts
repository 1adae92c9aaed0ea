import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from './errors.js';
import { runProcess, runProcessBytes } from './child-process.js';

const SHORT_TIMEOUT_MS = 300;

describe('runProcess', () => {
  it('returns stdout', async () => {
    await expect(runProcess('sh', ['-c', 'printf "héllo"'], { timeoutMs: 5_000, label: 'sh' })).resolves.toBe('héllo');
  });

  it('reports a missing executable as EngineMissing', async () => {
    const err = await runProcess('/nonexistent/apertium', ['-l'], { timeoutMs: 5_000, label: 'apertium -l' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractorError);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.EngineMissing);
    expect((err as ExtractorError).message).toContain('/nonexistent/apertium is not installed');
  });

  it('reports a failing command as ModelFailed with its stderr', async () => {
    const err = await runProcess('sh', ['-c', 'echo broken dictionary >&2; exit 3'], { timeoutMs: 5_000, label: 'apertium xx-yy' }).catch((e: unknown) => e);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.ModelFailed);
    expect((err as ExtractorError).message).toBe('apertium xx-yy exited with 3: broken dictionary');
  });

  it('kills the whole process group on timeout, not only the script', async () => {
    const started = Date.now();
    // The grandchild `sleep` would keep stdout open (and the call hanging) if only `sh` were killed.
    const err = await runProcess('sh', ['-c', 'sleep 30 | cat'], { timeoutMs: SHORT_TIMEOUT_MS, label: 'slow' }).catch((e: unknown) => e);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.ModelFailed);
    expect((err as ExtractorError).message).toContain(`timed out after ${SHORT_TIMEOUT_MS} ms`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects with the abort reason when the job is cancelled', async () => {
    const controller = new AbortController();
    const pending = runProcess('sleep', ['30'], { timeoutMs: 30_000, label: 'sleep', signal: controller.signal });
    controller.abort(new Error('job cancelled'));
    await expect(pending).rejects.toThrow('job cancelled');
  });
});

describe('runProcessBytes', () => {
  it('feeds stdin and returns stdout bytes unchanged', async () => {
    const input = Uint8Array.from([0, 255, 1, 254, 10, 13]);
    const out = await runProcessBytes('cat', [], { timeoutMs: 5_000, label: 'cat', input });
    expect([...out]).toEqual([...input]);
  });

  it('kills a process whose output passes the cap and says so', async () => {
    const err = await runProcessBytes('sh', ['-c', 'head -c 100000 /dev/zero'], { timeoutMs: 5_000, label: 'flood', maxOutputBytes: 1_000 }).catch(
      (e: unknown) => e,
    );
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.TooLarge);
    expect((err as ExtractorError).message).toBe('flood produced more than 1000 bytes of output');
  });
});
