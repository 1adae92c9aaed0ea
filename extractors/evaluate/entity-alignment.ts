import type { GoldMentionRef, PredictedMention } from './types.js';

export const spanKey = (m: { doc: string; start: number; end: number }): string => JSON.stringify([m.doc, m.start, m.end]);

/** A gold mention that some prediction found at exactly its span, and the graph entity that prediction points to. */
export interface MatchedMention<G extends GoldMentionRef = GoldMentionRef> {
  /** The caller's own gold record, so extra fields (the surface) come along. */
  gold: G;
  graphId: string;
}

/**
 * Pairs gold and predicted mentions on exact (doc, start, end). A span
 * predicted twice with different entities (which a sane graph never has)
 * keeps the smallest entity id, so results do not depend on query order.
 */
export function matchMentions<G extends GoldMentionRef>(gold: readonly G[], predicted: readonly PredictedMention[]): MatchedMention<G>[] {
  const bySpan = new Map<string, string>();
  for (const p of predicted) {
    const key = spanKey(p);
    const known = bySpan.get(key);
    if (known === undefined || p.entityId < known) bySpan.set(key, p.entityId);
  }
  const seen = new Set<string>();
  const matched: MatchedMention<G>[] = [];
  for (const g of gold) {
    const key = spanKey(g);
    const graphId = bySpan.get(key);
    if (graphId === undefined || seen.has(key)) continue;
    seen.add(key);
    matched.push({ gold: g, graphId });
  }
  return matched;
}

/**
 * Which gold entity each graph entity stands for: the one most of its matched
 * mentions belong to (ties go to the smallest gold id, for determinism). An
 * over-merged node therefore maps to one of the things it merged, and
 * relations through it are scored as that one.
 */
export function graphToGold(matched: readonly MatchedMention[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { gold, graphId } of matched) {
    const tally = votes.get(graphId) ?? new Map<string, number>();
    tally.set(gold.entity, (tally.get(gold.entity) ?? 0) + 1);
    votes.set(graphId, tally);
  }
  const out = new Map<string, string>();
  for (const [graphId, tally] of votes) {
    let best: [string, number] | undefined;
    for (const [goldId, n] of tally) {
      if (!best || n > best[1] || (n === best[1] && goldId < best[0])) best = [goldId, n];
    }
    if (best) out.set(graphId, best[0]);
  }
  return out;
}
