import type { GraphPatchInput } from '../../graph-schema/index.js';
import type { RunContext } from '../base/contract.js';
import type { PatchSource } from '../text/pipeline/index.js';
import { audioPart, findInAudio, type AudioFindings, type AudioPartDeps, type AudioStage } from './audio-part.js';
import type { AudioSamples, RgbFrame } from './engines.js';
import { findInImage, imagePart, type ImagePartDeps, type ImageStage } from './image-part.js';
import { timed } from './stage-timings.js';
import { mergeParts, toPatch, type PatchPart } from './media-patch.js';

export interface VideoPipelineDeps {
  image: ImagePartDeps;
  audio: AudioPartDeps;
  /** Probes the container and enforces the byte and duration limits; `hasAudio` false for silent video. */
  probe(input: { bytes: Uint8Array; name: string }, context?: RunContext): Promise<{ durationMs: number; width: number; height: number; hasAudio: boolean }>;
  /** Frames at the configured interval with their times; each is decoded to RGB only when its turn comes, to bound memory. */
  frames(input: { bytes: Uint8Array; name: string }, context?: RunContext): Promise<{ timeMs: number; decode: () => Promise<RgbFrame> }[]>;
  /** The sound track at 16 kHz mono, or null when there is none. */
  audioTrack(input: { bytes: Uint8Array; name: string }, context?: RunContext): Promise<AudioSamples | null>;
}

export interface VideoExtraction {
  patch: GraphPatchInput;
  frames: number;
  audio: AudioFindings | null;
  durationMs: number;
  timings: Partial<Record<ImageStage | AudioStage | 'probe' | 'frames' | 'decode', number>>;
}

/**
 * Video → graph patch: the sound track goes the speech path, frames taken
 * every few seconds go the image path, and every segment keeps its time, so
 * a face or a printed name is found at a moment of the video and a spoken
 * name in a time range of it. One source, one run.
 */
export class VideoPipeline {
  constructor(private readonly deps: VideoPipelineDeps) {}

  async extract(bytes: Uint8Array, source: PatchSource, context: RunContext = {}): Promise<VideoExtraction> {
    const timings: VideoExtraction['timings'] = {};
    const input = { bytes, name: source.name };
    context.onStage?.('probe', 0);
    const info = await timed(timings, 'probe', () => this.deps.probe(input, context));
    const frames = await timed(timings, 'frames', () => this.deps.frames(input, context));
    const parts: PatchPart[] = [];
    for (const [i, { timeMs, decode }] of frames.entries()) {
      context.signal?.throwIfAborted();
      context.onStage?.(`frame ${i + 1}/${frames.length}`, 0.05 + (0.6 * i) / Math.max(1, frames.length));
      const frame = await timed(timings, 'decode', decode);
      const findings = await findInImage(frame, this.deps.image.engines, timings, context);
      parts.push(await imagePart({ frame, findings, source, idPrefix: `${source.id}#f${Math.round(timeMs)}`, atMs: Math.round(timeMs) }, this.deps.image, timings, context));
    }
    let audio: AudioFindings | null = null;
    if (info.hasAudio) {
      context.onStage?.('sound track', 0.65);
      const track = await timed(timings, 'decode', () => this.deps.audioTrack(input, context));
      if (track) {
        audio = await findInAudio(track, this.deps.audio.engines, timings, context);
        parts.push(await audioPart({ findings: audio, source, idPrefix: source.id }, this.deps.audio, timings, context));
      }
    }
    const part = mergeParts(parts);
    const patch = toPatch(
      {
        id: source.id, kind: 'video', name: source.name, mediaType: source.mediaType, contentHash: source.contentHash, bytes: source.bytes,
        durationMs: Math.round(info.durationMs), width: info.width, height: info.height, ...(source.uri ? { uri: source.uri } : {}),
      },
      part,
    );
    return { patch, frames: frames.length, audio, durationMs: info.durationMs, timings };
  }
}
