import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { GraphWriter } from '../graph-schema/index.js';
import { ExtractorError, ExtractorErrorCode } from '../extractors/base/errors.js';
import { assertNameMatchesContent, detectMediaKind, type MediaPipelines } from '../extractors/media/index.js';
import { readDocument } from '../extractors/text/input/index.js';
import type { TextPipeline } from '../extractors/text/pipeline/index.js';
import { ingestMedia } from './ingest-media.js';
import type { IngestFn } from './ingest-processor.js';
import type { IngestJobResult } from './ingest-queue.js';

export interface FileIngestDeps {
  pipeline: TextPipeline;
  writer: GraphWriter;
  maxBytes: number;
  /** Images, recordings and video (created on the first such file); without them such files are refused. */
  media?: (() => Promise<MediaPipelines>) | null;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Reads at most `maxBytes + 1` bytes, so a huge file is refused without being loaded. */
async function readBounded(path: string, name: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((err: unknown) => {
    throw new ExtractorError(ExtractorErrorCode.CorruptInput, `${name}: cannot be read (${(err as Error).message})`, { cause: err });
  });
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new ExtractorError(ExtractorErrorCode.TooLarge, `${name}: ${size} bytes is over the ${maxBytes}-byte limit`);
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The work behind one ingest job: read and check the file, extract each
 * document in it, write all their patches. A multi-record file (.jsonl)
 * becomes one source per record, so one changed record replaces only its
 * own facts.
 */
export function createFileIngest(deps: FileIngestDeps): IngestFn {
  return async (job, { progress, signal }) => {
    const timingsMs: Record<string, number> = {};
    const t0 = performance.now();
    await progress({ stage: 'read', percent: 5 });
    const bytes = await readBounded(job.path, job.name, deps.maxBytes);
    const { kind, mediaType } = await detectMediaKind(bytes, job.name);
    assertNameMatchesContent(job.name, { kind, mediaType });
    if (kind !== 'text') {
      if (!deps.media) throw new ExtractorError(ExtractorErrorCode.EngineMissing, `${job.name}: ${kind} extraction is not enabled in this worker`);
      const source = { id: job.sourceId, name: job.name, mediaType: mediaType ?? 'application/octet-stream', contentHash: sha256(bytes), bytes: bytes.length, uri: job.path };
      return ingestMedia({ kind, bytes, source, pipelines: await deps.media(), writer: deps.writer, progress, context: signal ? { signal } : {} });
    }
    const read = await readDocument({ bytes, fileName: job.name, ...(job.mediaType ? { mediaType: job.mediaType } : {}) }, { maxBytes: deps.maxBytes });
    timingsMs.read = performance.now() - t0;
    const problems = read.problems.map((p) => `record ${p.recordIndex}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`);
    if (read.documents.length === 0) {
      throw new ExtractorError(ExtractorErrorCode.EmptyInput, `${job.name}: no readable document${problems.length ? ` (${problems.join('; ')})` : ''}`);
    }

    const single = read.documents.length === 1 && read.documents[0]?.recordIndex === undefined;
    const fileHash = sha256(bytes);
    const planned = read.documents.map((doc, i) => {
      const recordKey = doc.recordId ?? String(doc.recordIndex ?? i);
      return {
        doc,
        source: {
          id: single ? job.sourceId : `${job.sourceId}/r${recordKey}`,
          name: single ? job.name : `${job.name}#${recordKey}`,
          mediaType: doc.mediaType,
          contentHash: single ? fileHash : sha256(doc.text),
          bytes: single ? bytes.length : Buffer.byteLength(doc.text),
          uri: job.path,
          ...(doc.title ? { title: doc.title } : {}),
        },
      };
    });
    // Unchanged documents skip extraction entirely: re-ingesting a folder costs a hash and one query.
    const before = await deps.writer.classifySources(planned.map((p) => p.source));
    const todo = planned.filter((p) => before[p.source.id] !== 'unchanged');

    const patches = [];
    const translations: NonNullable<IngestJobResult['translations']> = [];
    for (const [i, { doc, source }] of todo.entries()) {
      signal?.throwIfAborted();
      const extraction = await deps.pipeline.extract(doc, source, { signal });
      for (const [stage, ms] of Object.entries(extraction.timings)) timingsMs[stage] = (timingsMs[stage] ?? 0) + ms;
      translations.push(...extraction.translations);
      patches.push(extraction.patch);
      await progress({ stage: 'extract', percent: 10 + Math.round((70 * (i + 1)) / todo.length), detail: `${i + 1}/${todo.length} documents` });
    }

    await progress({ stage: 'write', percent: 85 });
    const tw = performance.now();
    const written = await deps.writer.writeMany(patches);
    timingsMs.write = performance.now() - tw;
    await progress({ stage: 'done', percent: 100 });

    const outcomes = new Set(Object.values({ ...before, ...written.sources }));
    return {
      sourceId: job.sourceId,
      kind: 'text',
      documents: read.documents.length,
      outcome: outcomes.size === 1 ? [...outcomes][0] ?? 'unchanged' : 'mixed',
      entities: written.rows.entities,
      mentions: written.rows.mentions,
      relations: written.rows.relations,
      timingsMs: Object.fromEntries(Object.entries(timingsMs).map(([k, v]) => [k, Math.round(v)])),
      ...(problems.length ? { problems } : {}),
      ...(translations.length ? { translations } : {}),
    };
  };
}
