import type { IngestJobResult, IngestProgress } from '../../jobs/index.js';
import { builder } from '../builder.js';
import { found } from '../errors.js';
import { JOB_STATES, type JobState } from '../jobs.js';
import { LOOKUP_ERRORS } from './errors.js';
import { offsetConnection } from './pagination.js';
import { JobEventRef, JobRef, JobStateEnum } from './refs.js';

const ProgressRef = builder.objectRef<IngestProgress>('JobProgress').implement({
  fields: (t) => ({
    stage: t.exposeString('stage', { description: 'read, extract, resolve, write or done.' }),
    percent: t.exposeInt('percent'),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

const ResultRef = builder.objectRef<IngestJobResult>('IngestResult').implement({
  fields: (t) => ({
    sourceId: t.exposeID('sourceId'),
    documents: t.exposeInt('documents'),
    outcome: t.exposeString('outcome', { description: 'created, replaced, unchanged or mixed.' }),
    entities: t.exposeInt('entities'),
    mentions: t.exposeInt('mentions'),
    relations: t.exposeInt('relations'),
    problems: t.stringList({ resolve: (r) => r.problems ?? [] }),
  }),
});

JobRef.implement({
  description: 'An ingest job: one file on the queue.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    sourceId: t.exposeID('sourceId', { description: 'The source the file becomes (id of its `Source` once written).' }),
    state: t.field({ type: JobStateEnum, nullable: true, resolve: (j) => (j.state === 'unknown' ? null : j.state) }),
    progress: t.field({ type: ProgressRef, nullable: true, resolve: (j) => j.progress }),
    attemptsMade: t.exposeInt('attemptsMade'),
    failedReason: t.exposeString('failedReason', { nullable: true }),
    result: t.field({ type: ResultRef, nullable: true, resolve: (j) => j.result }),
    enqueuedAt: t.field({ type: 'DateTime', resolve: (j) => j.enqueuedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (j) => j.finishedAt }),
  }),
});

JobEventRef.implement({
  fields: (t) => ({
    jobId: t.exposeID('jobId'),
    state: t.field({ type: JobStateEnum, nullable: true, resolve: (e) => (e.state === 'unknown' ? null : e.state) }),
    progress: t.field({ type: ProgressRef, nullable: true, resolve: (e) => e.progress }),
    result: t.field({ type: ResultRef, nullable: true, resolve: (e) => e.result }),
    failedReason: t.exposeString('failedReason', { nullable: true }),
    final: t.exposeBoolean('final', { description: 'The last event: the job completed or failed for good.' }),
  }),
});

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS], directResult: true },
    resolve: async (_root, { id }, ctx) => found(await ctx.deps.jobs.get(String(id)), 'Job', String(id)),
  }),
  jobs: t.connection({
    type: JobRef,
    args: { status: t.arg({ type: [JobStateEnum], required: false, description: 'Default: every state.' }) },
    authScopes: { read: true },
    resolve: (_root, args, ctx) => {
      const states: JobState[] = args.status?.length ? args.status : [...JOB_STATES];
      return offsetConnection(args, ({ offset, limit }) => ctx.deps.jobs.list(states, offset, limit));
    },
  }),
}));

builder.subscriptionField('jobProgress', (t) =>
  t.field({
    type: JobEventRef,
    description: 'The job as it is now, then each progress event, ending with its completion or failure. Over server-sent events.',
    args: { jobId: t.arg.id({ required: true }) },
    authScopes: { read: true },
    subscribe: (_root, { jobId }, ctx) => ctx.deps.jobs.follow(String(jobId)),
    resolve: (event) => event,
  }),
);
