import type { RelationType } from '../../../graph-schema/index.js';
import type { Span } from '../../base/contract.js';

/** A typed relation between two mentions of one sentence, with the sentence as evidence. */
export interface RelationCandidate {
  type: RelationType;
  /** Index into the `mentions` array given to `extractRelations`. For symmetric types, the earlier mention. */
  subject: number;
  object: number;
  /** The evidence sentence, as given. */
  sentence: Span;
  /** 0–1, a per-pattern prior (see `patterns.ts`); independent of the mentions' own confidence. */
  confidence: number;
  /** The name of the pattern that matched, e.g. `founded-by` or `co-occurrence`. */
  pattern: string;
}
