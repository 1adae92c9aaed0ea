import type { GraphPatchInput, GraphWriter } from '../graph-schema/index.js';
import type { RunContext } from '../extractors/base/contract.js';
import type { MediaKind, MediaPipelines } from '../extractors/media/index.js';
import type { PatchSource } from '../extractors/text/pipeline/index.js';
import type { IngestJobResult, IngestProgress } from './ingest-queue.js';

export interface MediaIngestInput {
  kind: Exclude<MediaKind, 'text'>;
  bytes: Uint8Array;
  source: PatchSource;
  pipelines: MediaPipelines;
  writer: GraphWriter;
  progress: (p: IngestProgress) => Promise<void>;
  context: RunContext;
}

/**
 * One image, recording or video: skipped when unchanged, otherwise extracted
 * and written as one source. The pipeline's own refusals (corrupt, too long,
 * lying extension) are input errors and fail the job without retries.
 */
export async function ingestMedia(input: MediaIngestInput): Promise<IngestJobResult> {
  const { kind, source, writer, progress } = input;
  const before = await writer.classifySources([source]);
  if (before[source.id] === 'unchanged') {
    await progress({ stage: 'done', percent: 100, detail: 'unchanged' });
    return { sourceId: source.id, kind, documents: 1, outcome: 'unchanged', entities: 0, mentions: 0, relations: 0, timingsMs: {} };
  }
  await progress({ stage: 'extract', percent: 15, detail: kind });
  // Stage reports arrive synchronously from the pipeline; progress updates go to Redis in order, without holding it up.
  let reporting = Promise.resolve();
  const onStage = (stage: string, fraction: number) => {
    reporting = reporting.then(() => progress({ stage: 'extract', percent: 15 + Math.round(70 * fraction), detail: `${kind}: ${stage}` })).catch(() => undefined);
  };
  const extraction = await extract({ ...input, context: { ...input.context, onStage } });
  await reporting;
  await progress({ stage: 'write', percent: 85 });
  const tw = performance.now();
  const written = await writer.write(extraction.patch);
  const timingsMs: Record<string, number> = { ...extraction.timings, write: performance.now() - tw };
  await progress({ stage: 'done', percent: 100 });
  return {
    sourceId: source.id,
    kind,
    documents: 1,
    outcome: written.sources[source.id] ?? 'created',
    entities: written.rows.entities,
    mentions: written.rows.mentions,
    relations: written.rows.relations,
    faces: written.rows.faces,
    voices: written.rows.voices,
    ...(extraction.durationMs === undefined ? {} : { durationMs: Math.round(extraction.durationMs) }),
    timingsMs: Object.fromEntries(Object.entries(timingsMs).map(([k, v]) => [k, Math.round(v ?? 0)])),
  };
}

async function extract({ kind, bytes, source, pipelines, context }: MediaIngestInput): Promise<{ patch: GraphPatchInput; timings: Record<string, number | undefined>; durationMs?: number }> {
  switch (kind) {
    case 'image':
      return pipelines.image.extract(bytes, source, context);
    case 'audio':
      return pipelines.audio.extract(bytes, source, context);
    case 'video':
      return pipelines.video.extract(bytes, source, context);
  }
}
