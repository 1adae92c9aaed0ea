import type { NeuralModelSpec } from './neural.js';
import { APERTIUM_LANGUAGES, isChinese, normalizeLanguage } from './languages.js';

/** Which engine handles a language pair, decided from configuration alone (nothing is probed). */
export type Route =
  | { engine: 'identity' }
  | { engine: 'neural'; spec: NeuralModelSpec }
  | { engine: 'apertium' }
  | { engine: 'none'; reason: string };

/** `{ 'zh-en': 'opus-mt-zh-en' }`: a language pair (ISO 639-1, `from-to`) → model folder or spec. */
export type NeuralModelConfig = Readonly<Record<string, string | NeuralModelSpec>>;

/**
 * Sentences: same language → identity; a configured neural model wins (it
 * was chosen on purpose); European languages → Apertium; Chinese without a
 * neural model → none, because no offline sentence MT for Chinese exists
 * here; anything else → none.
 */
export function routeSentences(from: string, to: string, neuralModels: NeuralModelConfig, modelsDir: string): Route {
  const source = normalizeLanguage(from);
  const target = normalizeLanguage(to);
  if (source === target) return { engine: 'identity' };
  const spec = neuralSpec(neuralModels, source, target);
  if (spec) return { engine: 'neural', spec };
  if (APERTIUM_LANGUAGES.has(source) && APERTIUM_LANGUAGES.has(target)) return { engine: 'apertium' };
  if (isChinese(source)) {
    return {
      engine: 'none',
      reason:
        `no offline sentence translator for ${source}→${target}: Apertium has no Chinese pair and no neural model is configured ` +
        `(set neuralModels['${source}-${target}'] to a Marian/opus-mt folder under ${modelsDir}). ` +
        `Entity names are still translated term by term with CC-CEDICT (translateTerms); glossSentence gives a word-by-word gloss, not a translation.`,
    };
  }
  return { engine: 'none', reason: `no translation engine for ${source}→${target}: not an Apertium language and no neural model configured` };
}

function neuralSpec(config: NeuralModelConfig, from: string, to: string): NeuralModelSpec | undefined {
  const entry = config[`${from}-${to}`];
  if (entry === undefined) return undefined;
  return typeof entry === 'string' ? { folder: entry } : entry;
}
