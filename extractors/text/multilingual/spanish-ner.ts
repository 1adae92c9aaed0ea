import { modelId, type ModelCard } from '../../base/contract.js';
import type { Gazetteer } from '../ner/index.js';
import { defaultMultilingualGazetteer } from './default-gazetteer.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { MULTILINGUAL_RULES_REVISION } from './rules-revision.js';
import { documentShortForms } from '../ner/document-names.js';
import { ML_CONFIDENCE } from './confidence.js';
import { findNameCandidates, splitAtFirstParticle, type NameCandidate } from './spanish-candidates.js';
import { findSpanishDates, findSpanishMoney } from './spanish-dates-money.js';
import { typeCandidate, type SpanishCandidateTyper } from './spanish-typing.js';
import { ORGANIZATION_TAIL_WORDS } from './spanish-words.js';
import type { MultilingualMention } from './types.js';

const MODEL_NAME = 'es-rules-ner';

export interface SpanishNerOptions {
  /**
   * Case-sensitive, whole-word name table. Replaces the bundled one; pass
   * `defaultMultilingualGazetteer().extend(entries)` to add to it.
   * Default: `defaultMultilingualGazetteer()` (English table plus Spanish and
   * Chinese names, canonical names in English).
   */
  gazetteer?: Gazetteer;
  /**
   * Types capitalised phrases that no Spanish cue types (see
   * `typeCandidate`). Default: none, in which case such a phrase of two or
   * more capitalised words is a Person at confidence 0.5 and a single word
   * is dropped.
   */
  typer?: SpanishCandidateTyper;
}

/** `es-rules-ner@rules.<revision>`: the project's own rules and tables, with no package behind them. */
export function spanishNerCard(): ModelCard {
  const version = `rules.${MULTILINGUAL_RULES_REVISION}`;
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'ner',
    licence: 'project',
    origin: 'project rules (extractors/text/multilingual)',
    engine: 'bundled',
  };
}

/**
 * Named entities in ORIGINAL Spanish text: capitalised phrases (with
 * particles such as "de la" inside names) typed by Spanish cues, the name
 * table, and date and money patterns. Offsets index `text` (UTF-16 code
 * units, end exclusive); mentions never overlap and come sorted by start.
 * Synchronous, and loads nothing.
 */
export function recognizeSpanishEntities(text: string, options: SpanishNerOptions = {}): MultilingualMention[] {
  if (text.trim() === '') return [];
  const gazetteer = options.gazetteer ?? defaultMultilingualGazetteer();
  const tableMatches: MultilingualMention[] = gazetteer.find(text).map((mention) => ({ ...mention, rule: 'gazetteer' }));
  const placeStarts = new Set(tableMatches.filter((m) => m.type === 'Location').map((m) => m.start));
  const typeOne = (candidate: NameCandidate): MultilingualMention[] => {
    const typing = typeCandidate(text, candidate, options.typer);
    if (!typing) return [];
    return [{ start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), engine: 'pattern', ...typing }];
  };
  const typedCandidates = findNameCandidates(text, (start) => placeStarts.has(start)).flatMap((candidate): MultilingualMention[] => {
    // "los robots Strato de Nimbus Robotics": the product, then its maker.
    const split = splitAtFirstParticle(text, candidate);
    if (split && typeCandidate(text, split[0], options.typer)?.type === 'Product') return split.flatMap(typeOne);
    return typeOne(candidate);
  });
  const resolved = resolveOverlaps([...tableMatches, ...typedCandidates, ...findSpanishDates(text), ...findSpanishMoney(text)]);
  const shortForms = documentShortForms(text, resolved, SHORT_FORM_OPTIONS).map(
    (span): MultilingualMention => ({ ...span, confidence: ML_CONFIDENCE.documentShortForm, engine: 'pattern', rule: 'document-short-form' }),
  );
  return shortForms.length === 0 ? resolved : [...resolved, ...shortForms].sort((a, b) => a.start - b.start);
}

const SHORT_FORM_OPTIONS = {
  companyHeads: ORGANIZATION_TAIL_WORDS,
  placeCues: new Set(['en', 'desde', 'hacia', 'hasta', 'de', 'a', 'cerca', 'visita', 'visitó', 'visitan', 'visitar']),
};
