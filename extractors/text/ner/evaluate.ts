import { prf1OfSets, type PrecisionRecall } from '../../evaluate/prf1.js';

export type { PrecisionRecall };

/** A labelled span for scoring; `doc` separates spans of different texts in one evaluation. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  doc?: string | number;
}

/**
 * Precision, recall and F1 under exact match: a prediction counts only if a
 * gold span has the same document, start, end and type. Duplicates count
 * once. With nothing predicted precision is 1 (no wrong claims); with no
 * gold spans recall is 1 (nothing missed); F1 is 0 when both are 0.
 */
export function prf1(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): PrecisionRecall {
  return prf1OfSets(new Set(gold.map(spanKey)), new Set(predicted.map(spanKey)));
}

function spanKey(span: ScoredSpan): string {
  return JSON.stringify([span.doc ?? null, span.start, span.end, span.type]);
}
