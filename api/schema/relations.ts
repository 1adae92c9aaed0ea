import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { found as required } from '../errors.js';
import * as q from '../graph/provenance.js';
import { cell } from '../graph/reader.js';
import { toEvidence } from '../graph/records.js';
import { LOOKUP_ERRORS } from './errors.js';
import { offsetConnection } from './pagination.js';
import { EntityRef, EvidenceRef, ModelVersionRef, RelationRef, RelationTypeEnum, RunRef, SegmentRef, SourceRef } from './refs.js';

const evidenceOf = (relationId: string, args: DefaultConnectionArguments, ctx: ApiContext) =>
  offsetConnection(args, async (page) => (await ctx.deps.reader.rows(q.relationEvidence(relationId, page))).map((row) => toEvidence(cell(row, 'ev'))));

const EVIDENCE_DESCRIPTION = 'Why we believe this: every evidence segment with its source, offsets, model version and confidence, highest confidence first.';

RelationRef.implement({
  description: 'A typed relation between two entities, derived from its evidence.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    subject: t.field({ type: EntityRef, resolve: async (r, _a, ctx) => required(await ctx.loaders.entity.load(r.subjectId), 'Entity', r.subjectId) }),
    object: t.field({ type: EntityRef, resolve: async (r, _a, ctx) => required(await ctx.loaders.entity.load(r.objectId), 'Entity', r.objectId) }),
    confidence: t.exposeFloat('confidence', { description: 'Noisy-or of the evidence confidences: 1 − Π(1 − cᵢ).' }),
    support: t.exposeInt('support', { description: 'How many evidence segments back it (the size of `evidence`).' }),
    models: t.exposeStringList('models', { description: 'Model versions (name@version) that found it.' }),
    evidence: t.connection({ type: EvidenceRef, description: EVIDENCE_DESCRIPTION, resolve: (r, args, ctx) => evidenceOf(r.id, args, ctx) }),
  }),
});

EvidenceRef.implement({
  description: 'One piece of evidence: a segment of a source in which a model found the relation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    confidence: t.exposeFloat('confidence'),
    text: t.exposeString('text', { nullable: true, description: 'The evidence sentence.' }),
    start: t.exposeInt('start', { nullable: true, description: 'Character offset of the sentence in the source text.' }),
    end: t.exposeInt('end', { nullable: true }),
    modelId: t.exposeString('model', { description: 'name@version of the model that found it.' }),
    model: t.field({ type: ModelVersionRef, nullable: true, resolve: (ev, _a, ctx) => ctx.loaders.modelVersion.load(ev.model) }),
    run: t.field({
      type: RunRef,
      nullable: true,
      resolve: async (ev, _a, ctx) => (await ctx.loaders.sourceRuns.load(ev.sourceId)).find((run) => run.id === ev.runId) ?? null,
    }),
    segment: t.field({
      type: SegmentRef,
      description: 'The segment: its text offsets, pixel box or time range.',
      resolve: async (ev, _a, ctx) => required(await ctx.loaders.segment.load(ev.segmentId), 'Segment', ev.segmentId),
    }),
    source: t.field({ type: SourceRef, resolve: async (ev, _a, ctx) => required(await ctx.loaders.source.load(ev.sourceId), 'Source', ev.sourceId) }),
  }),
});

const ProvenanceRef = builder.objectRef<{ relationId: string }>('Provenance').implement({
  description: "The answer to 'why do we believe this relation?'",
  fields: (t) => ({
    relation: t.field({ type: RelationRef, resolve: async (p, _a, ctx) => required(await ctx.loaders.relation.load(p.relationId), 'Relation', p.relationId) }),
    evidence: t.connection({ type: EvidenceRef, description: EVIDENCE_DESCRIPTION, resolve: (p, args, ctx) => evidenceOf(p.relationId, args, ctx) }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS], directResult: true },
    resolve: async (_root, { id }, ctx) => required(await ctx.loaders.relation.load(String(id)), 'Relation', String(id)),
  }),
  provenance: t.field({
    type: ProvenanceRef,
    args: { relationId: t.arg.id({ required: true }) },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS], directResult: true },
    resolve: async (_root, { relationId }, ctx) => {
      const id = String(relationId);
      return { relationId: required(await ctx.loaders.relation.load(id), 'Relation', id).id };
    },
  }),
}));
