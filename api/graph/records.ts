import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../graph-schema/index.js';

/**
 * Plain records the schema resolves from, mapped from Cypher map projections.
 * Property reads are defensive: the graph is written by several versions of
 * the writer, and a missing property must not become `undefined` in a
 * non-null GraphQL field.
 */

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Neo4j temporal values as ISO 8601 text. */
export function isoTime(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (neo4j.isDateTime(v) || neo4j.isDate(v) || neo4j.isLocalDateTime(v)) return String(v);
  return null;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Per-language names from `name_<lang>` properties, sorted by language. */
  names: { language: string; name: string }[];
  aliases: string[];
  key: string | null;
  pinned: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

export function toEntity(p: Props): EntityRecord {
  const type = str(p.type);
  const names = Object.entries(p)
    .filter(([k, v]) => /^name_[a-z]{2,3}$/.test(k) && typeof v === 'string')
    .map(([k, v]) => ({ language: k.slice(5), name: v as string }))
    .sort((a, b) => a.language.localeCompare(b.language));
  return {
    id: str(p.id) ?? '',
    type: type && (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : 'Concept',
    name: str(p.name) ?? '',
    names,
    aliases: strings(p.aliases),
    key: str(p.key),
    pinned: p.pinned === true,
    createdAt: isoTime(p.createdAt),
    updatedAt: isoTime(p.updatedAt),
  };
}

export interface SourceRecord {
  id: string;
  kind: string;
  mediaType: string;
  name: string | null;
  title: string | null;
  language: string | null;
  status: string;
  bytes: number | null;
  contentHash: string | null;
  ingestedAt: string | null;
  updatedAt: string | null;
}

export function toSource(p: Props): SourceRecord {
  return {
    id: str(p.id) ?? '',
    kind: str(p.kind) ?? 'text',
    mediaType: str(p.mediaType) ?? 'application/octet-stream',
    name: str(p.name),
    title: str(p.title),
    language: str(p.language),
    status: str(p.status) ?? 'pending',
    bytes: num(p.bytes),
    contentHash: str(p.contentHash),
    ingestedAt: isoTime(p.ingestedAt),
    updatedAt: isoTime(p.updatedAt),
  };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SegmentRecord {
  id: string;
  sourceId: string;
  kind: string;
  index: number;
  text: string | null;
  start: number | null;
  end: number | null;
  box: Box | null;
  startMs: number | null;
  endMs: number | null;
  language: string | null;
}

export function toSegment(p: Props): SegmentRecord {
  const [x, y, w, h] = [num(p.x), num(p.y), num(p.w), num(p.h)];
  return {
    id: str(p.id) ?? '',
    sourceId: str(p.sourceId) ?? '',
    kind: str(p.kind) ?? 'text',
    index: num(p.index) ?? 0,
    text: str(p.text),
    start: num(p.start),
    end: num(p.end),
    box: x !== null && y !== null && w !== null && h !== null ? { x, y, w, h } : null,
    startMs: num(p.startMs),
    endMs: num(p.endMs),
    language: str(p.language),
  };
}

export interface MentionRecord {
  id: string;
  segmentId: string;
  entityId: string;
  sourceId: string | null;
  surface: string;
  start: number | null;
  end: number | null;
  startMs: number | null;
  endMs: number | null;
  confidence: number;
  model: string;
  runId: string | null;
  resolution: string | null;
  resolutionScore: number | null;
}

export function toMention(p: Props): MentionRecord {
  return {
    id: str(p.id) ?? '',
    segmentId: str(p.segmentId) ?? '',
    entityId: str(p.entityId) ?? '',
    sourceId: str(p.sourceId),
    surface: str(p.surface) ?? '',
    start: num(p.start),
    end: num(p.end),
    startMs: num(p.startMs),
    endMs: num(p.endMs),
    confidence: num(p.confidence) ?? 0,
    model: str(p.model) ?? '',
    runId: str(p.runId),
    resolution: str(p.resolution),
    resolutionScore: num(p.resolutionScore),
  };
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  subjectId: string;
  objectId: string;
  confidence: number;
  support: number;
  models: string[];
  updatedAt: string | null;
}

export function toRelation(p: Props): RelationRecord {
  const type = str(p.type);
  return {
    id: str(p.id) ?? '',
    type: type && (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationType) : 'CO_OCCURS_WITH',
    subjectId: str(p.subjectId) ?? '',
    objectId: str(p.objectId) ?? '',
    confidence: num(p.confidence) ?? 0,
    support: num(p.support) ?? 0,
    models: strings(p.models),
    updatedAt: isoTime(p.updatedAt),
  };
}

export interface EvidenceRecord {
  id: string;
  relationId: string;
  type: string;
  sourceId: string;
  segmentId: string;
  confidence: number;
  model: string;
  runId: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
}

export function toEvidence(p: Props): EvidenceRecord {
  return {
    id: str(p.id) ?? '',
    relationId: str(p.relationId) ?? '',
    type: str(p.type) ?? '',
    sourceId: str(p.sourceId) ?? '',
    segmentId: str(p.segmentId) ?? '',
    confidence: num(p.confidence) ?? 0,
    model: str(p.model) ?? '',
    runId: str(p.runId),
    text: str(p.text),
    start: num(p.start),
    end: num(p.end),
  };
}

export interface BiometricRecord {
  id: string;
  kind: 'face' | 'voice';
  segmentId: string;
  sourceId: string;
  confidence: number;
  quality: number | null;
  model: string;
  identityId: string | null;
  identityEntityId: string | null;
}

export function toBiometric(p: Props, kind: 'face' | 'voice'): BiometricRecord {
  return {
    id: str(p.id) ?? '',
    kind,
    segmentId: str(p.segmentId) ?? '',
    sourceId: str(p.sourceId) ?? '',
    confidence: num(p.confidence) ?? 0,
    quality: num(p.quality),
    model: str(p.model) ?? '',
    identityId: str(p.identityId),
    identityEntityId: str(p.identityEntityId),
  };
}

export interface ModelVersionRecord {
  id: string;
  name: string;
  version: string;
  task: string;
  licence: string | null;
  origin: string | null;
}

export function toModelVersion(p: Props): ModelVersionRecord {
  const id = str(p.id) ?? '';
  const [name = id, version = ''] = id.split('@');
  return {
    id,
    name: str(p.name) ?? name,
    version: str(p.version) ?? version,
    task: str(p.task) ?? '',
    licence: str(p.licence),
    origin: str(p.origin),
  };
}

export interface RunRecord {
  id: string;
  sourceId: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  models: string[];
}

export function toRun(p: Props): RunRecord {
  return {
    id: str(p.id) ?? '',
    sourceId: str(p.sourceId) ?? '',
    status: str(p.status) ?? 'running',
    startedAt: isoTime(p.startedAt),
    finishedAt: isoTime(p.finishedAt),
    models: strings(p.models),
  };
}
