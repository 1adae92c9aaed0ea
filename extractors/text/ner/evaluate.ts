/** A labelled span for scoring; `doc` separates spans of different texts in one evaluation. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  doc?: string | number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Precision, recall and F1 under exact match: a prediction counts only if a
 * gold span has the same document, start, end and type. Duplicates count
 * once. With nothing predicted precision is 1 (no wrong claims); with no
 * gold spans recall is 1 (nothing missed); F1 is 0 when both are 0.
 */
export function prf1(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): PrecisionRecall {
  const goldKeys = new Set(gold.map(spanKey));
  const predictedKeys = new Set(predicted.map(spanKey));
  let truePositives = 0;
  for (const key of predictedKeys) if (goldKeys.has(key)) truePositives += 1;
  const falsePositives = predictedKeys.size - truePositives;
  const falseNegatives = goldKeys.size - truePositives;
  const precision = predictedKeys.size === 0 ? 1 : truePositives / predictedKeys.size;
  const recall = goldKeys.size === 0 ? 1 : truePositives / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

function spanKey(span: ScoredSpan): string {
  return JSON.stringify([span.doc ?? null, span.start, span.end, span.type]);
}
