import type { EntityMention, MentionEngine } from './types.js';

/** On an identical span the curated table beats the project's rules, which beat compromise's lexicon. */
const ENGINE_RANK: Record<MentionEngine, number> = { gazetteer: 3, pattern: 2, compromise: 1, neural: 1 };

/**
 * Keeps a set of non-overlapping mentions: the longest span wins, then the
 * higher-ranked engine, then the higher confidence, then the earlier start.
 * Longest-first because the sources fail by finding fragments ("Sachs
 * Group" inside "Goldman Sachs Group Inc.", "Motor" inside "Honda Motor
 * Co."), rarely by over-extending once compromise's chains are split.
 */
export function resolveOverlaps(candidates: readonly EntityMention[]): EntityMention[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      ENGINE_RANK[b.engine] - ENGINE_RANK[a.engine] ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const kept: EntityMention[] = [];
  for (const candidate of ranked) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
