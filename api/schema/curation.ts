import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { personRefForName } from '../../extractors/resolve/index.js';
import {
  GraphError,
  GraphErrorCode,
  forgetPerson,
  labelIdentity,
  listIdentities,
  listMerges,
  mergeEntities,
  splitEntity,
  type BiometricKind,
} from '../../graph-schema/index.js';
import { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { ForbiddenError, InvalidInputError, NotFoundError, found, toError } from '../errors.js';
import { identityStats } from '../graph/identities.js';
import { IdentityRef } from './biometrics.js';
import { READ_ERRORS } from './errors.js';
import { offsetConnection } from './pagination.js';
import { EntityRef } from './refs.js';

/**
 * Curation: people correcting the graph. Merging and splitting entities and
 * naming faces and voices need `write` (editor, admin); forgetting a
 * person's biometric data needs `write` and `biometrics` (admin only).
 */

const CURATION_ERRORS = [ForbiddenError, NotFoundError, InvalidInputError] as const;

/** Graph refusals as the typed errors clients select: a missing node is `NotFoundError`, a refused change `InvalidInputError`. */
export function typedGraphError(err: unknown, notFound: { resource: string; id: string }, field: string | null = null): Error {
  if (err instanceof GraphError && err.code === GraphErrorCode.NotFound) return new NotFoundError(notFound.resource, notFound.id);
  if (err instanceof GraphError && err.code === GraphErrorCode.NotAllowed) return new InvalidInputError(err.message, field);
  return toError(err);
}

function requiredId(value: string | number, field: string): string {
  const id = String(value).trim();
  if (id.length === 0) throw new InvalidInputError(`${field} must not be blank`, field);
  return id;
}

/** After a write this request's cached entities are stale. */
async function entityAfterWrite(ctx: ApiContext, id: string) {
  ctx.loaders.entity.clearAll();
  return found(await ctx.loaders.entity.load(id), 'Entity', id);
}

/** Member and source counts for identities reached without a listing (a face's identity, a label's result); one query per request. */
const identityStatsLoader = createContextCache(
  (ctx: ApiContext) =>
    new DataLoader<string, { members: number; sources: number }>(async (ids) => {
      const rows = await ctx.deps.reader.rows(identityStats(ids));
      const byId = new Map(rows.map((r) => [r.id as string, { members: Number(r.members), sources: Number(r.sources) }]));
      return ids.map((id) => byId.get(id) ?? { members: 0, sources: 0 });
    }),
);

builder.objectFields(IdentityRef, (t) => ({
  memberCount: t.int({ description: 'Faces or voices in the cluster.', resolve: async (i, _a, ctx) => i.members ?? (await identityStatsLoader(ctx).load(i.id)).members }),
  sourceCount: t.int({ description: 'Sources (images, recordings) they were found in.', resolve: async (i, _a, ctx) => i.sources ?? (await identityStatsLoader(ctx).load(i.id)).sources }),
}));

const BiometricKindEnum = builder.enumType('BiometricKind', { values: { FACE: { value: 'face' }, VOICE: { value: 'voice' } } as const });

interface MergeOutcome { entityId: string; mergedId: string; movedMentions: number; movedEvidence: number; droppedEvidence: number; movedIdentities: number }
const MergeEntitiesPayload = builder.objectRef<MergeOutcome>('MergeEntitiesPayload').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity that remains, with the names of both.', resolve: (r, _a, ctx) => entityAfterWrite(ctx, r.entityId) }),
    mergedId: t.exposeID('mergedId', { description: 'The entity folded in and deleted; `splitEntity(entity, from: mergedId)` undoes the merge.' }),
    movedMentions: t.exposeInt('movedMentions'),
    movedEvidence: t.exposeInt('movedEvidence'),
    droppedEvidence: t.exposeInt('droppedEvidence', { description: 'Evidence of a relation between the two, which would now relate the entity to itself.' }),
    movedIdentities: t.exposeInt('movedIdentities', { description: 'Face and voice identities labelled as the merged entity.' }),
  }),
});

