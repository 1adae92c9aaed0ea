import type { RunContext } from '../base/contract.js';
import { ApertiumTranslator, type ApertiumOptions } from './apertium.js';
import { ChineseTermTranslator, type SentenceGloss } from './chinese-terms.js';
import { isChinese, normalizeLanguage, PIVOT_LANGUAGE } from './languages.js';
import { translateNamesWithEngine, type BatchTranslate } from './machine-terms.js';
import { NeuralTranslator, type LoadedTranslationModel } from './neural.js';
import type { ModelFolder } from './neural-model-folder.js';
import { buildPivotText, type AlignedSentence } from './pivot-text.js';
import { routeSentences, type NeuralModelConfig, type Route } from './router.js';
import { splitSentences } from './sentences.js';
import type { SentenceTranslation, TermInput, TermTranslation } from './types.js';

export type { SentenceTranslation, TermInput, TermTranslation, TranslationEngine, TermMethod } from './types.js';
export type { SentenceGloss, GlossToken } from './chinese-terms.js';
export type { NeuralModelSpec, LoadedTranslationModel } from './neural.js';
export type { NeuralModelConfig } from './router.js';
export type { AlignedSentence, SourceLocation } from './pivot-text.js';
export { locateInSource } from './pivot-text.js';
export { splitSentences } from './sentences.js';
export { normalizeLanguage, PIVOT_LANGUAGE } from './languages.js';
export { ApertiumTranslator } from './apertium.js';
export { ChineseTermTranslator } from './chinese-terms.js';
export { NeuralTranslator } from './neural.js';

export interface TranslatorOptions {
  /** Folder holding neural models (`config.modelsDir`). */
  modelsDir: string;
  /** Neural models per pair, e.g. `{ 'zh-en': 'opus-mt-zh-en' }`. Default: none. */
  neuralModels?: NeuralModelConfig;
  /** Apertium settings (executable, timeout, batch size). */
  apertium?: ApertiumOptions;
  /** Replaces the transformers.js loader (tests with a generated tiny model). */
  loadNeuralModel?: (folder: ModelFolder) => Promise<LoadedTranslationModel>;
}

/** A text translated sentence by sentence, with both offsets of every sentence kept. */
export interface PivotDocument {
  /** The pivot-language text, or null when no engine translates this language's sentences. */
  text: string | null;
  sentences: AlignedSentence[];
  /** How the sentences were translated (the engine, model and, for `none`, the reason). */
  translation: Omit<SentenceTranslation, 'text'>;
}

export interface Translator {
  /** Routes one text to the engine for the pair (see `routeSentences`). `to` defaults to English. */
  translate(text: string, from: string, to?: string, context?: RunContext): Promise<SentenceTranslation>;
  /** Like `translate` for many texts, batched into as few engine calls as possible. */
  translateBatch(texts: readonly string[], from: string, to?: string, context?: RunContext): Promise<SentenceTranslation[]>;
  /** Translates entity names (Chinese with CC-CEDICT; European languages with Apertium or the neural model). */
  translateTerms(terms: ReadonlyArray<string | TermInput>, from: string, to?: string, context?: RunContext): Promise<TermTranslation[]>;
  /** Splits into sentences, translates them, and keeps offsets so pivot-text mentions map back (`locateInSource`). */
  translateDocument(text: string, from: string, to?: string, context?: RunContext): Promise<PivotDocument>;
  /** Word-by-word gloss of Chinese text (engine `cedict-gloss`; not a translation). */
  glossSentence(text: string): Promise<SentenceGloss>;
  /** Explains the routing for a pair without running anything. */
  routeFor(from: string, to?: string): Route;
  dispose(): Promise<void>;
}

/**
 * The translation front door. Engines are created here but nothing loads or
 * runs until first use: Apertium is started per call, CC-CEDICT and neural
 * models are loaded once and kept until `dispose`.
 */
