import { createHash } from 'node:crypto';
import { SYMMETRIC_RELATIONS, type RelationType } from '../ontology.js';

/** Deterministic ids: the same fact from the same evidence always gets the same id, so writes are idempotent. */
function digest(...parts: (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000'))
    .digest('base64url')
    .slice(0, 22);
}

/** Symmetric relations are stored once, lower id first, so "A met B" and "B met A" are one relation. */
export function orientRelation(type: RelationType, subjectId: string, objectId: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && objectId < subjectId ? [objectId, subjectId] : [subjectId, objectId];
}

export function relationId(type: RelationType, subjectId: string, objectId: string): string {
  const [s, o] = orientRelation(type, subjectId, objectId);
  return `rel_${digest(type, s, o)}`;
}

export function mentionId(segmentId: string, entityId: string, start?: number, end?: number): string {
  return `men_${digest(segmentId, entityId, start, end)}`;
}

export function evidenceId(relId: string, segmentId: string, model: string, start?: number): string {
  return `evi_${digest(relId, segmentId, model, start)}`;
}
