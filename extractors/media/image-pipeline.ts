import type { GraphPatchInput } from '../../graph-schema/index.js';
import type { RunContext } from '../base/contract.js';
import type { PatchSource } from '../text/pipeline/index.js';
import type { PhotoFacts, RgbFrame } from './engines.js';
import { findInImage, imagePart, type ImageFindings, type ImagePartDeps, type ImageStage } from './image-part.js';
import { toPatch } from './media-patch.js';
import { timed } from './stage-timings.js';

export interface ImagePipelineDeps extends ImagePartDeps {
  decode(bytes: Uint8Array, options: { fileName: string; declaredType?: string }): Promise<RgbFrame & { mediaType: string }>;
  readExif(bytes: Uint8Array): Promise<PhotoFacts>;
}

export interface ImageExtraction {
  patch: GraphPatchInput;
  findings: ImageFindings;
  /** Milliseconds per stage. */
  timings: Partial<Record<ImageStage | 'decode' | 'exif', number>>;
}

/**
 * Image → graph patch: decode once (limits and refusals live in the
 * decoder), read EXIF, run OCR, object and face detection, and turn what
 * they found into facts. Reads the graph (entity candidates, nearest faces)
 * but never writes, so `predict` can use it too.
 */
export class ImagePipeline {
  constructor(private readonly deps: ImagePipelineDeps) {}

  async extract(bytes: Uint8Array, source: PatchSource, context: RunContext = {}): Promise<ImageExtraction> {
    const timings: ImageExtraction['timings'] = {};
    context.onStage?.('decode', 0);
    const frame = await timed(timings, 'decode', () => this.deps.decode(bytes, { fileName: source.name, declaredType: source.mediaType }));
    const exif = await timed(timings, 'exif', () => this.deps.readExif(bytes));
    context.signal?.throwIfAborted();

    context.onStage?.('detect', 0.1);
    const findings = await findInImage(frame, this.deps.engines, timings, context);
    context.onStage?.('resolve', 0.7);
    const part = await imagePart({ frame, findings, source, idPrefix: source.id, exif }, this.deps, timings, context);
    const device = deviceName(exif.camera);
    const patch = toPatch(
      {
        id: source.id,
        kind: 'image',
        name: source.name,
        mediaType: frame.mediaType,
        contentHash: source.contentHash,
        bytes: source.bytes,
        width: frame.width,
        height: frame.height,
        ...(source.uri ? { uri: source.uri } : {}),
        ...(exif.takenAt ? { capturedAt: exif.takenAt } : {}),
        ...(device ? { device } : {}),
      },
      part,
    );
    return { patch, findings, timings };
  }
}

/** "Canon EOS 5D Mark IV", not "Canon Canon EOS 5D Mark IV": models often repeat their make. */
function deviceName(camera: PhotoFacts['camera']): string {
  const make = camera?.make?.trim() ?? '';
  const model = camera?.model?.trim() ?? '';
  if (!make) return model;
  return model.toLowerCase().startsWith(make.toLowerCase()) ? model : [make, model].filter(Boolean).join(' ');
}
