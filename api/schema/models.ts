import type { ModelVersionRecord } from '../graph/records.js';
import { ModelVersionRef, RunRef } from './refs.js';

/** Model versions and extraction runs: which model, on which run, produced a fact. */

ModelVersionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'name@version' }),
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    task: t.exposeString('task'),
    licence: t.exposeString('licence', { nullable: true }),
    origin: t.exposeString('origin', { nullable: true }),
  }),
});

RunRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.exposeString('status'),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.startedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.finishedAt }),
    models: t.field({ type: [ModelVersionRef], resolve: async (r, _a, ctx) => (await ctx.loaders.modelVersion.loadMany(r.models)).filter((m): m is ModelVersionRecord => m !== null && !(m instanceof Error)) }),
  }),
});
