import type { AnalysedMention } from './analyze-document.js';

/** Words after which a capitalised name is a place ("in Valencia", "desde Valencia", "visita Valencia"). */
const PLACE_CUES = new Set([
  'in', 'at', 'from', 'to', 'near', 'of', 'into', 'across', 'visit', 'visits', 'visited', 'visiting',
  'en', 'desde', 'hacia', 'de', 'a', 'cerca', 'visita', 'visitó', 'visitan', 'visitar',
]);

/**
 * "Marta Valencia … Valencia has spent years …": recognisers that know
 * Valencia the city type the lone surname as a place. When a document names
 * a person with that surname and the word is not governed by a place
 * preposition or a verb of visiting, it is the person's short form.
 */
export function retypeSurnameShortForms(text: string, mentions: readonly AnalysedMention[]): AnalysedMention[] {
  const surnames = new Set(
    mentions.filter((m) => m.type === 'Person' && /\s/u.test(m.text.trim())).map((m) => m.text.trim().split(/\s+/u).pop() ?? ''),
  );
  if (surnames.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.type !== 'Location' || !surnames.has(m.text)) return m;
    const before = text.slice(Math.max(0, m.start - 20), m.start).trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
    return PLACE_CUES.has(before) ? m : { ...m, type: 'Person' };
  });
}
