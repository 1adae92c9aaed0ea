import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFileUrlFetch } from './file-url-fetch.js';

describe('withFileUrlFetch', () => {
  let dir: string;
  const otherFetch = vi.fn(() => Promise.resolve(new Response('from the previous fetch')));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-file-fetch-'));
    vi.stubGlobal('fetch', otherFetch);
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    otherFetch.mockClear();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers file URLs from disk and passes every other URL to the fetch installed before', async () => {
    const file = join(dir, 'model.json');
    await writeFile(file, '{"weights":1}');
    const [local, remote] = await withFileUrlFetch(() =>
      Promise.all([fetch(pathToFileURL(file).href).then((r) => r.text()), fetch('https://example.invalid/model.json').then((r) => r.text())]),
    );
    expect(local).toBe('{"weights":1}');
    expect(remote).toBe('from the previous fetch');
    expect(otherFetch).toHaveBeenCalledTimes(1);
  });

  it('puts the previous fetch back, also when the work fails', async () => {
    await expect(withFileUrlFetch(() => Promise.reject(new Error('load failed')))).rejects.toThrow('load failed');
    expect(globalThis.fetch).toBe(otherFetch);
  });

  it('fails on a missing file instead of answering with an empty body', async () => {
    await expect(withFileUrlFetch(() => fetch(pathToFileURL(join(dir, 'absent.bin')).href))).rejects.toThrow(/ENOENT/);
  });
});
