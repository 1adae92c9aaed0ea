import { NotAllowedError } from './errors.js';

/**
 * The platform's vocabulary. Labels and relationship types that come from data
 * (extractor output, API input) must be one of these; they are the only
 * strings ever placed into Cypher text, and only after `assertAllowed`.
 */

/** Secondary labels on `:Entity` nodes. */
export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Location',
  'Product',
  'Event',
  'Concept',
  'Date',
  'Money',
  'Work',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Typed relations between entities. `CO_OCCURS_WITH` is the weak, counted
 * relation for entity pairs seen in one sentence with no stronger pattern.
 */
export const RELATION_TYPES = [
  'WORKS_FOR',
  'CEO_OF',
  'FOUNDED',
  'ACQUIRED',
  'LOCATED_IN',
  'HEADQUARTERED_IN',
  'BORN_IN',
  'LIVES_IN',
  'MET',
  'MEMBER_OF',
  'PART_OF',
  'SPOUSE_OF',
  'PRODUCES',
  'INVESTED_IN',
  'PARTNERED_WITH',
  'VISITED',
  'CO_OCCURS_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations whose direction carries no meaning; stored with the lower entity id first. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['MET', 'SPOUSE_OF', 'PARTNERED_WITH', 'CO_OCCURS_WITH']);

export const SOURCE_KINDS = ['text', 'image', 'audio', 'video'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_STATUSES = ['pending', 'processing', 'done', 'failed'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** `text`: character offsets; `region`: a pixel box; `time`: a millisecond range (audio, video). */
export const SEGMENT_KINDS = ['text', 'region', 'time'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const BIOMETRIC_KINDS = ['face', 'voice'] as const;
export type BiometricKind = (typeof BIOMETRIC_KINDS)[number];

/** Node labels the platform itself owns (never from data). */
export const NodeLabel = {
  Source: 'Source',
  Segment: 'Segment',
  Entity: 'Entity',
  Evidence: 'Evidence',
  Face: 'Face',
  Voice: 'Voice',
  Identity: 'Identity',
  Model: 'Model',
  ModelVersion: 'ModelVersion',
  ExtractionRun: 'ExtractionRun',
  Migration: 'SchemaMigration',
} as const;

/** Structural relationship types the platform itself owns. */
export const RelType = {
  HasSegment: 'HAS_SEGMENT',
  Mentions: 'MENTIONS',
  InSegment: 'IN_SEGMENT',
  Subject: 'SUBJECT',
  Object: 'OBJECT',
  HasFace: 'HAS_FACE',
  HasVoice: 'HAS_VOICE',
  OfIdentity: 'OF_IDENTITY',
  IdentifiedAs: 'IDENTIFIED_AS',
  HasVersion: 'HAS_VERSION',
  Used: 'USED',
  ProcessedBy: 'PROCESSED_BY',
  SameAs: 'SAME_AS',
} as const;

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** Throws `NotAllowedError` unless `value` is in `allowed`; returns it narrowed. */
export function assertAllowed<T extends string>(kind: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new NotAllowedError(kind, value, allowed);
  return value as T;
}
