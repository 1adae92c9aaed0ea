import { builder, type FieldBuilder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { ForbiddenError, found } from '../errors.js';
import { cell } from '../graph/reader.js';
import { toBiometric, type BiometricRecord } from '../graph/records.js';
import * as q from '../graph/sources.js';
import { keysetConnection } from './pagination.js';
import { BoxRef, EntityRef, FaceRef, SegmentRef, SourceRef, TimeRangeRef, VoiceRef } from './refs.js';

/**
 * Faces and voices. Their embeddings are biometric data: only the admin role
 * sees them; every other role gets a `ForbiddenError` in their place.
 */

/** An identity as resolvers pass it around; the counts are filled where a listing already computed them. */
export interface IdentityRecord {
  id: string;
  entityId: string | null;
  members?: number;
  sources?: number;
}

export const IdentityRef = builder.objectRef<IdentityRecord>('Identity').implement({
  description: 'A cluster of faces or voices believed to be one person.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: EntityRef, nullable: true, description: 'The person a human identified it as.', resolve: (i, _a, ctx) => (i.entityId ? ctx.loaders.entity.load(i.entityId) : null) }),
  }),
});

const segmentOf = async (b: BiometricRecord, ctx: ApiContext) => found(await ctx.loaders.segment.load(b.segmentId), 'Segment', b.segmentId);

function biometricFields(kind: 'face' | 'voice') {
  return (t: FieldBuilder<BiometricRecord>) => ({
    id: t.exposeID('id'),
    confidence: t.exposeFloat('confidence'),
    quality: t.exposeFloat('quality', { nullable: true }),
    modelId: t.exposeString('model'),
    segment: t.field({ type: SegmentRef, resolve: (b, _a, ctx) => segmentOf(b, ctx) }),
    identity: t.field({ type: IdentityRef, nullable: true, resolve: (b) => (b.identityId ? { id: b.identityId, entityId: b.identityEntityId } : null) }),
    embedding: t.floatList({
      description: 'The biometric embedding. Admin only.',
      authScopes: { biometrics: true },
      errors: { types: [ForbiddenError] },
      resolve: async (b, _a, ctx) => found(await (kind === 'face' ? ctx.loaders.faceEmbedding : ctx.loaders.voiceEmbedding).load(b.id), 'Embedding', b.id),
    }),
  });
}

FaceRef.implement({
  description: 'A face found in an image region.',
  fields: (t) => ({
    ...biometricFields('face')(t),
    box: t.field({ type: BoxRef, nullable: true, resolve: async (b, _a, ctx) => (await segmentOf(b, ctx)).box }),
  }),
});

VoiceRef.implement({
  description: 'A voice heard in a time range.',
  fields: (t) => ({
    ...biometricFields('voice')(t),
    timeRange: t.field({
      type: TimeRangeRef,
      nullable: true,
      resolve: async (b, _a, ctx) => {
        const s = await segmentOf(b, ctx);
        return s.startMs !== null && s.endMs !== null ? { startMs: s.startMs, endMs: s.endMs } : null;
      },
    }),
  }),
});

builder.objectFields(SourceRef, (t) => ({
  faces: t.connection({
    type: FaceRef,
    resolve: (s, args, ctx) =>
      keysetConnection(args, 'face', async (page) => (await ctx.deps.reader.rows(q.sourceBiometrics(s.id, 'face', page))).map((r) => toBiometric(cell(r, 'b'), 'face'))),
  }),
  voices: t.connection({
    type: VoiceRef,
    resolve: (s, args, ctx) =>
      keysetConnection(args, 'voice', async (page) => (await ctx.deps.reader.rows(q.sourceBiometrics(s.id, 'voice', page))).map((r) => toBiometric(cell(r, 'b'), 'voice'))),
  }),
}));
