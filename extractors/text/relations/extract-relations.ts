import type { Span } from '../../base/contract.js';
import type { EntityMention } from '../ner/index.js';
import { betweenText, isNegated, normalise, withoutLeadingPredicate } from './between-text.js';
import { coOccurrences } from './co-occurrence.js';
import { coordinationGroups, type IndexedMention, type MentionGroup } from './coordination.js';
import { GROUP_PATTERNS, PAIR_PATTERNS, type PairPattern } from './patterns.js';
import { keepStrongest, withoutSubsumed } from './relation-key.js';
import type { RelationCandidate } from './types.js';

/** How far before a coordination or a mention a "talks between" or "the sale of" cue may start. */
const BEFORE_WINDOW = 40;

/**
 * Typed relations from the wording between mentions of one sentence, then
 * `CO_OCCURS_WITH` for every other pair of entities in it. Mentions and
 * sentences index the same `text`; a mention that is not wholly inside a
 * sentence takes part in no relation. Results are ordered by sentence, and
 * subject and object are indices into `mentions`.
 */
export function extractRelations(text: string, sentences: readonly Span[], mentions: readonly EntityMention[]): RelationCandidate[] {
  const sorted = mentions.map((mention, index) => ({ index, mention })).sort((a, b) => a.mention.start - b.mention.start);
  return [...sentences]
    .sort((a, b) => a.start - b.start)
    .flatMap((sentence) => {
      const inSentence = mentionsWithin(sorted, sentence);
      const typed = withoutSubsumed(keepStrongest(typedRelations(text, sentence, inSentence)));
      return [...typed, ...coOccurrences(sentence, inSentence, typed)];
    });
}

/** Binary search into mentions sorted by start: a long document has thousands of each. */
function mentionsWithin(sorted: readonly IndexedMention[], sentence: Span): IndexedMention[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.mention.start ?? Infinity) < sentence.start) low = middle + 1;
    else high = middle;
  }
  const within: IndexedMention[] = [];
  for (let i = low; i < sorted.length; i++) {
    const item = sorted[i];
    if (!item || item.mention.start >= sentence.end) break;
    if (item.mention.end <= sentence.end) within.push(item);
  }
  return within;
}

function typedRelations(text: string, sentence: Span, mentions: readonly IndexedMention[]): RelationCandidate[] {
  const groups = coordinationGroups(text, mentions);
  const found: RelationCandidate[] = [];
  groups.forEach((left, i) => {
    for (const right of groups.slice(i + 1)) {
      const intervening = mentions.filter(({ mention }) => mention.start >= left.end && mention.end <= right.start);
      const between = betweenText(text, left.end, right.start, intervening.map(({ mention }) => mention));
      if (between === undefined || isNegated(between)) continue;
      const readings = [between, withoutLeadingPredicate(between)].filter((reading) => reading !== undefined);
      let after: string | undefined;
      let before: string | undefined;
      for (const pattern of PAIR_PATTERNS) {
        if (!readings.some((reading) => pattern.between.test(reading))) continue;
        if (pattern.after) {
          after ??= normalise(text.slice(right.end, sentence.end));
          if (!pattern.after.test(after)) continue;
        }
        if (pattern.before) {
          before ??= normalise(text.slice(Math.max(sentence.start, left.start - BEFORE_WINDOW), left.start));
          if (!pattern.before.test(before)) continue;
        }
        found.push(...relate(pattern, left, right, sentence));
      }
    }
    found.push(...groupRelations(text, sentence, left));
  });
  return found;
}

function relate(pattern: PairPattern, left: MentionGroup, right: MentionGroup, sentence: Span): RelationCandidate[] {
  const found: RelationCandidate[] = [];
  for (const a of left.members) {
    for (const b of right.members) {
      const [subject, object] = pattern.direction === 'forward' ? [a, b] : [b, a];
      const allowed = pattern.types.some(([s, o]) => s === subject.mention.type && o === object.mention.type);
      if (!allowed) continue;
      found.push({ type: pattern.type, subject: subject.index, object: object.index, sentence, confidence: pattern.confidence, pattern: pattern.name });
    }
  }
  return found;
}

/** Reciprocal relations among coordinated mentions: "X and Y met", "talks between X and Y". */
function groupRelations(text: string, sentence: Span, group: MentionGroup): RelationCandidate[] {
  if (group.members.length < 2) return [];
  const after = normalise(text.slice(group.end, sentence.end));
  const before = normalise(text.slice(Math.max(sentence.start, group.start - BEFORE_WINDOW), group.start));
  if (isNegated(after.split(/[,;]/u)[0] ?? '')) return [];
  const found: RelationCandidate[] = [];
  for (const pattern of GROUP_PATTERNS) {
    const matches = (pattern.after?.test(after) ?? false) || (pattern.before?.test(before) ?? false);
    if (!matches) continue;
    group.members.forEach((a, i) => {
      for (const b of group.members.slice(i + 1)) {
        if (!pattern.memberTypes.includes(a.mention.type) || !pattern.memberTypes.includes(b.mention.type)) continue;
        found.push({ type: pattern.type, subject: a.index, object: b.index, sentence, confidence: pattern.confidence, pattern: pattern.name });
      }
    });
  }
  return found;
}
