import type { IngestJobResult } from '../../jobs/ingest-queue.js';

/** The ingest job's stages in pipeline order; anything else a job reports is listed after them. */
export const STAGE_ORDER = ['read', 'analyze', 'resolve', 'embed', 'patch', 'write'] as const;

export interface StageSplit {
  stage: string;
  /** Summed over jobs: with two jobs in flight this is up to twice the wall time. */
  totalMs: number;
  perDocMs: number;
  share: number;
}

export function stageSplit(results: readonly IngestJobResult[]): StageSplit[] {
  const totals = new Map<string, number>(STAGE_ORDER.map((s) => [s, 0]));
  for (const r of results) for (const [stage, ms] of Object.entries(r.timingsMs)) totals.set(stage, (totals.get(stage) ?? 0) + ms);
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const docs = Math.max(1, results.length);
  return [...totals].map(([stage, totalMs]) => ({ stage, totalMs, perDocMs: totalMs / docs, share: all === 0 ? 0 : totalMs / all }));
}
