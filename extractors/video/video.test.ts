import { beforeAll, describe, expect, it } from 'vitest';
import { runProcessBytes } from '../base/child-process.js';
import { ExtractorErrorCode } from '../base/errors.js';
import { silence, synthesizeSpeech } from '../audio/test-media.js';
import { extractAudioTrack } from './extract-audio-track.js';
import { extractFrames } from './extract-frames.js';
import { probeVideo } from './probe-video.js';
import { makeTestVideo } from './test-media.js';

/** Encoding the test videos with libx264 and decoding them again. */
const VIDEO_TIMEOUT_MS = 60_000;
const LIMITS = { maxSeconds: 60, maxBytes: 20 * 1024 * 1024 };

/** Mean grey level of each of same-sized PNGs, decoded by one ffmpeg call. */
async function meanGreys(pngs: readonly Buffer[], pixels: number): Promise<number[]> {
  const grey = await runProcessBytes('ffmpeg', ['-v', 'error', '-f', 'image2pipe', '-i', '-', '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], {
    input: Buffer.concat(pngs),
    timeoutMs: 20_000,
    label: 'test grey levels',
  });
  return pngs.map((_, i) => grey.subarray(i * pixels, (i + 1) * pixels).reduce((n, v) => n + v, 0) / pixels);
}

describe('video', () => {
  let video: Buffer;
  let silentVideo: Buffer;

  beforeAll(async () => {
    const speech = await synthesizeSpeech('frames and sound', 'kal16');
    [video, silentVideo] = await Promise.all([makeTestVideo({ audioWav: speech }), makeTestVideo()]);
  }, VIDEO_TIMEOUT_MS);

  it('probes size, duration, frame rate and the audio track', async () => {
    const info = await probeVideo({ bytes: video }, LIMITS);
    expect(info).toMatchObject({ width: 320, height: 240, frameRate: 10, hasAudio: true, format: 'mov,mp4,m4a,3gp,3g2,mj2/h264' });
    expect(Math.abs((info.durationMs ?? 0) - 4000)).toBeLessThan(100);
    await expect(probeVideo({ bytes: silentVideo }, LIMITS)).resolves.toMatchObject({ hasAudio: false });
  }, VIDEO_TIMEOUT_MS);

  it('takes one PNG frame per interval, at 0, 1, 2 and 3 s of a 4 s video', async () => {
    const frames = await extractFrames({ bytes: video }, { intervalS: 1, maxFrames: 100 }, LIMITS);
    expect(frames.map((f) => f.timeMs)).toEqual([0, 1000, 2000, 3000]);
    for (const frame of frames) {
      expect(frame).toMatchObject({ width: 320, height: 240 });
      expect(frame.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(frame.png.subarray(-8, -4).toString('latin1')).toBe('IEND');
    }
    const few = await extractFrames({ bytes: video }, { intervalS: 0.5, maxFrames: 3 }, LIMITS);
    expect(few.map((f) => f.timeMs)).toEqual([0, 500, 1000]);
  }, VIDEO_TIMEOUT_MS);

  it('stamps each frame with the time it shows (brightness ramp of 50 grey levels per second)', async () => {
    const ramp = await makeTestVideo({ pattern: 'ramp', width: 64, height: 48 });
    const frames = await extractFrames({ bytes: ramp }, { intervalS: 0.5, maxFrames: 100 }, LIMITS);
    expect(frames).toHaveLength(8);
    const greys = await meanGreys(
      frames.map((f) => f.png),
      64 * 48,
    );
    // One frame at 10 fps is 0.1 s; allow for YUV rounding on top.
    for (const [i, frame] of frames.entries()) expect(Math.abs((greys[i] ?? 0) / 50 - frame.timeMs / 1000)).toBeLessThan(0.15);
  }, VIDEO_TIMEOUT_MS);

  it('decodes the audio track to 16 kHz mono of the video length, and gives null without one', async () => {
    const audio = await extractAudioTrack({ bytes: video }, LIMITS);
    expect(audio).toMatchObject({ sampleRate: 16_000, format: 'mov,mp4,m4a,3gp,3g2,mj2/aac' });
    // AAC priming adds a few tens of milliseconds.
    expect(Math.abs((audio?.durationMs ?? 0) - 4000)).toBeLessThan(80);
    const peak = audio?.samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0) ?? 0;
    expect(peak).toBeGreaterThan(0.05);
    await expect(extractAudioTrack({ bytes: silentVideo }, LIMITS)).resolves.toBeNull();
  }, VIDEO_TIMEOUT_MS);

  it('refuses audio, images, text, long or oversized videos and garbage with the right codes', async () => {
    const frames = { intervalS: 1, maxFrames: 10 };
    await expect(extractFrames({ bytes: silence(1000), name: 'a.mp4' }, frames, LIMITS)).rejects.toMatchObject({
      code: ExtractorErrorCode.UnsupportedType,
      message: '"a.mp4" is audio (wav/pcm_s16le) with no video stream',
    });
    const [png] = await extractFrames({ bytes: silentVideo }, { intervalS: 1, maxFrames: 1 }, LIMITS);
    await expect(extractFrames({ bytes: png?.png ?? Buffer.alloc(0) }, frames, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.UnsupportedType });
    await expect(probeVideo({ bytes: Buffer.from('not a video\n') }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.UnsupportedType });
    await expect(extractFrames({ bytes: video }, frames, { ...LIMITS, maxSeconds: 2 })).rejects.toMatchObject({ code: ExtractorErrorCode.TooLarge });
    await expect(extractFrames({ bytes: video }, { ...frames, maxPixels: 320 * 200 }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.TooLarge });
    await expect(extractAudioTrack({ bytes: new Uint8Array() }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.EmptyInput });
    await expect(extractAudioTrack({ bytes: video.subarray(0, video.length / 3) }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.CorruptInput });
    await expect(extractFrames({ bytes: video }, { intervalS: 0, maxFrames: 1 }, LIMITS)).rejects.toThrow(RangeError);
  }, VIDEO_TIMEOUT_MS);
});
