import type { EntityType } from '../../../graph-schema/index.js';
import { escapeRegex } from './escape-regex.js';

/** What this module needs of a mention. */
export interface NamedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

export interface DocumentNameOptions {
  /** Sector nouns that end company names; what stands before one is the short name ("Nimbus" of "Nimbus Robotics"). */
  companyHeads: ReadonlySet<string>;
  /** Lower-case words after which a name is a place, not a person's surname ("in Valencia", "en Valencia"). */
  placeCues: ReadonlySet<string>;
}

/** Legal forms dropped from the end of a company's name before its short forms are taken. */
const LEGAL_FORM = /,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|GmbH|AG|SE|SA|SL|SAU|S\.\s?A|S\.\s?L|S\.\s?A\.\s?U|S\.\s?p\.\s?A|N\.V|B\.V)\.?$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Later, shorter mentions of names a document gives in full, which no rule
 * finds on their own: a person's surname ("Puig" after "Jordi Puig"), a
 * company without its legal form ("Sensia Vision" after "Sensia Vision
 * S.L.") or sector noun ("Nimbus" after "Nimbus Robotics"), a product
 * named again without its cue ("the HX-9" after "the HX-9 lidar sensor"),
 * and a place named again where no rule saw it.
 * Returns only new spans: whole-word, case-sensitive occurrences that
 * overlap no mention in `mentions` and do not run on into another
 * capitalised word ("Weber Shandwick"). A short form that names of
 * different types would give is ambiguous and left out, except a surname
 * that is also a place (see `typeAt`).
 */
export function documentShortForms(text: string, mentions: readonly NamedSpan[], options: DocumentNameOptions): NamedSpan[] {
  const forms = new Map<string, Set<EntityType>>();
  // Which full names give each short form: "Weber" after both "Anna Weber" and "Klaus Weber" names neither for sure.
  const sources = new Map<string, Set<string>>();
  for (const mention of mentions) {
    for (const surface of shortFormsOf(mention, options)) {
      if (surface.length < 2) continue;
      forms.set(surface, (forms.get(surface) ?? new Set()).add(mention.type));
      if (mention.text !== surface && mention.type !== 'Location') sources.set(surface, (sources.get(surface) ?? new Set()).add(mention.text));
    }
  }
  const found: NamedSpan[] = [];
  for (const [surface, types] of forms) {
    if ((sources.get(surface)?.size ?? 0) > 1) continue;
    const occurrence = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegex(surface)}(?![\\p{L}\\p{N}]|-\\p{L}|\\s+\\p{Lu})`, 'gu');
    for (const match of text.matchAll(occurrence)) {
      const start = match.index;
      if ([...mentions, ...found].some((m) => start < m.end && m.start < start + surface.length)) continue;
      const type = typeAt(types, options.placeCues.has(wordBefore(text, start)));
      if (type) found.push({ start, end: start + surface.length, text: surface, type });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "Marta Valencia … in Valencia": a surname that is also a place the
 * document names is the place after a place cue and the person elsewhere.
 * Any other clash of types is ambiguous.
 */
function typeAt(types: ReadonlySet<EntityType>, afterPlaceCue: boolean): EntityType | undefined {
  if (types.size === 1) {
    const [type] = types;
    return type === 'Person' && afterPlaceCue ? undefined : type;
  }
  if (types.size === 2 && types.has('Person') && types.has('Location')) return afterPlaceCue ? 'Location' : 'Person';
  return undefined;
}

function shortFormsOf(mention: NamedSpan, options: DocumentNameOptions): string[] {
  const words = mention.text.trim().split(/\s+/u);
  switch (mention.type) {
    case 'Person': {
      const surname = words.at(-1) ?? '';
      return words.length > 1 && CAPITALISED_WORD.test(surname) ? [surname] : [];
    }
    case 'Organization': {
      const name = mention.text.replace(LEGAL_FORM, '');
      const forms = name !== mention.text && /\s/u.test(name) ? [name] : [];
      const nameWords = name.split(/\s+/u);
      const [first, head] = nameWords;
      if (nameWords.length === 2 && first && head && options.companyHeads.has(head) && CAPITALISED_WORD.test(first)) forms.push(first);
      return forms;
    }
    case 'Product':
    case 'Location':
      return [mention.text];
    // Dates and amounts repeat by value, not by name; events and works are rarely shortened to one word.
    case 'Event':
    case 'Work':
    case 'Concept':
    case 'Date':
    case 'Money':
      return [];
  }
}

function wordBefore(text: string, start: number): string {
  return /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase() ?? '';
}
