import { beforeAll, describe, expect, it } from 'vitest';
import type { FliteVoice } from '../audio/test-media.js';
import { ExtractorError } from '../base/errors.js';
import { l2Norm } from '../embed/vector-math.js';
import { CALIBRATION_SENTENCES, concatenate, speak } from './calibration-voices.js';
import { clusterVoices } from './cluster-voices.js';
import { VoiceprintExtractor } from './speaker-extractor.js';
import { enrolSpeaker, identificationFrames, identifySpeaker, trainBackground } from './speaker-model.js';
import { CALIBRATED_VOICE_MATCH_THRESHOLD, voiceSimilarity } from './voice-match.js';
import { computeVoiceprint } from './voiceprint.js';

/**
 * Voiceprints, identification and clustering on speech synthesised at test
 * time by flite (four different speakers) and espeak-ng (background voices).
 * flite or espeak-ng missing fails naming the Debian package.
 */

/** 4 voices × 3 sentences by flite and 3 × 2 by espeak-ng, each decoded by ffmpeg, on a shared two-core machine. */
const SYNTHESIS_TIMEOUT_MS = 120_000;
const GMM_TIMEOUT_MS = 60_000;
/** Two dozen voiceprints take ~1 s alone, but several times that when the two cores are shared with Neo4j and other test files. */
const COMPUTE_TIMEOUT_MS = 60_000;
const VOICES = ['slt', 'rms', 'awb', 'kal16'] as const satisfies readonly FliteVoice[];
const BACKGROUND_VARIANTS = ['m2', 'f2', 'm5'];

type Voice = (typeof VOICES)[number];
const speech = new Map<Voice, Float32Array[]>();
const background: Float32Array[] = [];

function clip(voice: Voice, sentence: number): Float32Array {
  const samples = speech.get(voice)?.[sentence];
  if (!samples) throw new Error(`no sentence ${sentence} by ${voice}`);
  return samples;
}

function print(voice: Voice, sentence: number): number[] {
  const result = computeVoiceprint(clip(voice, sentence));
  if (!result) throw new Error(`no voiceprint for sentence ${sentence} by ${voice}`);
  return result.vector;
}

beforeAll(async () => {
  for (const voice of VOICES) {
    speech.set(voice, await Promise.all(CALIBRATION_SENTENCES.slice(0, 3).map((text) => speak(text, { engine: 'flite', voice }))));
  }
  for (const variant of BACKGROUND_VARIANTS) {
    background.push(...(await Promise.all(CALIBRATION_SENTENCES.slice(0, 2).map((text) => speak(text, { engine: 'espeak-ng', variant })))));
  }
}, SYNTHESIS_TIMEOUT_MS);

describe('voiceprints of synthetic voices', () => {
  it('recognises each voice again on a different sentence (kal16 vs kal16 included)', () => {
    for (const voice of VOICES) {
      for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
        expect(voiceSimilarity(print(voice, a), print(voice, b)), `${voice} sentence ${a} vs ${b}`).toBeGreaterThanOrEqual(CALIBRATED_VOICE_MATCH_THRESHOLD);
      }
    }
  }, COMPUTE_TIMEOUT_MS);

  it('tells different voices apart (slt vs rms, awb vs slt and every other pair)', () => {
    for (const [i, a] of VOICES.entries()) {
      for (const b of VOICES.slice(i + 1)) {
        expect(voiceSimilarity(print(a, 0), print(b, 1)), `${a} vs ${b}`).toBeLessThan(CALIBRATED_VOICE_MATCH_THRESHOLD);
      }
    }
  }, COMPUTE_TIMEOUT_MS);
});

describe('identifying synthetic voices with Gaussian mixtures', () => {
  it(
    'names the speaker of a held-out sentence among four enrolled voices',
    () => {
      const enrolled = {
        speakers: VOICES.map((voice) => enrolSpeaker(voice, [0, 1].flatMap((s) => identificationFrames(clip(voice, s))))),
        background: trainBackground(background.flatMap((samples) => identificationFrames(samples))),
      };
      for (const voice of VOICES) {
        const result = identifySpeaker(identificationFrames(clip(voice, 2)), enrolled);
        expect(result.bestCandidate, voice).toBe(voice);
        expect(result.speakerId, `${voice}: score ${result.score.toFixed(2)}`).toBe(voice);
        expect(result.margin).toBeGreaterThan(0);
      }
    },
    GMM_TIMEOUT_MS,
  );
});

