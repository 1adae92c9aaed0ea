import type { ModelCard } from '../base/contract.js';
import type { EntityType } from '../../graph-schema/ontology.js';

/**
 * Which engine produced a piece of text. Every result names one, so a reader
 * of the graph can tell a rule-based translation from a neural one, a
 * dictionary lookup from a word-by-word gloss, and an untouched name from a
 * missing translation.
 * - `identity`: same language, or a name deliberately left as written.
 * - `apertium`: rule-based MT (Debian packages).
 * - `neural`: transformers.js model from the models folder.
 * - `cedict`: a Chinese term looked up / composed / romanised with CC-CEDICT.
 * - `cedict-gloss`: a word-by-word gloss; NOT a translation.
 * - `glossary`: the project's own fixed list (see `name-glossary.ts`).
 * - `none`: nothing could translate it; `reason` says why.
 */
export type TranslationEngine = 'identity' | 'apertium' | 'neural' | 'cedict' | 'cedict-gloss' | 'glossary' | 'none';

interface TranslationBase {
  from: string;
  to: string;
}

export type SentenceTranslation =
  | (TranslationBase & { text: string; engine: 'identity' })
  | (TranslationBase & {
      text: string;
      engine: 'apertium';
      model: ModelCard;
      /** Apertium modes used in order, e.g. `['fr-es', 'spa-eng']` for a two-hop route. */
      modes: string[];
    })
  | (TranslationBase & { text: string; engine: 'neural'; model: ModelCard })
  | (TranslationBase & { text: null; engine: 'none'; reason: string });

/** An entity name to translate; `type` lets person names stay as written. */
export interface TermInput {
  text: string;
  type?: EntityType;
}

/** How a dictionary-based term translation was reached (for provenance and debugging). */
export type TermMethod =
  | 'unchanged'
  | 'machine-translation'
  | 'dictionary'
  | 'dictionary-reference'
  | 'corporate-suffix'
  | 'romanised-person-name'
  | 'composed'
  | 'glossary';

export interface TermTranslation {
  source: string;
  /** Null when no engine could translate the term. */
  text: string | null;
  engine: TranslationEngine;
  method?: TermMethod;
  model?: ModelCard;
  /** Corrections applied after the engine, e.g. `glossary: Peking → Beijing`. */
  notes?: string[];
  /** Set when `engine` is `none`. */
  reason?: string;
  /**
   * For a transliterated foreign name ("安娜·韦伯"), the Latin spellings it may
   * stand for, per "·"-separated part, as slots of alternatives read in order
   * (see `transliterationSpellings`): `text` is one guess ("Anna Webb"), these
   * let resolution recognise "Anna Weber".
   */
  spellings?: string[][][];
}
