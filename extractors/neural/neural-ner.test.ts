import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, writeModelFolder, writeTinyNerModel, type NetworkGuard } from '../../test/support/tiny-models/index.js';
import { NeuralModels } from './neural-models.js';

/**
 * The real transformers.js + onnxruntime-node path on a generated tiny
 * BERT-NER whose every word piece is wired to one label. These tests check
 * wiring (offsets, aggregation, type mapping, windowing), never quality.
 */

const NEURAL_LOAD_TIMEOUT_MS = 30_000;

describe('NeuralModels.ner on a tiny generated model', () => {
  let modelsDir: string;
  let models: NeuralModels;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-neural-ner-'));
    await writeTinyNerModel(join(modelsDir, 'tiny-ner'));
    models = new NeuralModels({ modelsDir });
  });

  afterAll(async () => {
    await models.dispose();
    await rm(modelsDir, { recursive: true, force: true });
    network.restore();
  });

  it('returns whole entity spans with offsets into the original text and platform types', async () => {
    const ner = await models.ner('tiny-ner');
    const text = 'Marie Curie visited Zürich and London, won a Nobel Prize at Acme Corp.';
    const entities = await ner.run(text);
    expect(entities.map(({ text: t, type, label, start, end }) => ({ t, type, label, start, end }))).toEqual([
      { t: 'Marie Curie', type: 'Person', label: 'PER', start: 0, end: 11 },
      { t: 'Zürich', type: 'Location', label: 'LOC', start: 20, end: 26 },
      // "london" is two pieces in the tiny vocabulary (lon + ##don): one span.
      { t: 'London', type: 'Location', label: 'LOC', start: 31, end: 37 },
      { t: 'Nobel Prize', type: 'Concept', label: 'MISC', start: 45, end: 56 },
      { t: 'Acme Corp', type: 'Organization', label: 'ORG', start: 60, end: 69 },
    ]);
    for (const e of entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
    expect(network.attempts).toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('labels a text longer than the model window in full, joining an entity split across windows', async () => {
    // 8 tokens per call: [CLS] + 6 pieces + [SEP], so "marie" ends window one and "curie" opens window two.
    await writeTinyNerModel(join(modelsDir, 'tiny-ner-short'), { maxLength: 8 });
    const ner = await models.ner('tiny-ner-short');
    const text = 'the the the the the Marie Curie visited the the the the the the the Paris';
    const entities = await ner.run(text);
    expect(entities.map((e) => [e.text, e.type, e.start])).toEqual([
      ['Marie Curie', 'Person', 20],
      ['Paris', 'Location', text.length - 5],
    ]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('returns no entities for blank text', async () => {
    const ner = await models.ner('tiny-ner');
    await expect(ner.run('   ')).resolves.toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('names a model without a card after its folder and a hash of its weights', async () => {
    const ner = await models.ner('tiny-ner');
    const weights = await readFile(join(modelsDir, 'tiny-ner', 'onnx', 'model.onnx'));
    const hash = createHash('sha256').update(weights).digest('hex').slice(0, 12);
    expect(ner.card).toMatchObject({ id: `tiny-ner@${hash}`, name: 'tiny-ner', version: hash, task: 'ner', engine: 'neural', licence: 'unknown' });
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('takes name, version, licence and origin from model-card.json when present', async () => {
    const folder = join(modelsDir, 'carded');
    await writeTinyNerModel(folder);
    await writeModelFolder(folder, {
      'model-card.json': { name: 'bert-base-ner', version: '1.0.0', licence: 'MIT', origin: 'https://huggingface.co/dslim/bert-base-NER' },
    });
    const ner = await models.ner('carded');
    expect(ner.card).toEqual({
      id: 'bert-base-ner@1.0.0',
      name: 'bert-base-ner',
      version: '1.0.0',
      task: 'ner',
      licence: 'MIT',
      origin: 'https://huggingface.co/dslim/bert-base-NER',
      engine: 'neural',
    });
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('shares one load between concurrent callers', async () => {
    const [a, b] = await Promise.all([models.ner('tiny-ner'), models.ner('tiny-ner')]);
    expect(a).toBe(b);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('refuses to run once disposed, and the loader then loads a fresh model', async () => {
    const first = await models.ner('tiny-ner');
    await first.dispose();
    await first.dispose();
    await expect(first.run('Paris')).rejects.toMatchObject({ code: 'MODEL_FAILED' });
    const second = await models.ner('tiny-ner');
    expect(second).not.toBe(first);
    await expect(second.run('Paris')).resolves.toMatchObject([{ text: 'Paris', type: 'Location' }]);
  }, NEURAL_LOAD_TIMEOUT_MS);
});
