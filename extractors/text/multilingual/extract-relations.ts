import type { Span } from '../../base/contract.js';
import type { EntityMention } from '../ner/index.js';
import { CO_OCCURRENCE_CONFIDENCE, type RelationCandidate } from '../relations/index.js';
import type { RelationLanguage, RelationRule } from './relation-rules.js';

interface IndexedMention {
  index: number;
  mention: EntityMention;
}

/** Dates and amounts are attributes of what happens, not entities that keep company (as in the English module). */
const NOT_ENTITIES = new Set(['Date', 'Money']);

/**
 * The English module's contract (`extractRelations` in `../relations/`),
 * driven by a language's rules: every pair of mentions wholly inside a
 * sentence is tried against the rules in order; the first that matches
 * gives the pair's typed relation unless the matched text is negated. Every
 * pair of entities with no typed relation, negated ones included (they still
 * co-occur), gets `CO_OCCURS_WITH`. Results are ordered by sentence, typed
 * first; subject and object are indices into `mentions`.
 */
export function extractWithRules(
  text: string,
  sentences: readonly Span[],
  mentions: readonly EntityMention[],
  language: RelationLanguage,
): RelationCandidate[] {
  const indexed = mentions.map((mention, index) => ({ index, mention }));
  return [...sentences]
    .sort((a, b) => a.start - b.start)
    .flatMap((sentence) => {
      const inside = indexed
        .filter(({ mention }) => mention.start >= sentence.start && mention.end <= sentence.end)
        .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
      const typed: RelationCandidate[] = [];
      const weak: RelationCandidate[] = [];
      inside.forEach((first, i) => {
        for (const second of inside.slice(i + 1)) {
          if (first.mention.end > second.mention.start || sameEntity(first.mention, second.mention)) continue;
          const relation = typedRelation(text, sentence, first, second, language);
          if (relation) typed.push(relation);
          else if (!NOT_ENTITIES.has(first.mention.type) && !NOT_ENTITIES.has(second.mention.type)) {
            weak.push(coOccurrence(sentence, first, second));
          }
        }
      });
      return [...typed, ...weak];
    });
}

function typedRelation(
  text: string,
  sentence: Span,
  first: IndexedMention,
  second: IndexedMention,
  language: RelationLanguage,
): RelationCandidate | undefined {
  const between = text.slice(first.mention.end, second.mention.start);
  const before = text.slice(sentence.start, first.mention.start);
  const after = text.slice(second.mention.end, sentence.end);
  for (const rule of language.rules) {
    if (!rule.first.includes(first.mention.type) || !rule.second.includes(second.mention.type)) continue;
    const matched = matchRule(rule, [between, ...language.betweenVariants(between)], before, after);
    if (matched === undefined) continue;
    if (language.negation.test(matched)) return undefined;
    const [subject, object] = rule.subject === 'first' ? [first, second] : [second, first];
    return { type: rule.type, subject: subject.index, object: object.index, sentence, confidence: rule.confidence, pattern: rule.pattern };
  }
  return undefined;
}

/** The text the rule matched (for the negation check), or `undefined` when it does not apply. */
function matchRule(rule: RelationRule, betweens: readonly string[], before: string, after: string): string | undefined {
  const between = betweens.find((candidate) => rule.between.test(candidate));
  if (between === undefined) return undefined;
  const afterMatch = rule.after ? rule.after.exec(after) : null;
  if (rule.after && !afterMatch) return undefined;
  const beforeMatch = rule.before ? rule.before.exec(before) : null;
  if (rule.before && !beforeMatch) return undefined;
  return [beforeMatch?.[0] ?? '', between, afterMatch?.[0] ?? ''].join(' ');
}

function coOccurrence(sentence: Span, first: IndexedMention, second: IndexedMention): RelationCandidate {
  return {
    type: 'CO_OCCURS_WITH',
    subject: first.index,
    object: second.index,
    sentence,
    confidence: CO_OCCURRENCE_CONFIDENCE,
    pattern: 'co-occurrence',
  };
}

/** Two mentions of one entity ("北京 … 北京", "北京 … 北京市") relate to nothing through each other. */
function sameEntity(a: EntityMention, b: EntityMention): boolean {
  return a.type === b.type && (a.canonical ?? a.text) === (b.canonical ?? b.text);
}
