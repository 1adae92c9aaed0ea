import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, writeTinyTranslationModel, type NetworkGuard } from '../../test/support/tiny-models/index.js';
import { NeuralModels } from './neural-models.js';

/**
 * The real transformers.js seq2seq path (encoder, decoder, greedy generate,
 * decode) on a generated Marian-shaped model that "translates" one wired
 * word per sentence. Wiring only.
 */

const NEURAL_LOAD_TIMEOUT_MS = 30_000;

describe('NeuralModels.translator on a tiny generated model', () => {
  let modelsDir: string;
  let models: NeuralModels;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-neural-mt-'));
    await writeTinyTranslationModel(join(modelsDir, 'tiny-mt'));
    models = new NeuralModels({ modelsDir, translateBatchSize: 2, maxNewTokens: 8 });
  });

  afterAll(async () => {
    await models.dispose();
    await rm(modelsDir, { recursive: true, force: true });
    network.restore();
  });

  it('generates through encoder and decoder, per text, in order, across padded batches', async () => {
    const translator = await models.translator('tiny-mt');
    // "the" is unknown to the tiny vocabulary; padding "hello" to the length of "the cat" must not change it.
    await expect(translator.translate(['hello', 'the cat', '', 'house'])).resolves.toEqual(['hola', 'gato', '', 'casa']);
    expect(translator.card).toMatchObject({ task: 'translate', engine: 'neural', name: 'tiny-mt' });
    expect(network.attempts).toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('returns [] for no texts', async () => {
    const translator = await models.translator('tiny-mt');
    await expect(translator.translate([])).resolves.toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);
});
