import type { Span } from '../../base/contract.js';
import type { IndexedMention } from './coordination.js';
import type { RelationCandidate } from './types.js';

/**
 * The weak relation: counted by the graph across sentences, so each one here
 * is a single low-weight observation.
 */
export const CO_OCCURRENCE_CONFIDENCE = 0.3;

/**
 * `CO_OCCURS_WITH` for each pair of entities in a sentence that no typed
 * relation already links. Dates and amounts are attributes of what happens
 * in the sentence, not entities that keep company, so they are left out, as
 * are two mentions of the same name.
 */
export function coOccurrences(sentence: Span, mentions: readonly IndexedMention[], typed: readonly RelationCandidate[]): RelationCandidate[] {
  const linked = new Set(typed.flatMap(({ subject, object }) => [`${subject}:${object}`, `${object}:${subject}`]));
  const entities = mentions.filter(({ mention }) => mention.type !== 'Date' && mention.type !== 'Money');
  const found: RelationCandidate[] = [];
  entities.forEach((a, i) => {
    for (const b of entities.slice(i + 1)) {
      if (linked.has(`${a.index}:${b.index}`)) continue;
      if (a.mention.type === b.mention.type && a.mention.text === b.mention.text) continue;
      found.push({
        type: 'CO_OCCURS_WITH',
        subject: a.index,
        object: b.index,
        sentence,
        confidence: CO_OCCURRENCE_CONFIDENCE,
        pattern: 'co-occurrence',
      });
    }
  });
  return found;
}
