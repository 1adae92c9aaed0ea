import { ffmpegTransform, ffmpegGenerate } from '../audio/test-media.js';

/**
 * Test videos generated with ffmpeg's lavfi sources at test time. Exported
 * for other engineers' video tests (faces, OCR on frames).
 */

/** Options of `makeTestVideo`. */
export interface TestVideoOptions {
  /** Default 4. */
  durationS?: number;
  /** Default 320. */
  width?: number;
  /** Default 240. */
  height?: number;
  /** Frames per second. Default 10. */
  rate?: number;
  /** A WAV (e.g. from `synthesizeSpeech`) muxed as an AAC track, padded with silence to the video's length; none by default. */
  audioWav?: Uint8Array;
  /**
   * `testsrc`: ffmpeg's colour bars and counter; `ramp`: grey whose level is
   * 50 × t (t in seconds), so a frame's brightness tells its time. Default `testsrc`.
   */
  pattern?: 'testsrc' | 'ramp';
}

/** An H.264 MP4 (yuv420p), with an AAC audio track when `audioWav` is given. */
export async function makeTestVideo(options: TestVideoOptions = {}): Promise<Buffer> {
  const { durationS = 4, width = 320, height = 240, rate = 10, pattern = 'testsrc' } = options;
  const source =
    pattern === 'testsrc'
      ? `testsrc=duration=${durationS}:size=${width}x${height}:rate=${rate}`
      : `color=c=black:size=${width}x${height}:rate=${rate}:duration=${durationS},format=rgb24,geq=r='min(255,50*T)':g='min(255,50*T)':b='min(255,50*T)'`;
  const video = ['-f', 'lavfi', '-i', source];
  const h264 = ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-preset', 'ultrafast'];
  if (!options.audioWav) return ffmpegGenerate([...video, ...h264], 'mp4');
  return ffmpegTransform(
    [options.audioWav],
    [...video, '-i', '{0}', '-filter_complex', `[1:a]apad,atrim=0:${durationS}[a]`, '-map', '0:v', '-map', '[a]', ...h264, '-c:a', 'aac', '-t', String(durationS)],
    'mp4',
  );
}
