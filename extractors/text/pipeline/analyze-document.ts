import type { ModelCard, Span } from '../../base/contract.js';
import { recognizeEntities, compromiseNerCard, type EntityMention } from '../ner/index.js';
import { extractRelations, patternRelationsCard, type RelationCandidate } from '../relations/index.js';
import {
  chineseNerCard,
  chineseRelationsCard,
  extractChineseRelations,
  extractSpanishRelations,
  recognizeChineseEntities,
  recognizeSpanishEntities,
  spanishNerCard,
  spanishRelationsCard,
} from '../multilingual/index.js';
import { chunkSentences, detectLanguage, splitSentences } from '../segment/index.js';
import { retypeSurnameShortForms } from './surname-short-forms.js';

/** A recognised mention with what the later stages need: its language and, for Chinese, a Latin name given in brackets. */
export interface AnalysedMention extends EntityMention {
  language: string;
  latinAlias?: string;
}

export interface DocumentAnalysis {
  /** ISO 639-1 code, or `und` when the text is too short to tell. */
  language: string;
  languageConfidence: number;
  sentences: Span[];
  /** The segments stored in the graph: whole sentences up to `maxChunkChars`. */
  chunks: Span[];
  mentions: AnalysedMention[];
  relations: RelationCandidate[];
  nerCard: ModelCard;
  relationsCard: ModelCard;
}

/** A neural recogniser chosen by the model registry; it replaces the bundled one for English. */
export interface NeuralNerEngine {
  card: ModelCard;
  recognize(text: string): Promise<EntityMention[]>;
}

export interface AnalyzeOptions {
  /** Chunk size for segments (and so for embeddings). Default 800 characters. */
  maxChunkChars?: number;
  /** When set (NEURAL_NER_MODEL), English entities come from this model instead of compromise and the rules. */
  neuralNer?: NeuralNerEngine | null;
  /** The language when the producer knows it (a transcript from an English recogniser); skips detection. */
  language?: string;
  /**
   * Used when detection is unsure (confidence below `LOW_CONFIDENCE`): short
   * texts full of names, like a caption read from a photo, fool n-gram models.
   */
  fallbackLanguage?: string;
}

/**
 * Below this, a detected language is a guess (eld calls "Angela Merkel visited
 * Berlin in May" German at 0.05). Of 600 generated names-heavy captions, the
 * English ones eld called Spanish scored 0.07 or less (one outlier: 0.30),
 * while the Spanish ones it got right had a median of 0.16; 0.15 keeps a
 * margin above the wrong ones and lets most right ones through.
 */
const LOW_CONFIDENCE = 0.15;
/** A language no recogniser reads needs more certainty to win over the fallback (English captions full of names come out Swedish or Italian at 0.4–0.49). */
const UNREAD_LANGUAGE_CONFIDENCE = 0.5;
const ANALYSED_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'zh']);

function unsure(guess: { language: string; confidence: number } | null): boolean {
  if (!guess) return true;
  return guess.confidence < (ANALYSED_LANGUAGES.has(guess.language) ? LOW_CONFIDENCE : UNREAD_LANGUAGE_CONFIDENCE);
}

/**
 * Language-specific recognisers on the ORIGINAL text, so every offset points
 * into what the user sent: English via compromise and the project's patterns,
 * Spanish and Chinese via the project's rules. Other languages get segments
 * and language only (no recogniser is installed for them), and say so.
 */
export async function analyzeDocument(text: string, options: AnalyzeOptions = {}): Promise<DocumentAnalysis> {
  const guessed = options.language ? { language: options.language, confidence: 1 } : detectLanguage(text);
  const detected = options.fallbackLanguage && unsure(guessed) ? { language: options.fallbackLanguage, confidence: guessed?.confidence ?? 0 } : guessed;
  const language = detected?.language ?? 'und';
  const sentences = splitSentences(text, language === 'und' ? 'en' : language);
  const chunks = chunkSentences(sentences, text, { maxChars: options.maxChunkChars ?? 800 });
  const base = { language, languageConfidence: detected?.confidence ?? 0, sentences, chunks };

  switch (language) {
    case 'zh': {
      const found = recognizeChineseEntities(text);
      const mentions = found.map(({ latinAlias, ...m }): AnalysedMention => ({ ...m, language, ...(latinAlias ? { latinAlias: latinAlias.text.trim() } : {}) }));
      return { ...base, mentions, relations: extractChineseRelations(text, sentences, found), nerCard: chineseNerCard(), relationsCard: chineseRelationsCard() };
    }
    case 'es': {
      const found = retypeSurnameShortForms(text, recognizeSpanishEntities(text).map(({ latinAlias: _none, ...m }): AnalysedMention => ({ ...m, language })));
      return { ...base, mentions: found, relations: extractSpanishRelations(text, sentences, found), nerCard: spanishNerCard(), relationsCard: spanishRelationsCard() };
    }
    default: {
      // English, and text too short to identify: compromise is the broadest recogniser we have.
      const english = language === 'en' || language === 'und';
      const neural = english ? options.neuralNer : null;
      const recognised = !english ? [] : neural ? await neural.recognize(text) : recognizeEntities(text);
      const found = retypeSurnameShortForms(text, recognised.map((m) => ({ ...m, language: language === 'und' ? 'en' : language })));
      return {
        ...base,
        mentions: found,
        relations: extractRelations(text, sentences, found),
        nerCard: neural ? neural.card : compromiseNerCard(),
        relationsCard: patternRelationsCard,
      };
    }
  }
}
