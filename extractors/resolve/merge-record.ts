import type { MergeRule } from './merge-rules.js';
import type { Resolution } from './resolver.js';

/**
 * What to store for every merge so it can be reviewed and undone: the
 * mention's own id (where it goes back to), the entity it joined, and why.
 */
export interface MergeRecord {
  /** The id the merged mention would have had alone (deterministic from `key`). */
  mergedId: string;
  /** The entity it was merged into. */
  intoId: string;
  key: string;
  name: string;
  rule: MergeRule;
  score: number;
  detail: string;
}

/** The record for a resolution that merged, or undefined when the mention kept its own id. */
export function mergeRecordOf(resolution: Resolution): MergeRecord | undefined {
  if (resolution.rule === 'new' || resolution.entityId === resolution.ownId) return undefined;
  return {
    mergedId: resolution.ownId,
    intoId: resolution.entityId,
    key: resolution.key,
    name: resolution.name,
    rule: resolution.rule,
    score: resolution.score,
    detail: resolution.detail,
  };
}

/**
 * Undoing a merge: the mentions it moved go back to their own entity
 * (`mergedId`, named `name`, keyed `key`), and the merge's rule is kept as
 * the reason, so a resolver run can be told not to repeat it.
 */
export function undoMerge(record: MergeRecord): { entityId: string; key: string; name: string; undoes: { intoId: string; rule: MergeRule } } {
  return { entityId: record.mergedId, key: record.key, name: record.name, undoes: { intoId: record.intoId, rule: record.rule } };
}
