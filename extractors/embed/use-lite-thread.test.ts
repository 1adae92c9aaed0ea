import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { UseLiteThread } from './use-lite-thread.js';

/**
 * The thread's own bookkeeping, against stand-in workers that speak the same
 * protocol: the real model is exercised in universal-sentence-encoder.test.ts.
 */
describe('UseLiteThread', () => {
  let dir: string;
  const worker = async (name: string, body: string) => {
    const path = join(dir, name);
    await writeFile(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(path);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-use-thread-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('matches replies to calls by id, whatever order they come back in', async () => {
    // Answers each request with vectors [len, id] after a delay that shrinks with the id: later calls overtake earlier ones.
    const url = await worker('echo.mjs', `parentPort.on('message', ({ id, texts }) => setTimeout(() => {
      const out = new Float32Array(texts.flatMap((t) => [t.length, id]));
      parentPort.postMessage({ id, vectors: out }, [out.buffer]);
    }, 60 - id * 20));`);
    const thread = new UseLiteThread('echo', url);
    try {
      const results = await Promise.all([thread.embed(['a', 'bb']), thread.embed(['ccc']), thread.embed(['dddd', 'e', 'ff'])]);
      expect(results).toEqual([[[1, 0], [2, 0]], [[3, 1]], [[4, 2], [1, 2], [2, 2]]]);
    } finally {
      await thread.close();
    }
  });

  it('turns a reported load failure into MODEL_FAILED naming the model', async () => {
    const url = await worker('broken.mjs', `parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'Error: no weights', phase: 'load' }));`);
    const thread = new UseLiteThread('broken-model', url);
    try {
      await expect(thread.embed(['x'])).rejects.toMatchObject({ code: ExtractorErrorCode.ModelFailed, message: 'could not load broken-model: Error: no weights' });
    } finally {
      await thread.close();
    }
  });

  it('fails the calls in flight when the thread dies, and starts a fresh one for the next call', async () => {
    // The first message kills the thread; a fresh thread (a new module instance) gets its own first message, so count across threads on disk.
    const marker = join(dir, 'crashed-once');
    const url = await worker('crash-once.mjs', `import { existsSync, writeFileSync } from 'node:fs';
parentPort.on('message', ({ id, texts }) => {
  if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }
  const out = new Float32Array(texts.map((t) => t.length));
  parentPort.postMessage({ id, vectors: out }, [out.buffer]);
});`);
    const thread = new UseLiteThread('flaky', url);
    try {
      await expect(thread.embed(['boom'])).rejects.toMatchObject({ code: ExtractorErrorCode.ModelFailed, message: 'flaky worker thread exited with code 3' });
      expect(thread.started).toBe(false);
      await expect(thread.embed(['fine'])).resolves.toEqual([[4]]);
    } finally {
      await thread.close();
    }
  });

  it('rejects calls still in flight when closed', async () => {
    const url = await worker('silent.mjs', `parentPort.on('message', () => undefined);`);
    const thread = new UseLiteThread('silent', url);
    const call = expect(thread.embed(['never answered'])).rejects.toMatchObject({ code: ExtractorErrorCode.ModelFailed });
    await thread.close();
    await call;
    expect(thread.started).toBe(false);
  });
});
