import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, writeTinyEmbeddingModel, writeTinyNerModel, type NetworkGuard } from '../../../test/support/tiny-models/index.js';
import { loadConfig } from '../../../config/index.js';
import { ExtractorError } from '../../base/errors.js';
import { NeuralModels } from '../../neural/index.js';
import { chooseEngine } from '../../registry.js';
import { analyzeDocument } from './analyze-document.js';
import { neuralNerEngine, neuralTextEmbedder } from './neural-engines.js';

/** Wiring of the registry's choice into the text pipeline, on tiny models generated here: shapes and routing, never quality. */
const NEURAL_LOAD_TIMEOUT_MS = 30_000;

describe('model registry routing', () => {
  let modelsDir: string;
  let models: NeuralModels;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-routing-'));
    await writeTinyNerModel(join(modelsDir, 'tiny-ner'));
    await writeTinyEmbeddingModel(join(modelsDir, 'tiny-embed'));
    models = new NeuralModels({ modelsDir });
  });

  afterAll(async () => {
    await models.dispose();
    await rm(modelsDir, { recursive: true, force: true });
    network.restore();
  });

  it('serves a task with the bundled engine unless a neural model is configured', () => {
    const none = loadConfig({}).neural;
    expect(chooseEngine('ner', none)).toEqual({ engine: 'bundled', model: 'compromise-ner / es-rules-ner / zh-rules-ner' });
    const configured = loadConfig({ NEURAL_NER_MODEL: 'tiny-ner' }).neural;
    expect(chooseEngine('ner', configured)).toEqual({ engine: 'neural', folder: 'tiny-ner' });
    expect(chooseEngine('embed', configured).engine).toBe('bundled');
  });

  it('runs English NER through the configured model and stamps its card on the analysis', async () => {
    const text = 'Marie Curie visited London and met people of Acme Corp there.';
    const analysis = await analyzeDocument(text, { neuralNer: neuralNerEngine(models, 'tiny-ner') });
    expect(analysis.nerCard.engine).toBe('neural');
    expect(analysis.nerCard.id).toMatch(/^tiny-ner@/);
    expect(analysis.mentions.map((m) => [m.text, m.type, m.engine])).toEqual([
      ['Marie Curie', 'Person', 'neural'],
      ['London', 'Location', 'neural'],
      ['Acme Corp', 'Organization', 'neural'],
    ]);
    for (const m of analysis.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(network.attempts).toEqual([]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('refuses a neural embedder whose dimension the vector indexes cannot hold', async () => {
    const embedder = neuralTextEmbedder(models, 'tiny-embed', 512);
    const err = await embedder.embed(['hello world']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractorError);
    expect((err as Error).message).toMatch(/-d embeddings but the vector indexes hold 512-d/);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('embeds through a configured model of the right dimension', async () => {
    const probe = await models.embedder('tiny-embed');
    const embedder = neuralTextEmbedder(models, 'tiny-embed', probe.dimension ?? -1);
    const [vector] = await embedder.embed(['the cat']);
    expect(vector).toHaveLength(probe.dimension ?? -1);
    expect(embedder.card.engine).toBe('neural');
  }, NEURAL_LOAD_TIMEOUT_MS);
});