interface SplitOutcome { entityId: string; newEntityId: string; movedMentions: number; movedEvidence: number }
const SplitEntityPayload = builder.objectRef<SplitOutcome>('SplitEntityPayload').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity the mentions left.', resolve: (r, _a, ctx) => entityAfterWrite(ctx, r.entityId) }),
    splitOff: t.field({ type: EntityRef, description: 'The entity they form on their own (pinned).', resolve: (r, _a, ctx) => entityAfterWrite(ctx, r.newEntityId) }),
    movedMentions: t.exposeInt('movedMentions'),
    movedEvidence: t.exposeInt('movedEvidence'),
  }),
});

interface LabelOutcome { identityId: string; personId: string; biometrics: number; createdPerson: boolean }
const LabelIdentityPayload = builder.objectRef<LabelOutcome>('LabelIdentityPayload').implement({
  fields: (t) => ({
    identity: t.field({ type: IdentityRef, resolve: (r) => ({ id: r.identityId, entityId: r.personId, members: r.biometrics }) }),
    person: t.field({ type: EntityRef, resolve: (r, _a, ctx) => entityAfterWrite(ctx, r.personId) }),
    createdPerson: t.exposeBoolean('createdPerson', { description: 'True when no Person entity had this name before.' }),
  }),
});

interface ForgetOutcome { personId: string; faces: number; voices: number; identities: number; segments: number }
const ForgetPersonPayload = builder.objectRef<ForgetOutcome>('ForgetPersonPayload').implement({
  fields: (t) => ({
    personId: t.exposeID('personId', { description: 'The entity stays: what texts say about the person is not biometric data.' }),
    faces: t.exposeInt('faces'),
    voices: t.exposeInt('voices'),
    identities: t.exposeInt('identities'),
    segments: t.exposeInt('segments', { description: 'Image regions and time ranges that only located the deleted biometrics.' }),
  }),
});

