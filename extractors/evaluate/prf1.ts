export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Precision, recall and F1 from counts. Nothing predicted is precision 1 (no
 * wrong claims), nothing to find is recall 1 (nothing missed), so a scorer
 * never divides by zero and a silent system still scores F1 0 on real gold.
 */
export function prf1(truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall {
  for (const [name, n] of [['truePositives', truePositives], ['falsePositives', falsePositives], ['falseNegatives', falseNegatives]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  }
  const predicted = truePositives + falsePositives;
  const relevant = truePositives + falseNegatives;
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = relevant === 0 ? 1 : truePositives / relevant;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/** Scores two sets of keys: a key in both is a true positive. */
export function prf1OfSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): PrecisionRecall {
  let truePositives = 0;
  for (const key of predicted) if (gold.has(key)) truePositives += 1;
  return prf1(truePositives, predicted.size - truePositives, gold.size - truePositives);
}
