/** Summaries of similarity distributions for calibration tables. */

/** Quantile by the nearest-rank method on a sorted copy; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Share of `values` at or above `threshold`. */
export function shareAtOrAbove(values: readonly number[], threshold: number): number {
  return values.length === 0 ? Number.NaN : values.filter((v) => v >= threshold).length / values.length;
}

/** Error rates of a threshold: genuine pairs rejected, impostor pairs accepted. */
export interface ThresholdErrors {
  threshold: number;
  falseRejects: number;
  falseAccepts: number;
}

/**
 * The threshold, on a 0.01 grid, where the worse of the two error rates is
 * lowest (the equal-error point); among ties, the middle of the tied run, so
 * the cut sits in the gap between the distributions rather than at one edge.
 */
export function equalErrorThreshold(genuine: readonly number[], impostor: readonly number[], grid = { from: -1, to: 1, step: 0.01 }): ThresholdErrors {
  const candidates: ThresholdErrors[] = [];
  for (let i = 0; grid.from + i * grid.step <= grid.to + 1e-9; i++) {
    const threshold = Math.round((grid.from + i * grid.step) * 1000) / 1000;
    candidates.push({ threshold, falseRejects: 1 - shareAtOrAbove(genuine, threshold), falseAccepts: shareAtOrAbove(impostor, threshold) });
  }
  const worst = (c: ThresholdErrors) => Math.max(c.falseRejects, c.falseAccepts);
  const best = Math.min(...candidates.map(worst));
  const tied = candidates.filter((c) => worst(c) === best);
  return tied[Math.floor((tied.length - 1) / 2)] ?? { threshold: Number.NaN, falseRejects: Number.NaN, falseAccepts: Number.NaN };
}
