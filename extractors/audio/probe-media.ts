import { z } from 'zod';
import type { RunContext } from '../base/contract.js';
import { runProcess } from '../base/child-process.js';
import { asMediaError } from './ffmpeg-errors.js';

/** One stream as ffprobe reports it. */
export interface ProbedStream {
  index: number;
  kind: 'audio' | 'video' | 'other';
  codec: string;
  /** Seconds; null when the container does not say. */
  durationS: number | null;
  /** Video only. */
  width?: number;
  height?: number;
  /** Frames per second (video) from `avg_frame_rate`, when known. */
  frameRate?: number;
  /** Audio only. */
  sampleRate?: number;
  channels?: number;
  /** Cover art in an audio file: a picture, not a video to sample frames from. */
  attachedPicture: boolean;
}

/** What ffprobe found in a media file. */
export interface ProbedMedia {
  /** ffprobe's `format_name`, e.g. `wav`, `mov,mp4,m4a,3gp,3g2,mj2`, `png_pipe`. */
  formatName: string;
  /** Seconds; the container's duration, else the longest stream's; null when unknown (raw streams). */
  durationS: number | null;
  streams: ProbedStream[];
}

export interface ProbeOptions {
  /** Kill ffprobe after this long. Default 15 000 ms. */
  timeoutMs?: number;
  /** Names the input in error messages. */
  name?: string;
}

const numeric = z.union([z.string(), z.number()]).optional();

const FfprobeJson = z.object({
  format: z.object({ format_name: z.string(), duration: numeric }).optional(),
  streams: z
    .array(
      z.object({
        index: z.number(),
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        duration: numeric,
        width: z.number().optional(),
        height: z.number().optional(),
        avg_frame_rate: z.string().optional(),
        sample_rate: numeric,
        channels: z.number().optional(),
        disposition: z.object({ attached_pic: z.number().optional() }).partial().optional(),
      }),
    )
    .default([]),
});

/** Runs ffprobe on a file. Unreadable input is `CorruptInput`; a missing ffprobe is `EngineMissing` naming the apt package. */
export async function probeMedia(path: string, options: ProbeOptions = {}, context: RunContext = {}): Promise<ProbedMedia> {
  const name = options.name ?? 'input';
  let stdout: string;
  try {
    stdout = await runProcess('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', path], {
      timeoutMs: options.timeoutMs ?? 15_000,
      label: 'ffprobe',
      signal: context.signal,
      maxOutputBytes: 4 * 1024 * 1024,
    });
  } catch (err) {
    throw asMediaError(err, name, path);
  }
  const parsed = FfprobeJson.parse(JSON.parse(stdout));
  const streams = parsed.streams.map(toStream);
  const streamDurations = streams.map((s) => s.durationS).filter((d): d is number => d !== null);
  const containerDuration = seconds(parsed.format?.duration);
  return {
    formatName: parsed.format?.format_name ?? 'unknown',
    durationS: containerDuration ?? (streamDurations.length > 0 ? Math.max(...streamDurations) : null),
    streams,
  };
}

function toStream(raw: z.infer<typeof FfprobeJson>['streams'][number]): ProbedStream {
  const kind = raw.codec_type === 'audio' || raw.codec_type === 'video' ? raw.codec_type : 'other';
  const stream: ProbedStream = {
    index: raw.index,
    kind,
    codec: raw.codec_name ?? 'unknown',
    durationS: seconds(raw.duration),
    attachedPicture: raw.disposition?.attached_pic === 1,
  };
  if (kind === 'video') {
    if (raw.width !== undefined) stream.width = raw.width;
    if (raw.height !== undefined) stream.height = raw.height;
    const rate = frameRate(raw.avg_frame_rate);
    if (rate !== undefined) stream.frameRate = rate;
  }
  if (kind === 'audio') {
    const rate = seconds(raw.sample_rate);
    if (rate !== null) stream.sampleRate = rate;
    if (raw.channels !== undefined) stream.channels = raw.channels;
  }
  return stream;
}

/** ffprobe prints numbers as strings and unknowns as "N/A". */
function seconds(value: string | number | undefined): number | null {
  const n = typeof value === 'string' ? Number.parseFloat(value) : value;
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : null;
}

function frameRate(ratio: string | undefined): number | undefined {
  const [num, den] = (ratio ?? '').split('/').map(Number);
  return num !== undefined && den !== undefined && num > 0 && den > 0 ? num / den : undefined;
}
