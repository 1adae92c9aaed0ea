import { loadCompromise, type Compromise } from './compromise-engine.js';
import { compromiseMentions } from './compromise-mentions.js';
import { corporateSuffixMentions } from './corporate-suffix.js';
import { findDates } from './date-patterns.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { honorificMentions } from './honorifics.js';
import { findMoney } from './money-patterns.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { roleOrganizationMentions } from './role-organizations.js';
import { trimMention } from './trim-mention.js';
import type { EntityMention } from './types.js';

export interface RecognizeOptions {
  /** Replaces the bundled table; pass `defaultGazetteer().extend(entries)` to add to it. Default: `defaultGazetteer()`. */
  gazetteer?: Gazetteer;
}

/**
 * Named entities in English text: compromise's people, places and
 * organisations, corrected and completed by the project's gazetteer,
 * corporate-suffix and title rules, and date and money patterns. Offsets
 * index `text` (UTF-16 code units, end exclusive); mentions never overlap
 * and come sorted by start. Loads compromise on the first call.
 */
export function recognizeEntities(text: string, options: RecognizeOptions = {}): EntityMention[] {
  return recognizeWith(loadCompromise(), text, options);
}

/** `recognizeEntities` with an already loaded compromise (the extractor loads it through its model cache). */
export function recognizeWith(nlp: Compromise, text: string, options: RecognizeOptions = {}): EntityMention[] {
  if (text.trim() === '') return [];
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const fromCompromise = compromiseMentions(text, nlp);
  const found = gazetteer.find(text);
  // A role cue guesses at an unknown company; it never overrides a name already known as a person or place.
  const known = [...fromCompromise, ...found].filter((m) => m.type === 'Person' || m.type === 'Location');
  const roleOrgs = roleOrganizationMentions(text).filter((r) => !known.some((k) => k.start < r.end && r.start < k.end));
  const candidates = [
    ...fromCompromise,
    ...corporateSuffixMentions(text),
    ...honorificMentions(text),
    ...roleOrgs,
    ...found,
    ...findDates(text),
    ...findMoney(text),
  ];
  return resolveOverlaps(candidates.flatMap((candidate) => trimMention(text, candidate) ?? []));
}
