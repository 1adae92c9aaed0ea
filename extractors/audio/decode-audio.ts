import type { RunContext } from '../base/contract.js';
import { runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { durationMsOf, SAMPLE_RATE, type DecodedAudio, type MediaInput, type MediaLimits } from './decoded-audio.js';
import { asMediaError } from './ffmpeg-errors.js';
import { withMediaFile } from './media-file.js';
import { describeNonMedia } from './non-media.js';
import { probeMedia, type ProbedMedia } from './probe-media.js';
import { assertCompleteWav } from './wav.js';

const BYTES_PER_SAMPLE = 4; // f32le
/** Rounding between the container's duration and decoded samples must not turn an at-the-limit file into TooLarge. */
const DURATION_SLACK_S = 1;
/** ffmpeg decodes far faster than real time; this bounds a wedged process, not a slow one. */
const DECODE_TIMEOUT_BASE_MS = 30_000;
const DECODE_TIMEOUT_PER_AUDIO_S_MS = 200;

/**
 * Decodes any audio (or the first audio track of a video) that ffmpeg reads
 * into mono 16 kHz float samples.
 *
 * Refuses, in this order and before decoding anything: zero bytes
 * (`EmptyInput`); more than `maxBytes` (`TooLarge`); text, images, documents
 * and files without an audio stream, whatever their extension says
 * (`UnsupportedType`, naming what it is); a WAV file shorter than its header
 * declares, which ffmpeg would decode silently (`CorruptInput`); bytes
 * ffprobe cannot parse (`CorruptInput`); a duration over `maxSeconds`
 * (`TooLarge`). Output is capped at `maxSeconds` of samples as well, for
 * streams whose container states no duration.
 */
export async function decodeAudio(input: MediaInput, limits: MediaLimits, context: RunContext = {}): Promise<DecodedAudio> {
  const name = describeInput(input);
  assertDecodable(input.bytes, limits, name);
  return withMediaFile(input.bytes, async (path) => {
    const probed = await probeMedia(path, { name }, context);
    return decodeProbedAudio({ path, probed, limits, name }, context);
  });
}

/** Byte-level checks shared by every media decoder: emptiness, size, obvious non-media, truncated WAV. */
export function assertDecodable(bytes: Uint8Array, limits: Pick<MediaLimits, 'maxBytes'>, name: string): void {
  if (bytes.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, `${name} is empty (0 bytes)`);
  if (bytes.length > limits.maxBytes) {
    throw new ExtractorError(ExtractorErrorCode.TooLarge, `${name} is ${bytes.length} bytes, over the ${limits.maxBytes}-byte limit`);
  }
  const what = describeNonMedia(bytes);
  if (what !== undefined) throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `${name} is ${what}, not audio or video`);
  assertCompleteWav(bytes, name);
}

/** Inputs to `decodeProbedAudio`: a media file already written and probed. */
export interface ProbedAudioSource {
  path: string;
  probed: ProbedMedia;
  limits: MediaLimits;
  /** Names the input in error messages. */
  name: string;
}

/**
 * Decodes the first audio stream of a probed file; throws `UnsupportedType`
 * when there is none. Shared with video so both paths refuse and decode alike.
 */
export async function decodeProbedAudio({ path, probed, limits, name }: ProbedAudioSource, context: RunContext = {}): Promise<DecodedAudio> {
  const stream = probed.streams.find((s) => s.kind === 'audio');
  if (!stream) throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `${name} is ${describeStreams(probed)}, with no audio stream`);
  assertDurationWithin(probed.durationS, limits.maxSeconds, name);

  const maxSamples = Math.ceil((limits.maxSeconds + DURATION_SLACK_S) * SAMPLE_RATE);
  const expectedS = probed.durationS ?? limits.maxSeconds;
  let pcm: Buffer;
  try {
    pcm = await runProcessBytes(
      'ffmpeg',
      ['-nostdin', '-v', 'error', '-i', path, '-map', `0:${stream.index}`, '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 'f32le', '-'],
      {
        timeoutMs: DECODE_TIMEOUT_BASE_MS + expectedS * DECODE_TIMEOUT_PER_AUDIO_S_MS,
        label: 'ffmpeg audio decode',
        signal: context.signal,
        maxOutputBytes: maxSamples * BYTES_PER_SAMPLE,
      },
    );
  } catch (err) {
    if (err instanceof ExtractorError && err.code === ExtractorErrorCode.TooLarge) {
      throw new ExtractorError(ExtractorErrorCode.TooLarge, `${name} decodes to more than ${limits.maxSeconds} s of audio`, { cause: err });
    }
    throw asMediaError(err, name, path);
  }
  const samples = toFloat32(pcm);
  if (samples.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, `${name} has an audio stream with no samples`);
  return {
    samples,
    sampleRate: SAMPLE_RATE,
    durationMs: durationMsOf(samples.length),
    format: `${probed.formatName}/${stream.codec}`,
  };
}

export function assertDurationWithin(durationS: number | null, maxSeconds: number, name: string): void {
  if (durationS !== null && durationS > maxSeconds + DURATION_SLACK_S) {
    throw new ExtractorError(ExtractorErrorCode.TooLarge, `${name} lasts ${durationS.toFixed(1)} s, over the ${maxSeconds} s limit`);
  }
}

export function describeInput(input: MediaInput): string {
  return input.name ? `"${input.name}"` : 'the input';
}

function describeStreams(probed: ProbedMedia): string {
  if (/_pipe$|^image2$/u.test(probed.formatName)) return `an image (${probed.formatName.replace(/_pipe$/u, '')})`;
  const video = probed.streams.find((s) => s.kind === 'video');
  if (video) return `a video (${probed.formatName}/${video.codec})`;
  return `a ${probed.formatName} file`;
}

/** Copies because a Buffer's offset into its pool need not be 4-byte aligned, which Float32Array views require. */
function toFloat32(pcm: Buffer): Float32Array {
  const usable = pcm.length - (pcm.length % BYTES_PER_SAMPLE);
  const aligned = new ArrayBuffer(usable);
  new Uint8Array(aligned).set(pcm.subarray(0, usable));
  return new Float32Array(aligned);
}
