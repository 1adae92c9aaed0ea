import { ENTITY_TYPES, RELATION_TYPES, SEGMENT_KINDS, SOURCE_KINDS, SOURCE_STATUSES } from '../../graph-schema/index.js';
import { builder } from '../builder.js';
import type {
  BiometricRecord,
  Box,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  ModelVersionRecord,
  RelationRecord,
  RunRecord,
  SegmentRecord,
  SourceRecord,
} from '../graph/records.js';
import { JOB_STATES, type JobEvent, type JobRecord } from '../jobs.js';

/**
 * Type references shared between domain files, declared here and
 * implemented in each domain's file, so domains can point at each other
 * (an entity's relations, a relation's entities) without import cycles.
 */

export const EntityRef = builder.objectRef<EntityRecord>('Entity');
export const RelationRef = builder.objectRef<RelationRecord>('Relation');
export const EvidenceRef = builder.objectRef<EvidenceRecord>('Evidence');
export const SourceRef = builder.objectRef<SourceRecord>('Source');
export const SegmentRef = builder.objectRef<SegmentRecord>('Segment');
export const MentionRef = builder.objectRef<MentionRecord>('Mention');
export const FaceRef = builder.objectRef<BiometricRecord>('Face');
export const VoiceRef = builder.objectRef<BiometricRecord>('Voice');
export const ModelVersionRef = builder.objectRef<ModelVersionRecord>('ModelVersion');
export const RunRef = builder.objectRef<RunRecord>('ExtractionRun');
export const JobRef = builder.objectRef<JobRecord>('Job');
export const JobEventRef = builder.objectRef<JobEvent>('JobEvent');

export const EntityTypeEnum = builder.enumType('EntityType', { values: ENTITY_TYPES });
export const RelationTypeEnum = builder.enumType('RelationType', { values: RELATION_TYPES });
export const SourceKindEnum = builder.enumType('SourceKind', { values: SOURCE_KINDS });
export const SourceStatusEnum = builder.enumType('SourceStatus', { values: SOURCE_STATUSES });
export const SegmentKindEnum = builder.enumType('SegmentKind', { values: SEGMENT_KINDS });
export const JobStateEnum = builder.enumType('JobState', {
  values: Object.fromEntries(JOB_STATES.map((s) => [s.toUpperCase().replace('-', '_'), { value: s }])),
});
export const DirectionEnum = builder.enumType('Direction', { values: ['OUTGOING', 'INCOMING', 'BOTH'] as const });

export const BoxRef = builder.objectRef<Box>('Box').implement({
  description: 'A pixel box in an image or video frame.',
  fields: (t) => ({ x: t.exposeFloat('x'), y: t.exposeFloat('y'), w: t.exposeFloat('w'), h: t.exposeFloat('h') }),
});

export const TimeRangeRef = builder.objectRef<{ startMs: number; endMs: number }>('TimeRange').implement({
  description: 'A range of an audio or video stream, in milliseconds.',
  fields: (t) => ({ startMs: t.exposeFloat('startMs'), endMs: t.exposeFloat('endMs') }),
});

export const CountRef = builder.objectRef<{ name: string; count: number }>('Count').implement({
  fields: (t) => ({ name: t.exposeString('name'), count: t.exposeInt('count') }),
});
