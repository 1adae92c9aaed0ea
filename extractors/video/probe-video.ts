import type { RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { assertDecodable, assertDurationWithin, describeInput, probeMedia, withMediaFile, type MediaInput, type MediaLimits, type ProbedMedia, type ProbedStream } from '../audio/index.js';

/** What a video holds, as ffprobe saw it. */
export interface VideoInfo {
  /** Container duration in milliseconds; null when the container does not say. */
  durationMs: number | null;
  width: number;
  height: number;
  /** Frames per second, when known. */
  frameRate: number | null;
  /** `container/codec`, e.g. `mov,mp4,m4a,3gp,3g2,mj2/h264`. */
  format: string;
  hasAudio: boolean;
}

/** A probed video file: its path stays valid only inside `withVideoFile`'s callback. */
export interface OpenedVideo {
  path: string;
  probed: ProbedMedia;
  stream: ProbedStream;
  info: VideoInfo;
  name: string;
}

/**
 * Writes the bytes to a private temporary file, probes them and refuses what
 * is not a video within the limits: the byte checks audio uses (empty, too
 * big, text or an image, truncated) and then `UnsupportedType` for audio
 * without pictures, `TooLarge` for a duration over `maxSeconds`.
 */
export async function withVideoFile<T>(input: MediaInput, limits: MediaLimits, context: RunContext, use: (video: OpenedVideo) => Promise<T>): Promise<T> {
  const name = describeInput(input);
  assertDecodable(input.bytes, limits, name);
  return withMediaFile(input.bytes, async (path) => {
    const probed = await probeMedia(path, { name }, context);
    // Cover art in a music file is a video stream too, but not a video.
    const stream = probed.streams.find((s) => s.kind === 'video' && !s.attachedPicture);
    if (!stream) {
      const audio = probed.streams.find((s) => s.kind === 'audio');
      const what = audio ? `audio (${probed.formatName}/${audio.codec})` : `a ${probed.formatName} file`;
      throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `${name} is ${what} with no video stream`);
    }
    if (/_pipe$|^image2$/u.test(probed.formatName)) {
      throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `${name} is a still image (${stream.codec}), not a video`);
    }
    assertDurationWithin(probed.durationS, limits.maxSeconds, name);
    return use({ path, probed, stream, info: videoInfo(probed, stream), name });
  });
}

/** Probes a video without decoding it. Refuses non-video input as `withVideoFile` does. */
export function probeVideo(input: MediaInput, limits: MediaLimits, context: RunContext = {}): Promise<VideoInfo> {
  return withVideoFile(input, limits, context, ({ info }) => Promise.resolve(info));
}

function videoInfo(probed: ProbedMedia, stream: ProbedStream): VideoInfo {
  return {
    durationMs: probed.durationS === null ? null : probed.durationS * 1000,
    width: stream.width ?? 0,
    height: stream.height ?? 0,
    frameRate: stream.frameRate ?? null,
    format: `${probed.formatName}/${stream.codec}`,
    hasAudio: probed.streams.some((s) => s.kind === 'audio'),
  };
}
