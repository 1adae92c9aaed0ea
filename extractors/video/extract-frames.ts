import type { RunContext } from '../base/contract.js';
import { runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { asMediaError, type MediaInput, type MediaLimits } from '../audio/index.js';
import { splitPngStream } from './png-stream.js';
import { withVideoFile } from './probe-video.js';

/** A still taken from a video. */
export interface VideoFrame {
  /** Milliseconds from the start of the video. */
  timeMs: number;
  png: Buffer;
  width: number;
  height: number;
}

/** Options of `extractFrames`. */
export interface FrameSampling {
  /** One frame every this many seconds, the first at 0 (`MediaConfig.frameIntervalS`). */
  intervalS: number;
  /** Stop after this many frames. */
  maxFrames: number;
  /** Refuse videos whose frames have more pixels than this as `TooLarge` (`MediaConfig.maxPixels`). Default: no limit. */
  maxPixels?: number;
}

/** Frames are sampled in one pass that decodes the whole video; this bounds a wedged ffmpeg, not a slow one. */
const TIMEOUT_BASE_MS = 60_000;
const TIMEOUT_PER_VIDEO_S_MS = 1_000;
/** A PNG can be a little larger than raw RGBA for noise-like images; this is the headroom per frame. */
const PNG_OVERHEAD_BYTES = 64 * 1024;

/**
 * Stills every `intervalS` seconds, as PNG, with their times. Uses ffmpeg's
 * `fps` filter with `round=up`, so the still stamped t is the last frame
 * shown at or before t (the default rounding picks the frame half an
 * interval later). Refuses non-video input as `probeVideo` does.
 */
export async function extractFrames(input: MediaInput, sampling: FrameSampling, limits: MediaLimits, context: RunContext = {}): Promise<VideoFrame[]> {
  if (!(sampling.intervalS > 0) || !Number.isInteger(sampling.maxFrames) || sampling.maxFrames < 1) {
    throw new RangeError(`frame sampling needs intervalS > 0 and a whole maxFrames ≥ 1, got ${sampling.intervalS} and ${sampling.maxFrames}`);
  }
  return withVideoFile(input, limits, context, async ({ path, stream, info, name }) => {
    const pixels = info.width * info.height;
    if (sampling.maxPixels !== undefined && pixels > sampling.maxPixels) {
      throw new ExtractorError(ExtractorErrorCode.TooLarge, `${name} has ${info.width}×${info.height} frames, over the ${sampling.maxPixels}-pixel limit`);
    }
    const durationS = (info.durationMs ?? limits.maxSeconds * 1000) / 1000;
    let stdout: Buffer;
    try {
      stdout = await runProcessBytes(
        'ffmpeg',
        [
          ...['-nostdin', '-v', 'error', '-i', path, '-map', `0:${stream.index}`, '-an', '-sn', '-dn'],
          ...['-vf', `fps=fps=1/${sampling.intervalS}:round=up`, '-frames:v', String(sampling.maxFrames)],
          ...['-f', 'image2pipe', '-c:v', 'png', '-'],
        ],
        {
          timeoutMs: TIMEOUT_BASE_MS + durationS * TIMEOUT_PER_VIDEO_S_MS,
          label: 'ffmpeg frame extraction',
          signal: context.signal,
          maxOutputBytes: sampling.maxFrames * (Math.max(pixels, 1) * 4 + PNG_OVERHEAD_BYTES),
        },
      );
    } catch (err) {
      throw asMediaError(err, name, path);
    }
    return splitPngStream(stdout).map((image, i) => ({ timeMs: Math.round(i * sampling.intervalS * 1000), ...image }));
  });
}
