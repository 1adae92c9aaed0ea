import { createHash } from 'node:crypto';
import { builder } from '../builder.js';
import { ForbiddenError, InvalidInputError, NotFoundError, found } from '../errors.js';
import { spoolFile, spoolUpload, type SpooledFile } from '../uploads.js';
import { JobRef } from './refs.js';

/** Files per `ingest` call; more go in several calls. */
export const MAX_FILES = 20;

const IngestPayload = builder.objectRef<{ jobIds: string[] }>('IngestPayload').implement({
  fields: (t) => ({
    jobs: t.field({
      type: [JobRef],
      description: 'One job per file, in the order given (text last). Follow one with the jobProgress subscription.',
      resolve: async (p, _a, ctx) => Promise.all(p.jobIds.map(async (id) => found(await ctx.deps.jobs.get(id), 'Job', id))),
    }),
  }),
});

const DeleteSourcePayload = builder.objectRef<{ ids: string[] }>('DeleteSourcePayload').implement({
  fields: (t) => ({
    deletedSourceIds: t.idList({ description: 'The source and, for a multi-record file, each record source.', resolve: (p) => p.ids }),
  }),
});

builder.mutationFields((t) => ({
  ingest: t.field({
    type: IngestPayload,
    description: 'Queues files (text, Markdown, HTML, PDF, JSON, JSON Lines) and/or a text for ingestion. Each file is checked first: too large, or not what its name says, is refused.',
    args: {
      files: t.arg({ type: ['Upload'], required: false }),
      text: t.arg.string({ required: false, description: 'Plain text to ingest as one document.' }),
      name: t.arg.string({ required: false, description: 'File name for `text`; default text-<hash>.txt.' }),
    },
    authScopes: { write: true },
    errors: { types: [ForbiddenError, InvalidInputError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const files = args.files ?? [];
      if (files.length === 0 && !args.text) throw new InvalidInputError('give files, text or both', 'files');
      if (files.length > MAX_FILES) throw new InvalidInputError(`at most ${MAX_FILES} files per call`, 'files');
      const limits = { maxBytes: ctx.deps.config.limits.maxUploadBytes, spoolDir: ctx.deps.spoolDir };
      // Every file is checked before any is queued: one refused file refuses the call, with its index.
      const spooled: SpooledFile[] = [];
      for (const [i, file] of files.entries()) spooled.push(await spoolUpload(file, `files.${i}`, limits));
      if (args.text) {
        const bytes = Buffer.from(args.text, 'utf8');
        const name = args.name ?? `text-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.txt`;
        spooled.push(await spoolFile(bytes, name, 'text/plain', 'text', limits));
      }
      const jobIds: string[] = [];
      for (const f of spooled) jobIds.push((await ctx.deps.jobs.enqueue({ path: f.path, contentHash: f.contentHash, mediaType: f.mediaType })).jobId);
      ctx.deps.logger.info({ key: ctx.principal.keyId, jobIds }, 'ingest enqueued');
      return { jobIds };
    },
  }),
  deleteSource: t.field({
    type: DeleteSourcePayload,
    description: 'Removes a source and every fact only it supported (entities and relations others support stay).',
    args: { id: t.arg.id({ required: true }) },
    authScopes: { write: true },
    errors: { types: [ForbiddenError, NotFoundError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      const ids = await ctx.deps.writer.deleteSourceTree(id);
      if (ids.length === 0) throw new NotFoundError('Source', id);
      ctx.deps.logger.info({ key: ctx.principal.keyId, sourceIds: ids }, 'sources deleted');
      return { ids };
    },
  }),
}));
