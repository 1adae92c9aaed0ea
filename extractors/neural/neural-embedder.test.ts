import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TINY_EMBEDDING_HIDDEN_SIZE,
  forbidNetwork,
  writeTinyEmbeddingModel,
  type NetworkGuard,
} from '../../test/support/tiny-models/index.js';
import { cosineSimilarity, l2Norm } from '../embed/vector-math.js';
import { NeuralModels } from './neural-models.js';

/**
 * transformers.js feature extraction on a generated tiny encoder with no
 * position information: mean pooling must make a sentence's vector
 * independent of word order and of padding. Wiring and shapes, not quality.
 */

const NEURAL_LOAD_TIMEOUT_MS = 30_000;
const FLOAT_TOLERANCE = 1e-5;

describe('NeuralModels.embedder on a tiny generated model', () => {
  let modelsDir: string;
  let models: NeuralModels;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-neural-embed-'));
    await writeTinyEmbeddingModel(join(modelsDir, 'tiny-embed'));
    models = new NeuralModels({ modelsDir, embedBatchSize: 2 });
  });

  afterAll(async () => {
    await models.dispose();
    await rm(modelsDir, { recursive: true, force: true });
    network.restore();
  });

  it('returns one unit-length vector of the hidden size per text', async () => {
    const embedder = await models.embedder('tiny-embed');
    const vectors = await embedder.embed(['the cat sat on the mat.', 'a dog ran far away', 'the cat']);
    expect(embedder.dimension).toBe(TINY_EMBEDDING_HIDDEN_SIZE);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(TINY_EMBEDDING_HIDDEN_SIZE);
      expect(Math.abs(l2Norm(v) - 1)).toBeLessThan(FLOAT_TOLERANCE);
    }
    expect(cosineSimilarity(vectors[0]!, vectors[1]!)).toBeLessThan(1 - FLOAT_TOLERANCE);
    expect(embedder.card).toMatchObject({ task: 'embed', engine: 'neural', name: 'tiny-embed' });
    expect(network.attempts).toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('mean-pools over real tokens only: word order and padding do not change a vector', async () => {
    const embedder = await models.embedder('tiny-embed');
    // Batch size 2: "the cat" is padded to the length of the long text in its batch.
    const [alone] = await embedder.embed(['the cat']);
    const [padded, , reordered] = await embedder.embed(['the cat', 'a dog ran far away on the mat .', 'cat the']);
    expect(cosineSimilarity(alone!, padded!)).toBeGreaterThan(1 - FLOAT_TOLERANCE);
    expect(cosineSimilarity(alone!, reordered!)).toBeGreaterThan(1 - FLOAT_TOLERANCE);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('returns [] for an empty batch and rejects blank texts as input errors', async () => {
    const embedder = await models.embedder('tiny-embed');
    await expect(embedder.embed([])).resolves.toEqual([]);
    await expect(embedder.embed([' '])).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
  }, NEURAL_LOAD_TIMEOUT_MS);
});