describe('VoiceprintExtractor', () => {
  const extractor = new VoiceprintExtractor();

  it('describes its method in its model card', () => {
    expect(extractor.task).toBe('speakers');
    expect(extractor.modality).toBe('audio');
    expect(extractor.card).toMatchObject({ id: 'mfcc-voiceprint@1', name: 'mfcc-voiceprint', version: '1', task: 'speakers', licence: 'project', engine: 'bundled' });
    expect(extractor.card.origin).toMatch(/^meyda \d+\.\d+\.\d+ MFCC \+ project statistics$/);
  });

  it('finds as many speakers as alternate in a recording', async () => {
    const order: [Voice, number][] = [['slt', 0], ['rms', 0], ['slt', 1], ['rms', 1], ['awb', 2], ['slt', 2], ['kal16', 2]];
    const recording = concatenate(order.map(([voice, sentence]) => clip(voice, sentence)), 400);
    const prints = await extractor.run({ samples: recording.samples, sampleRate: 16_000, segments: recording.ranges });
    expect(prints.map((p) => [p.startMs, p.endMs])).toEqual(recording.ranges.map((r) => [r.startMs, r.endMs]));
    for (const p of prints) {
      expect(p.voiceprint).toHaveLength(64);
      expect(l2Norm(p.voiceprint)).toBeCloseTo(1, 9);
      expect(p.quality).toBeGreaterThan(0.5);
      expect(p.quality).toBeLessThanOrEqual(1);
    }
    const speakers = clusterVoices(prints.map((p) => p.voiceprint), CALIBRATED_VOICE_MATCH_THRESHOLD);
    expect(speakers).toEqual([0, 1, 0, 1, 2, 0, 3]);
  }, COMPUTE_TIMEOUT_MS);

  it('leaves out segments too short to characterise and clamps segments to the audio', async () => {
    const samples = clip('slt', 0);
    const durationMs = (samples.length / 16_000) * 1000;
    const prints = await extractor.run({
      samples,
      sampleRate: 16_000,
      segments: [
        { startMs: 0, endMs: 600 },
        { startMs: 0, endMs: durationMs + 5_000 },
      ],
    });
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ startMs: 0, endMs: durationMs + 5_000 });
  });

  it('makes voiceprints of the configured dimension', async () => {
    const small = new VoiceprintExtractor({ dimension: 32 });
    const [first] = await small.run({ samples: clip('rms', 0), sampleRate: 16_000, segments: [{ startMs: 0, endMs: 10_000 }] });
    expect(first?.voiceprint).toHaveLength(32);
    expect(() => new VoiceprintExtractor({ dimension: 4 })).toThrow(RangeError);
    await small.dispose();
    await small.dispose();
  });

  it('refuses other sample rates, empty audio and impossible segments as input errors', async () => {
    const samples = clip('awb', 0);
    const segments = [{ startMs: 0, endMs: 2_000 }];
    const refusal = (input: Parameters<VoiceprintExtractor['run']>[0]) => extractor.run(input).then(() => undefined, (err: unknown) => err);
    const cases = [
      { input: { samples, sampleRate: 8_000, segments }, code: 'UNSUPPORTED_TYPE' },
      { input: { samples: new Float32Array(0), sampleRate: 16_000, segments }, code: 'EMPTY_INPUT' },
      { input: { samples, sampleRate: 16_000, segments: [{ startMs: 2_000, endMs: 1_000 }] }, code: 'CORRUPT_INPUT' },
      { input: { samples, sampleRate: 16_000, segments: [{ startMs: Number.NaN, endMs: 1_000 }] }, code: 'CORRUPT_INPUT' },
    ];
    for (const { input, code } of cases) {
      const err = await refusal(input);
      expect(err).toBeInstanceOf(ExtractorError);
      expect((err as ExtractorError).code).toBe(code);
      expect((err as ExtractorError).isInputError).toBe(true);
    }
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    await expect(
      extractor.run({ samples: clip('slt', 0), sampleRate: 16_000, segments: [{ startMs: 0, endMs: 2_000 }] }, { signal: controller.signal }),
    ).rejects.toThrow('job cancelled');
  });
});
