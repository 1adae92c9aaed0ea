import { loadCompromise, type Compromise } from './compromise-engine.js';
import { compromiseMentions } from './compromise-mentions.js';
import { CONFIDENCE } from './confidence.js';
import { COMPANY_HEADS, corporateSuffixMentions } from './corporate-suffix.js';
import { documentShortForms } from './document-names.js';
import { findDates } from './date-patterns.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { honorificMentions } from './honorifics.js';
import { findMoney } from './money-patterns.js';
import { productMentions } from './product-cues.js';
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
  const suffixed = corporateSuffixMentions(text);
  const titled = honorificMentions(text);
  // A product cue guesses from the next noun; names known otherwise ("Tesla cars", "Berlin robots") keep their type.
  const named = [...known, ...found, ...suffixed, ...titled];
  const products = productMentions(text, { isDescriptiveWord: (word) => nlp(word).has('(#Demonym|#Adjective)') }).filter(
    (p) => !named.some((k) => k.start < p.end && p.start < k.end),
  );
  const candidates = [...fromCompromise, ...suffixed, ...titled, ...roleOrgs, ...found, ...products, ...findDates(text), ...findMoney(text)];
  const resolved = resolveOverlaps(candidates.flatMap((candidate) => trimMention(text, candidate) ?? []));
  const shortForms = documentShortForms(text, resolved, SHORT_FORM_OPTIONS).map(
    (span): EntityMention => ({ ...span, confidence: CONFIDENCE.documentShortForm, engine: 'pattern' }),
  );
  return shortForms.length === 0 ? resolved : [...resolved, ...shortForms].sort((a, b) => a.start - b.start);
}

const SHORT_FORM_OPTIONS = {
  companyHeads: new Set<string>(COMPANY_HEADS),
  placeCues: new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'visit', 'visits', 'visited', 'visiting']),
};