export function createTranslator(options: TranslatorOptions): Translator {
  const neuralModels = options.neuralModels ?? {};
  const apertium = new ApertiumTranslator(options.apertium);
  const chinese = new ChineseTermTranslator();
  const neural = new NeuralTranslator({ modelsDir: options.modelsDir, loadModel: options.loadNeuralModel });
  const route = (from: string, to: string) => routeSentences(from, to, neuralModels, options.modelsDir);

  async function translateBatch(texts: readonly string[], from: string, to = PIVOT_LANGUAGE, context: RunContext = {}): Promise<SentenceTranslation[]> {
    const pair = { from: normalizeLanguage(from), to: normalizeLanguage(to) };
    const chosen = route(from, to);
    switch (chosen.engine) {
      case 'identity':
        return texts.map((text) => ({ ...pair, text, engine: 'identity' }));
      case 'none':
        return texts.map(() => ({ ...pair, text: null, engine: 'none', reason: chosen.reason }));
      case 'apertium': {
        const out = await apertium.translateBatch(texts, from, to, context);
        return out.texts.map((text) => ({ ...pair, text, engine: 'apertium', model: out.model, modes: out.modes }));
      }
      case 'neural': {
        const out = await neural.translate(texts, chosen.spec, context);
        return out.texts.map((text) => ({ ...pair, text, engine: 'neural', model: out.model }));
      }
    }
  }

  async function translateTerms(terms: ReadonlyArray<string | TermInput>, from: string, to = PIVOT_LANGUAGE, context: RunContext = {}): Promise<TermTranslation[]> {
    const inputs = terms.map((t) => (typeof t === 'string' ? { text: t } : t));
    const chosen = route(from, to);
    if (chosen.engine === 'identity') return inputs.map((t) => ({ source: t.text, text: t.text.trim(), engine: 'identity', method: 'unchanged' }));
    if (isChinese(from) && normalizeLanguage(to) === PIVOT_LANGUAGE) return chineseTerms(inputs, chosen, context);
    if (chosen.engine === 'none') return inputs.map((t) => ({ source: t.text, text: null, engine: 'none', reason: chosen.reason }));
    const engine: BatchTranslate =
      chosen.engine === 'neural' ? (texts, ctx) => neural.translate(texts, chosen.spec, ctx) : (texts, ctx) => apertium.translateBatch(texts, from, to, ctx);
    return translateNamesWithEngine(inputs, from, engine, context);
  }

  /** CC-CEDICT first; a configured neural model gets the names the dictionary cannot handle. */
  async function chineseTerms(inputs: readonly TermInput[], chosen: Route, context: RunContext): Promise<TermTranslation[]> {
    const results = await chinese.translateTerms(inputs);
    if (chosen.engine !== 'neural') return results;
    const missing = results.map((r, i) => ({ r, i })).filter(({ r }) => r.engine === 'none');
    if (missing.length === 0) return results;
    const out = await neural.translate(missing.map(({ r }) => r.source), chosen.spec, context);
    missing.forEach(({ r, i }, j) => (results[i] = { source: r.source, text: out.texts[j] ?? null, engine: 'neural', method: 'machine-translation', model: out.model }));
    return results;
  }

  return {
    translate: async (text, from, to = PIVOT_LANGUAGE, context = {}) => {
      const [result] = await translateBatch([text], from, to, context);
      return result ?? { from, to, text: null, engine: 'none', reason: 'empty batch' };
    },
    translateBatch,
    translateTerms,
    async translateDocument(text, from, to = PIVOT_LANGUAGE, context = {}) {
      const spans = splitSentences(text);
      const results = await translateBatch(spans.map((s) => s.text), from, to, context);
      const first = results[0] ?? { from, to, text: null, engine: 'none' as const, reason: 'no sentences' };
      const { text: _ignored, ...translation } = first;
      if (results.some((r) => r.text === null)) return { text: null, sentences: [], translation };
      const pivot = buildPivotText(spans, results.map((r) => r.text ?? ''));
      return { text: pivot.text, sentences: pivot.sentences, translation };
    },
    glossSentence: (text) => chinese.glossSentence(text),
    routeFor: (from, to = PIVOT_LANGUAGE) => route(from, to),
    async dispose() {
      await Promise.all([apertium.dispose(), chinese.dispose(), neural.dispose()]);
    },
  };
}
