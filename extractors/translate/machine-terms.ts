import type { ModelCard, RunContext } from '../base/contract.js';
import { glossaryName, institutionName, modernizeEnglishName } from './name-glossary.js';
import { looksLikeName, toNameCase } from './title-case.js';
import type { TermInput, TermTranslation } from './types.js';

/** Translates many texts with one engine; Apertium and the neural model both fit. */
export type BatchTranslate = (texts: string[], context: RunContext) => Promise<{ texts: string[]; engine: 'apertium' | 'neural'; model: ModelCard }>;

const SCRIPT_OF_NAMES = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

/**
 * Entity names through a sentence MT engine, with the corrections names need:
 * - person names in Latin script are left as written: they are the same in
 *   every Latin-script language, and Apertium translates their words
 *   ("Rosa Blanco" → "Rosa White");
 * - names on the project glossary skip the engine (`name-glossary.ts`), and
 *   so do Spanish institution names ("Universidad Hanlin" → "Hanlin University");
 * - names written as names stay capitalised ("Unión Europea" → Apertium
 *   "European union" → "European Union");
 * - archaic exonyms are modernised ("Pekín" → Apertium "Peking" → "Beijing").
 * Every result says which engine did what.
 */
export async function translateNamesWithEngine(
  terms: readonly TermInput[],
  from: string,
  translate: BatchTranslate,
  context: RunContext = {},
): Promise<TermTranslation[]> {
  const results: (TermTranslation | undefined)[] = terms.map((term) => {
    const text = term.text.trim();
    if (term.type === 'Person' && SCRIPT_OF_NAMES.test(text)) {
      return { source: term.text, text, engine: 'identity', method: 'unchanged', notes: ['person names are not translated'] };
    }
    const fixed = glossaryName(text, from);
    if (fixed) return { source: term.text, text: fixed, engine: 'glossary', method: 'glossary' };
    const institution = term.type === 'Organization' ? institutionName(text, from) : undefined;
    return institution
      ? { source: term.text, text: institution, engine: 'glossary', method: 'glossary', notes: [`institution name order: ${text} → ${institution}`] }
      : undefined;
  });
  const pending = terms.map((term, index) => ({ term, index })).filter(({ index }) => results[index] === undefined);
  if (pending.length > 0) {
    const translated = await translate(pending.map(({ term }) => term.text.trim()), context);
    pending.forEach(({ term, index }, i) => {
      const raw = translated.texts[i] ?? '';
      const cased = looksLikeName(term.text) ? toNameCase(raw) : raw;
      const modern = modernizeEnglishName(cased);
      results[index] = {
        source: term.text,
        text: modern.text,
        engine: translated.engine,
        method: 'machine-translation',
        model: translated.model,
        ...(modern.note ? { notes: [modern.note] } : {}),
      };
    });
  }
  return results.map((r, i) => r ?? { source: terms[i]?.text ?? '', text: null, engine: 'none', reason: 'not translated' });
}
