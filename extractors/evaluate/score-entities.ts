import { matchMentions, spanKey, type MatchedMention } from './entity-alignment.js';
import { prf1OfSets, type PrecisionRecall } from './prf1.js';
import type { GoldEntityRef, GoldMentionRef, PredictedMention } from './types.js';

export interface ClusterScore {
  precision: number;
  recall: number;
  f1: number;
}

/** "One node per real-world thing", judged on the mentions the system found at the right span. */
export interface ClusteringScore {
  /** Gold entities with at least one matched mention: the denominator of the two rates. */
  goldEntitiesMatched: number;
  /** Of those, how many have all their matched mentions on a single graph entity. */
  onOneNode: number;
  /** onOneNode / goldEntitiesMatched (1 is perfect). */
  oneNodeRate: number;
  /** 1 − oneNodeRate: the share of gold entities split over two or more graph entities. */
  splitRate: number;
  /** Each split gold entity with its graph entities and how many matched mentions each holds. */
  split: { goldId: string; graphIds: Record<string, number> }[];
  /** Graph entities holding matched mentions of two or more gold entities (0 is perfect). */
  overMergeCount: number;
  overMerged: { graphId: string; goldIds: Record<string, number> }[];
  /** B-cubed over matched mentions: precision falls with over-merging, recall with splitting. */
  bcubed: ClusterScore;
}

export interface EntityScore {
  /** Exact (doc, start, end), whatever entity or type. */
  mentions: PrecisionRecall;
  /** Exact span and the graph entity's type equal to the gold entity's; null when types are not available on both sides. */
  typedMentions: PrecisionRecall | null;
  clustering: ClusteringScore;
  /** Gold mentions no prediction found at exactly their span. */
  missed: GoldMentionRef[];
  /** Predictions at no gold span. */
  spurious: PredictedMention[];
}

/**
 * Mention-level and entity-level quality of a graph against gold mentions.
 * `gold.entities` (id → type) enables the typed mention score.
 */
export function scoreEntities(
  gold: { mentions: readonly GoldMentionRef[]; entities?: readonly GoldEntityRef[] },
  predicted: readonly PredictedMention[],
): EntityScore {
  const goldSpans = new Set(gold.mentions.map(spanKey));
  const predictedSpans = new Set(predicted.map(spanKey));
  const matched = matchMentions(gold.mentions, predicted);
  return {
    mentions: prf1OfSets(goldSpans, predictedSpans),
    typedMentions: typedScore(gold, predicted),
    clustering: scoreClustering(matched),
    missed: gold.mentions.filter((m) => !predictedSpans.has(spanKey(m))),
    spurious: predicted.filter((p) => !goldSpans.has(spanKey(p))),
  };
}

function typedScore(gold: { mentions: readonly GoldMentionRef[]; entities?: readonly GoldEntityRef[] }, predicted: readonly PredictedMention[]): PrecisionRecall | null {
  if (!gold.entities || predicted.some((p) => p.type === undefined)) return null;
  const typeOf = new Map(gold.entities.map((e) => [e.id, e.type]));
  const typedKey = (m: { doc: string; start: number; end: number }, type: string | undefined) => `${spanKey(m)}|${type ?? '?'}`;
  return prf1OfSets(new Set(gold.mentions.map((m) => typedKey(m, typeOf.get(m.entity)))), new Set(predicted.map((p) => typedKey(p, p.type))));
}

export function scoreClustering(matched: readonly MatchedMention[]): ClusteringScore {
  const cells = new Map<string, Map<string, number>>(); // gold id → graph id → mentions
  const byGraph = new Map<string, Map<string, number>>(); // graph id → gold id → mentions
  for (const { gold, graphId } of matched) {
    bump(cells, gold.entity, graphId);
    bump(byGraph, graphId, gold.entity);
  }
  const split = [...cells].filter(([, graphIds]) => graphIds.size > 1).map(([goldId, graphIds]) => ({ goldId, graphIds: Object.fromEntries(graphIds) }));
  const overMerged = [...byGraph].filter(([, goldIds]) => goldIds.size > 1).map(([graphId, goldIds]) => ({ graphId, goldIds: Object.fromEntries(goldIds) }));
  const goldEntitiesMatched = cells.size;
  const onOneNode = goldEntitiesMatched - split.length;
  const oneNodeRate = goldEntitiesMatched === 0 ? 1 : onOneNode / goldEntitiesMatched;
  return { goldEntitiesMatched, onOneNode, oneNodeRate, splitRate: 1 - oneNodeRate, split, overMergeCount: overMerged.length, overMerged, bcubed: bcubed(cells, byGraph, matched.length) };
}

/**
 * B-cubed from the gold × graph contingency counts: each mention's precision
 * is the share of its graph cluster that shares its gold entity, its recall
 * the share of its gold entity that shares its graph cluster; both averaged
 * over mentions, so big entities weigh as much as their mentions.
 */
function bcubed(cells: Map<string, Map<string, number>>, byGraph: Map<string, Map<string, number>>, total: number): ClusterScore {
  if (total === 0) return { precision: 1, recall: 1, f1: 1 };
  const sizeOf = (m: Map<string, number> | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
  let precision = 0;
  let recall = 0;
  for (const [goldId, graphIds] of cells) {
    const goldSize = sizeOf(cells.get(goldId));
    for (const [graphId, n] of graphIds) {
      precision += (n * n) / sizeOf(byGraph.get(graphId));
      recall += (n * n) / goldSize;
    }
  }
  precision /= total;
  recall /= total;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function bump(map: Map<string, Map<string, number>>, outer: string, inner: string): void {
  const counts = map.get(outer) ?? new Map<string, number>();
  counts.set(inner, (counts.get(inner) ?? 0) + 1);
  map.set(outer, counts);
}
