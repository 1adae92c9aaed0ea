import { modelId, type ModelCard } from '../../base/contract.js';
import type { Gazetteer } from '../ner/index.js';
import { defaultMultilingualGazetteer } from './default-gazetteer.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { MULTILINGUAL_RULES_REVISION } from './rules-revision.js';
import { findNameCandidates } from './spanish-candidates.js';
import { findSpanishDates, findSpanishMoney } from './spanish-dates-money.js';
import { typeCandidate, type SpanishCandidateTyper } from './spanish-typing.js';
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
  const typedCandidates = findNameCandidates(text, (start) => placeStarts.has(start)).flatMap((candidate): MultilingualMention[] => {
    const typing = typeCandidate(text, candidate, options.typer);
    if (!typing) return [];
    return [{ start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), engine: 'pattern', ...typing }];
  });
  return resolveOverlaps([...tableMatches, ...typedCandidates, ...findSpanishDates(text), ...findSpanishMoney(text)]);
}
