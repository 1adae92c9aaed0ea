import { CONFIDENCE } from './confidence.js';
import type { EntityMention } from './types.js';

/**
 * "CEO of Nimbus Robotics", "a partner at Elbe Capital", "works for Hanxing
 * Technology": the role names its organisation even when compromise has
 * never heard of the company. The name is the run of capitalised words
 * after the preposition.
 */
const ROLE_THEN_ORG =
  /\b(?:CEO|chief executive(?: officer)?|chief financial officer|CFO|CTO|chair(?:man|woman)?|president|founder|co-founder|director|partner|head|professor|employees?|engineers?|researchers?|works? for|worked for|joined|join|joins|joining)\s+(?:of|at|for)?\s*(?:the\s+)?((?:\p{Lu}[\p{L}&.-]*)(?:\s+\p{Lu}[\p{L}&.-]*){0,4})/gdu;

/** Words that start a capitalised run but are never part of a company name here. */
const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'Its', 'His', 'Her', 'Their', 'This', 'That']);

export function roleOrganizationMentions(text: string): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const match of text.matchAll(ROLE_THEN_ORG)) {
    const span = match.indices?.[1];
    const name = match[1];
    if (!span || name === undefined) continue;
    // "Zürich-based Acme AG": a hyphenated lower-case word describes, it does not name.
    const words = name.split(/\s+/u);
    const described = words.findIndex((w) => /-\p{Ll}/u.test(w));
    const named = described < 0 ? words : words.slice(0, described);
    // A word ending in a full stop ends the sentence unless it is a company abbreviation ("Inc.", "S.A.").
    const stop = named.findIndex((w) => w.endsWith('.') && !/^(?:Inc|Corp|Ltd|Co|S\.A|S\.L)\.$/u.test(w));
    const kept = (stop < 0 ? named : named.slice(0, stop + 1)).join(' ');
    if (kept === '' || NOT_NAME.has(words[0] ?? '')) continue;
    // A trailing full stop belongs to the sentence unless the name ends in an abbreviation like "Inc.".
    const trimmed = /\b(?:Inc|Corp|Ltd|Co|S\.A|S\.L)\.$/u.test(kept) ? kept : kept.replace(/[.,]+$/u, '');
    if (trimmed.length < 2) continue;
    mentions.push({ start: span[0], end: span[0] + trimmed.length, text: trimmed, type: 'Organization', confidence: CONFIDENCE.roleOrganization, engine: 'pattern' });
  }
  return mentions;
}
