/** Distribution summaries and threshold choice for the face calibration. */

export interface Summary {
  count: number;
  min: number;
  p05: number;
  median: number;
  p95: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('cannot summarise no values');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    p05: quantile(sorted, 0.05),
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
  };
}

/** Linear interpolation between closest ranks, on sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export interface ThresholdChoice {
  threshold: number;
  method: 'gap midpoint' | 'equal error rate';
  /** Share of impostor pairs at or above the threshold. */
  falseMatchRate: number;
  /** Share of genuine pairs below the threshold. */
  falseNonMatchRate: number;
}

/**
 * The midpoint of the gap when every genuine pair beats every impostor pair;
 * otherwise the threshold where false matches and false non-matches are
 * closest to equal (ties go to the higher, stricter threshold).
 */
export function chooseThreshold(genuine: readonly number[], impostor: readonly number[]): ThresholdChoice {
  if (genuine.length === 0 || impostor.length === 0) throw new RangeError('need genuine and impostor similarities');
  const lowestGenuine = Math.min(...genuine);
  const highestImpostor = Math.max(...impostor);
  if (lowestGenuine > highestImpostor) {
    const threshold = (lowestGenuine + highestImpostor) / 2;
    return { threshold, method: 'gap midpoint', falseMatchRate: 0, falseNonMatchRate: 0 };
  }
  let best: ThresholdChoice | undefined;
  for (const candidate of [...genuine, ...impostor].sort((a, b) => a - b)) {
    const choice = ratesAt(candidate, genuine, impostor);
    const gap = Math.abs(choice.falseMatchRate - choice.falseNonMatchRate);
    if (best === undefined || gap <= Math.abs(best.falseMatchRate - best.falseNonMatchRate)) best = choice;
  }
  return best!;
}

function ratesAt(threshold: number, genuine: readonly number[], impostor: readonly number[]): ThresholdChoice {
  return {
    threshold,
    method: 'equal error rate',
    falseMatchRate: impostor.filter((s) => s >= threshold).length / impostor.length,
    falseNonMatchRate: genuine.filter((s) => s < threshold).length / genuine.length,
  };
}
