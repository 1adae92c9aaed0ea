import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAudio } from './decode-audio.js';
import type { DecodedAudio } from './decoded-audio.js';
import { ffmpegTransform, silence, synthesizeSpeech } from './test-media.js';
import { mergeSegments, VoiceActivityDetector } from './voice-activity.js';

/** Loading silero (1.8 MB ONNX) and generating speech with flite. */
const VAD_TIMEOUT_MS = 60_000;
const LIMITS = { maxSeconds: 60, maxBytes: 20 * 1024 * 1024 };

describe('VoiceActivityDetector (silero VAD)', () => {
  const vad = new VoiceActivityDetector({ includeSamples: true });
  let speech: DecodedAudio;
  let speechWav: Buffer;

  beforeAll(async () => {
    speechWav = await synthesizeSpeech('the meeting will resume after a short break', 'kal16');
    speech = await decodeAudio({ bytes: speechWav }, LIMITS);
    await vad.load();
  }, VAD_TIMEOUT_MS);

  afterAll(() => vad.dispose());

  it('names the model and its version', () => {
    expect(vad.card).toMatchObject({ name: 'silero-vad', licence: 'MIT', engine: 'bundled' });
    expect(vad.card.id).toMatch(/^silero-vad@\d+\.\d+\.\d+$/u);
  });

  it('finds one segment covering the flite sentence, with its samples', async () => {
    const segments = await vad.run(speech);
    expect(segments).toHaveLength(1);
    const [segment] = segments;
    expect(segment?.startMs).toBeLessThan(400);
    expect(segment?.endMs).toBeGreaterThan(speech.durationMs - 500);
    expect(segment?.endMs).toBeLessThanOrEqual(speech.durationMs);
    expect(segment?.samples?.length).toBeCloseTo((((segment?.endMs ?? 0) - (segment?.startMs ?? 0)) / 1000) * 16_000, -1);
  }, VAD_TIMEOUT_MS);

  it('finds no speech in generated silence', async () => {
    await expect(vad.run(await decodeAudio({ bytes: silence(3000) }, LIMITS))).resolves.toEqual([]);
  }, VAD_TIMEOUT_MS);

  it('keeps two utterances two seconds apart separate, in time order', async () => {
    const twice = await ffmpegTransform([speechWav, silence(2000), speechWav], ['-i', '{0}', '-i', '{1}', '-i', '{2}', '-filter_complex', '[0][1][2]concat=n=3:v=0:a=1'], 'wav');
    const audio = await decodeAudio({ bytes: twice }, LIMITS);
    const segments = await vad.run(audio);
    expect(segments).toHaveLength(2);
    const [first, second] = segments;
    // A segment ends after 3 non-speech frames (288 ms), so it reaches a little into the pause.
    expect(first?.endMs).toBeGreaterThan(speech.durationMs - 500);
    expect(first?.endMs).toBeLessThanOrEqual(speech.durationMs + 400);
    // The second utterance starts 2 s after the first one ends, plus flite's own lead-in.
    expect(second?.startMs).toBeGreaterThan(speech.durationMs + 1800);
    expect(second?.startMs).toBeLessThan(speech.durationMs + 2500);
  }, VAD_TIMEOUT_MS);

  it('serialises concurrent runs (silero keeps state between frames) and gives the same answer', async () => {
    const [a, b] = await Promise.all([vad.run(speech), vad.run(speech)]);
    expect(a.map(({ startMs, endMs }) => [startMs, endMs])).toEqual(b.map(({ startMs, endMs }) => [startMs, endMs]));
  }, VAD_TIMEOUT_MS);
});

describe('mergeSegments', () => {
  it('joins segments separated by less than the gap and keeps the rest', () => {
    const segments = [
      { startMs: 0, endMs: 1000 },
      { startMs: 1400, endMs: 2000 },
      { startMs: 2600, endMs: 3000 },
    ];
    expect(mergeSegments(segments, 500)).toEqual([
      { startMs: 0, endMs: 2000 },
      { startMs: 2600, endMs: 3000 },
    ]);
    expect(mergeSegments(segments, 0)).toEqual(segments);
    expect(mergeSegments([], 500)).toEqual([]);
  });
});
