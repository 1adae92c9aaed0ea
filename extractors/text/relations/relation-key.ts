// The ontology module itself, not the graph-schema index: the index also loads the Neo4j driver, which pure text code has no use for.
import { SYMMETRIC_RELATIONS } from '../../../graph-schema/ontology.js';
import type { RelationType } from '../../../graph-schema/index.js';
import type { RelationCandidate } from './types.js';

/** Identifies one relation between two mentions; symmetric types ignore direction. */
export function relationKey(type: RelationType, subject: number, object: number): string {
  const [a, b] = SYMMETRIC_RELATIONS.has(type) ? [Math.min(subject, object), Math.max(subject, object)] : [subject, object];
  return `${type}:${a}:${b}`;
}

/** One candidate per relation: the most confident pattern that found it. */
export function keepStrongest(candidates: readonly RelationCandidate[]): RelationCandidate[] {
  const best = new Map<string, RelationCandidate>();
  for (const candidate of candidates) {
    const key = relationKey(candidate.type, candidate.subject, candidate.object);
    const current = best.get(key);
    if (!current || candidate.confidence > current.confidence) best.set(key, candidate);
  }
  return [...best.values()];
}

/**
 * A CEO works for the company, but one sentence is one piece of evidence:
 * where CEO_OF links a pair, a WORKS_FOR found by a looser pattern on the
 * same pair ("Microsoft chief executive X" also reads as "Microsoft
 * executive X") is dropped.
 */
export function withoutSubsumed(candidates: readonly RelationCandidate[]): RelationCandidate[] {
  const ceoPairs = new Set(candidates.filter((c) => c.type === 'CEO_OF').map((c) => `${c.subject}:${c.object}`));
  return candidates.filter((c) => c.type !== 'WORKS_FOR' || !ceoPairs.has(`${c.subject}:${c.object}`));
}
