import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { InvalidInputError, found as required } from '../errors.js';
import { cell } from '../graph/reader.js';
import { toMention, toSegment, toSource } from '../graph/records.js';
import * as q from '../graph/sources.js';
import { LOOKUP_ERRORS, READ_ERRORS } from './errors.js';
import { keysetConnection } from './pagination.js';
import {
  BoxRef, EntityRef, MentionRef, ModelVersionRef, RunRef, SegmentKindEnum, SegmentRef, SourceKindEnum, SourceRef, SourceStatusEnum, TimeRangeRef,
} from './refs.js';

/** Segment cursors carry the segment index. */
function segmentIndex(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const n = Number(cursor);
  if (!Number.isSafeInteger(n)) throw new InvalidInputError('Invalid cursor for this list', 'after');
  return n;
}

SourceRef.implement({
  description: 'A raw input (text, image, audio, video) and everything extracted from it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind as 'text' }),
    mediaType: t.exposeString('mediaType'),
    name: t.exposeString('name', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    language: t.exposeString('language', { nullable: true }),
    status: t.field({ type: SourceStatusEnum, resolve: (s) => s.status as 'done' }),
    bytes: t.exposeInt('bytes', { nullable: true }),
    contentHash: t.exposeString('contentHash', { nullable: true, description: 'sha256 of the bytes.' }),
    ingestedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.ingestedAt }),
    segments: t.connection({
      type: SegmentRef,
      description: 'Text chunks, image regions or time ranges, in document order.',
      resolve: (s, args, ctx) =>
        keysetConnection(args, 'segment', async (page) => {
          const [after, before] = [segmentIndex(page.after), segmentIndex(page.before)];
          return (await ctx.deps.reader.rows(q.sourceSegments(s.id, { ...page, after, before }))).map((r) => toSegment(cell(r, 'seg')));
        }, (seg) => String(seg.index)),
    }),
    mentions: t.connection({
      type: MentionRef,
      resolve: (s, args, ctx) =>
        keysetConnection(args, 'mention', async (page) => (await ctx.deps.reader.rows(q.sourceMentions(s.id, page))).map((r) => toMention(cell(r, 'm')))),
    }),
    runs: t.field({ type: [RunRef], description: 'Extraction runs over this source.', resolve: (s, _a, ctx) => ctx.loaders.sourceRuns.load(s.id) }),
  }),
});

SegmentRef.implement({
  description: 'An addressable part of a source; every fact points back to one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: SegmentKindEnum, resolve: (s) => s.kind as 'text' }),
    index: t.exposeInt('index'),
    text: t.exposeString('text', { nullable: true }),
    start: t.exposeInt('start', { nullable: true, description: 'Character offset into the source text (text segments).' }),
    end: t.exposeInt('end', { nullable: true }),
    box: t.field({ type: BoxRef, nullable: true, description: 'Pixel box (image regions).', resolve: (s) => s.box }),
    timeRange: t.field({
      type: TimeRangeRef,
      nullable: true,
      description: 'Milliseconds (audio and video).',
      resolve: (s) => (s.startMs !== null && s.endMs !== null ? { startMs: s.startMs, endMs: s.endMs } : null),
    }),
    language: t.exposeString('language', { nullable: true }),
    source: t.field({ type: SourceRef, resolve: async (s, _a, ctx) => required(await ctx.loaders.source.load(s.sourceId), 'Source', s.sourceId) }),
    mentions: t.connection({ type: MentionRef, resolve: async (s, args, ctx) => resolveArrayConnection({ args }, await ctx.loaders.segmentMentions.load(s.id)) }),
  }),
});

MentionRef.implement({
  description: 'An entity seen in a segment: the surface form, where, by which model, how sure.',
  fields: (t) => ({
    id: t.exposeID('id'),
    surface: t.exposeString('surface'),
    start: t.exposeInt('start', { nullable: true }),
    end: t.exposeInt('end', { nullable: true }),
    timeRange: t.field({ type: TimeRangeRef, nullable: true, resolve: (m) => (m.startMs !== null && m.endMs !== null ? { startMs: m.startMs, endMs: m.endMs } : null) }),
    confidence: t.exposeFloat('confidence'),
    modelId: t.exposeString('model'),
    model: t.field({ type: ModelVersionRef, nullable: true, resolve: (m, _a, ctx) => ctx.loaders.modelVersion.load(m.model) }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'How entity resolution chose the entity (exact-key, alias, translation…).' }),
    entity: t.field({ type: EntityRef, resolve: async (m, _a, ctx) => required(await ctx.loaders.entity.load(m.entityId), 'Entity', m.entityId) }),
    segment: t.field({ type: SegmentRef, resolve: async (m, _a, ctx) => required(await ctx.loaders.segment.load(m.segmentId), 'Segment', m.segmentId) }),
  }),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS], directResult: true },
    resolve: async (_root, { id }, ctx) => required(await ctx.loaders.source.load(String(id)), 'Source', String(id)),
  }),
  sources: t.connection({
    type: SourceRef,
    args: { status: t.arg({ type: SourceStatusEnum, required: false }) },
    authScopes: { read: true },
    errors: { types: [...READ_ERRORS], directResult: true },
    resolve: (_root, args, ctx) =>
      keysetConnection(args, 'source', async (page) => (await ctx.deps.reader.rows(q.listSources(args.status ?? null, page))).map((r) => toSource(cell(r, 's')))),
  }),
}));
