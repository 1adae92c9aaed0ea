import type { MentionRule, MultilingualMention } from './types.js';

/**
 * Tie-breakers for identical spans: the curated table beats the project's
 * rules, which beat jieba's tags. "马德里" is both a table place and a
 * surname-led "name"; the table must win.
 */
const RULE_RANK: Partial<Record<MentionRule, number>> = {
  gazetteer: 3,
  'jieba-organization': 1,
  'jieba-place': 1,
  'two-capitalised-words': 1,
};
const DEFAULT_RANK = 2;

/**
 * Non-overlapping mentions, sorted by start: the longest span wins, then the
 * higher-ranked rule, then the higher confidence, then the earlier start.
 * Longest-first because these sources fail by finding fragments ("北京" in
 * "北京大学", "东" in "刘强东"), as the English resolver argues for its own.
 */
export function resolveOverlaps(candidates: readonly MultilingualMention[]): MultilingualMention[] {
  const rank = (m: MultilingualMention) => RULE_RANK[m.rule] ?? DEFAULT_RANK;
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || b.confidence - a.confidence || a.start - b.start,
  );
  // A map of taken positions keeps this linear in the text, where comparing with every kept span was quadratic.
  const taken = new Uint8Array(candidates.reduce((end, m) => Math.max(end, m.end), 0));
  const kept: MultilingualMention[] = [];
  for (const candidate of ranked) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