function labelField(kind: BiometricKind, what: string) {
  return builder.mutationField(kind === 'face' ? 'labelFace' : 'labelSpeaker', (t) =>
    t.field({
      type: LabelIdentityPayload,
      description: `Says who a ${what} is: its whole identity cluster is linked to the Person entity with that name (created if new), replacing any earlier label.`,
      args: {
        id: t.arg.id({ required: true, description: `A ${what} id or an identity id.` }),
        name: t.arg.string({ required: true, description: 'The person\'s name, e.g. "Ada Lovelace".' }),
      },
      authScopes: { write: true },
      errors: { types: [...CURATION_ERRORS], directResult: true },
      resolve: async (_root, args, ctx) => {
        const id = requiredId(args.id, 'id');
        if (args.name.trim().length === 0) throw new InvalidInputError('name must not be blank', 'name');
        const result = await labelIdentity(ctx.deps.gateway, kind, id, personRefForName(args.name)).catch((err: unknown) => {
          throw typedGraphError(err, { resource: kind === 'face' ? 'Face' : 'Voice', id }, 'name');
        });
        ctx.deps.logger.info({ key: ctx.principal.keyId, kind, identityId: result.identityId, personId: result.personId }, 'identity labelled');
        return result;
      },
    }),
  );
}
labelField('face', 'face');
labelField('voice', 'voice (speaker)');

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: MergeEntitiesPayload,
    description: 'Says `from` is the same thing as `into` (same type): its mentions, relations, names and identity labels move to `into` and `from` is deleted. `splitEntity(entity: into, from)` undoes it.',
    args: { into: t.arg.id({ required: true }), from: t.arg.id({ required: true }) },
    authScopes: { write: true },
    errors: { types: [...CURATION_ERRORS], directResult: true },
    resolve: async (_root, args, ctx) => {
      const into = requiredId(args.into, 'into');
      const from = requiredId(args.from, 'from');
      if (into !== from) {
        // One batched lookup names the missing entity precisely; the graph checks again inside its transaction.
        const [a, b] = await Promise.all([ctx.loaders.entity.load(into), ctx.loaders.entity.load(from)]);
        found(a, 'Entity', into);
        found(b, 'Entity', from);
      }
      const result = await mergeEntities(ctx.deps.gateway, into, from).catch((err: unknown) => {
        throw typedGraphError(err, { resource: 'Entity', id: into }, 'from');
      });
      ctx.deps.logger.info({ key: ctx.principal.keyId, into, from, mentions: result.movedMentions }, 'entities merged');
      return result;
    },
  }),
  splitEntity: t.field({
    type: SplitEntityPayload,
    description: 'Undoes a merge (automatic or `mergeEntities`): the mentions that came from `from` (see the entity\'s merges) and the evidence in their sentences move to an entity of their own.',
    args: { entity: t.arg.id({ required: true }), from: t.arg.id({ required: true, description: 'The id the mentions had on their own (the merged entity\'s id).' }) },
    authScopes: { write: true },
    errors: { types: [...CURATION_ERRORS], directResult: true },
    resolve: async (_root, args, ctx) => {
      const entity = requiredId(args.entity, 'entity');
      const from = requiredId(args.from, 'from');
      if (entity === from) throw new InvalidInputError('an entity cannot be split from itself', 'from');
      found(await ctx.loaders.entity.load(entity), 'Entity', entity);
      // splitEntity reports "nothing to split" as an internal error; checked here so the client gets a typed one.
      const merges = await listMerges(ctx.deps.gateway, entity);
      if (!merges.some((m) => m.ownEntityId === from)) throw new NotFoundError('Merge', from);
      const result = await splitEntity(ctx.deps.gateway, entity, from);
      ctx.deps.logger.info({ key: ctx.principal.keyId, entity, from, mentions: result.movedMentions }, 'entity split');
      return { entityId: entity, ...result };
    },
  }),
  forgetPerson: t.field({
    type: ForgetPersonPayload,
    description: 'Right to be forgotten: deletes every face and voice attributed to the person and their identity clusters. Admin only.',
    args: { entity: t.arg.id({ required: true, description: 'The Person entity id.' }) },
    authScopes: { $all: { write: true, biometrics: true } },
    errors: { types: [...CURATION_ERRORS], directResult: true },
    resolve: async (_root, args, ctx) => {
      const personId = requiredId(args.entity, 'entity');
      const result = await forgetPerson(ctx.deps.gateway, personId).catch((err: unknown) => {
        throw typedGraphError(err, { resource: 'Entity', id: personId }, 'entity');
      });
      ctx.deps.logger.info({ key: ctx.principal.keyId, personId, ...result }, 'person forgotten');
      return { personId, ...result };
    },
  }),
}));

builder.queryFields((t) => ({
  identities: t.connection({
    type: IdentityRef,
    description: 'Face or voice identity clusters, largest first, each with the person it was labelled as. Embeddings are not here (see `Face.embedding`).',
    args: { kind: t.arg({ type: BiometricKindEnum, required: true }) },
    authScopes: { read: true },
    errors: { types: [...READ_ERRORS], directResult: true },
    // A ranked list (by size), hence offsets: every identity is counted to rank them anyway, so reading the rows before the page costs little more.
    resolve: (_root, args, ctx) =>
      offsetConnection(args, async ({ offset, limit }) => {
        const { metrics, gateway } = ctx.deps;
        const rows = await metrics.time(metrics.neo4jSeconds, { query: 'listIdentities' }, () => listIdentities(gateway, args.kind, offset + limit));
        return rows.slice(offset).map((r) => ({ id: r.id, entityId: r.personId, members: r.members, sources: r.sources }));
      }),
  }),
}));
