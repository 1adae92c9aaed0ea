import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { decodeAudio } from './decode-audio.js';
import { ffmpegGenerate, librivoxClips, synthesizeSpeech } from './test-media.js';

/** ffmpeg and ffprobe start twice per case on a shared two-core machine. */
const MEDIA_TIMEOUT_MS = 60_000;
const LIMITS = { maxSeconds: 60, maxBytes: 20 * 1024 * 1024 };

describe('decodeAudio', () => {
  let librivox: Buffer;
  let speech: Buffer;

  beforeAll(async () => {
    const [clip] = await librivoxClips();
    if (!clip) throw new Error('pocketsphinx-testdata lists no clips');
    librivox = await readFile(clip.path);
    speech = await synthesizeSpeech('decoding works', 'kal16');
  }, MEDIA_TIMEOUT_MS);

  it('decodes a 16 kHz WAV to mono float samples of the right length', async () => {
    const audio = await decodeAudio({ bytes: librivox, name: 'clip.wav' }, LIMITS);
    // The LibriVox clip is 16-bit mono 16 kHz with a 44-byte header: one sample per two bytes.
    expect(audio.samples.length).toBe((librivox.length - 44) / 2);
    expect(audio).toMatchObject({ sampleRate: 16_000, format: 'wav/pcm_s16le' });
    expect(audio.durationMs).toBeCloseTo(7100, 0);
    const peak = audio.samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
    expect(peak).toBeGreaterThan(0.05);
    expect(peak).toBeLessThanOrEqual(1);
  }, MEDIA_TIMEOUT_MS);

  it('resamples 8 kHz speech and decodes compressed formats (mp3, ogg, m4a)', async () => {
    const kal = await decodeAudio({ bytes: await synthesizeSpeech('eight kilohertz', 'kal') }, LIMITS);
    expect(kal.sampleRate).toBe(16_000);
    const mp3 = await ffmpegGenerate(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'libmp3lame'], 'mp3');
    const ogg = await ffmpegGenerate(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'libvorbis'], 'ogg');
    const m4a = await ffmpegGenerate(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'aac'], 'm4a');
    for (const [bytes, format] of [[mp3, 'mp3/mp3'], [ogg, 'ogg/vorbis'], [m4a, 'mov,mp4,m4a,3gp,3g2,mj2/aac']] as const) {
      const audio = await decodeAudio({ bytes }, LIMITS);
      expect(audio.format).toBe(format);
      // Encoder priming and padding add a few tens of milliseconds.
      expect(Math.abs(audio.durationMs - 2000)).toBeLessThan(80);
    }
  }, MEDIA_TIMEOUT_MS);

  it('refuses zero bytes as EmptyInput', async () => {
    await expect(decodeAudio({ bytes: new Uint8Array() }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.EmptyInput });
  });

  it('refuses more than maxBytes as TooLarge without starting a process', async () => {
    await expect(decodeAudio({ bytes: librivox }, { ...LIMITS, maxBytes: 1000 })).rejects.toMatchObject({
      code: ExtractorErrorCode.TooLarge,
      message: expect.stringContaining('1000-byte limit') as unknown,
    });
  });

  it('refuses audio longer than maxSeconds as TooLarge', async () => {
    await expect(decodeAudio({ bytes: librivox }, { ...LIMITS, maxSeconds: 3 })).rejects.toMatchObject({
      code: ExtractorErrorCode.TooLarge,
      message: expect.stringContaining('7.1 s, over the 3 s limit') as unknown,
    });
  }, MEDIA_TIMEOUT_MS);

  it('refuses text and images, whatever their extension says, as UnsupportedType naming what they are', async () => {
    await expect(decodeAudio({ bytes: Buffer.from('Minutes of the meeting, 3 March.\n'), name: 'minutes.mp3' }, LIMITS)).rejects.toMatchObject({
      code: ExtractorErrorCode.UnsupportedType,
      message: '"minutes.mp3" is text, not audio or video',
    });
    const png = await ffmpegGenerate(['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1'], 'png');
    await expect(decodeAudio({ bytes: png, name: 'song.wav' }, LIMITS)).rejects.toMatchObject({
      code: ExtractorErrorCode.UnsupportedType,
      message: '"song.wav" is a PNG image, not audio or video',
    });
  }, MEDIA_TIMEOUT_MS);

  it('refuses a video without an audio track as UnsupportedType', async () => {
    const silentVideo = await ffmpegGenerate(['-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x48:rate=5', '-c:v', 'libx264', '-pix_fmt', 'yuv420p'], 'mp4');
    await expect(decodeAudio({ bytes: silentVideo }, LIMITS)).rejects.toMatchObject({
      code: ExtractorErrorCode.UnsupportedType,
      message: expect.stringMatching(/is a video \(.*h264\), with no audio stream/u) as unknown,
    });
  }, MEDIA_TIMEOUT_MS);

  it('refuses a WAV cut in half as CorruptInput, which ffmpeg alone would decode silently', async () => {
    const half = librivox.subarray(0, librivox.length / 2);
    await expect(decodeAudio({ bytes: half, name: 'half.wav' }, LIMITS)).rejects.toMatchObject({
      code: ExtractorErrorCode.CorruptInput,
      message: expect.stringMatching(/^"half\.wav" is a truncated WAV file: its header declares 227200 bytes of audio but only 113578 are present/u) as unknown,
    });
    await expect(decodeAudio({ bytes: speech.subarray(0, 30) }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.CorruptInput });
  });

  it('refuses random bytes and a cut-short MP4 as CorruptInput, without leaking temporary paths', async () => {
    for (let i = 0; i < 3; i++) {
      const error = await decodeAudio({ bytes: randomBytes(20_000) }, LIMITS).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: ExtractorErrorCode.CorruptInput, isInputError: true });
      expect((error as Error).message).not.toContain('kg-media-');
    }
    const m4a = await ffmpegGenerate(['-f', 'lavfi', '-i', 'sine=duration=2', '-c:a', 'aac'], 'm4a');
    await expect(decodeAudio({ bytes: m4a.subarray(0, m4a.length / 2) }, LIMITS)).rejects.toMatchObject({ code: ExtractorErrorCode.CorruptInput });
  }, MEDIA_TIMEOUT_MS);

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    await expect(decodeAudio({ bytes: librivox }, LIMITS, { signal: controller.signal })).rejects.toThrow('job cancelled');
  });
});
