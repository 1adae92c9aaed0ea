import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAudio } from '../audio/decode-audio.js';
import { librivoxClips, synthesizeSpeech, type FliteVoice } from '../audio/test-media.js';
import { runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * Speech for the speaker tests and `calibrate-voices.ts`, generated at run
 * time from Debian packages (flite, espeak-ng, pocketsphinx-testdata) and
 * decoded by the project's own audio decoder, so nothing binary is
 * committed. A missing package fails with the apt package to install.
 */

/** Ten sentences of three to five seconds with varied sounds; voices are compared across different sentences. */
export const CALIBRATION_SENTENCES = [
  'The quick brown fox jumps over the lazy dog near the river bank.',
  'Please call Stella and ask her to bring these things with her from the store.',
  'Six spoons of fresh snow peas, five thick slabs of blue cheese, and maybe a snack.',
  'We also need a small plastic snake and a big toy frog for the kids.',
  'The museum opens at nine in the morning and closes late on Fridays.',
  'A gentle rain fell over the city while the trains kept running on time.',
  'Scientists measured the temperature of the lake every hour for a month.',
  'My grandmother told wonderful stories about her childhood on the farm.',
  'The committee will announce its decision after the summer holidays.',
  'Nobody expected the little boat to cross the ocean in only twelve days.',
] as const;

/**
 * A synthetic voice. flite's voices are different speakers except `kal` and
 * `kal16`: one speaker recorded at 8 and 16 kHz. espeak-ng's variants
 * (`en+m3`, `en+f3`…) reshape one formant voice.
 */
export type SyntheticVoice = { engine: 'flite'; voice: FliteVoice } | { engine: 'espeak-ng'; variant: string };

/** The speaker a voice stands for: `kal` and `kal16` are one. */
export function speakerOf(voice: SyntheticVoice): string {
  if (voice.engine === 'espeak-ng') return `espeak-ng ${voice.variant}`;
  return voice.voice === 'kal' ? 'flite kal16' : `flite ${voice.voice}`;
}

export function voiceLabel(voice: SyntheticVoice): string {
  return voice.engine === 'flite' ? `flite ${voice.voice}` : `espeak-ng ${voice.variant}`;
}

const LIMITS = { maxSeconds: 120, maxBytes: 50 * 1024 * 1024 };
const SYNTHESIS_TIMEOUT_MS = 30_000;

/** `text` spoken by `voice`, as 16 kHz mono samples. */
export async function speak(text: string, voice: SyntheticVoice): Promise<Float32Array> {
  const wav = voice.engine === 'flite' ? await synthesizeSpeech(text, voice.voice) : await espeak(text, voice.variant);
  return (await decodeAudio({ bytes: wav, name: `${voiceLabel(voice)} speech` }, LIMITS)).samples;
}

async function espeak(text: string, variant: string): Promise<Buffer> {
  // A file, because with --stdout espeak-ng streams a WAV header with a placeholder length that the decoder rightly refuses.
  const dir = await mkdtemp(join(tmpdir(), 'kg-espeak-'));
  try {
    const out = join(dir, 'speech.wav');
    // Text is one argv entry: no shell, so quotes and punctuation are safe.
    await runProcessBytes('espeak-ng', ['-v', `en+${variant}`, '-w', out, text], { timeoutMs: SYNTHESIS_TIMEOUT_MS, label: `espeak-ng en+${variant}` }).catch(
      (err: unknown) => {
        if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) {
          throw new Error(`${err.message}: install the Debian package "espeak-ng" (apt-get install espeak-ng)`, { cause: err });
        }
        throw err;
      },
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One reader's LibriVox clips (real read speech), 16 kHz mono. */
export async function librivoxSpeech(): Promise<{ id: string; samples: Float32Array }[]> {
  const clips = await librivoxClips();
  return Promise.all(
    clips.map(async (clip) => ({ id: clip.id, samples: (await decodeAudio({ bytes: await readFile(clip.path), name: clip.id }, LIMITS)).samples })),
  );
}

/** Clips joined end to end with `gapMs` of silence between them; returns the samples and each clip's time range. */
export function concatenate(clips: readonly Float32Array[], gapMs: number): { samples: Float32Array; ranges: { startMs: number; endMs: number }[] } {
  const gap = Math.round((gapMs / 1000) * 16_000);
  const total = clips.reduce((sum, c) => sum + c.length, 0) + gap * Math.max(0, clips.length - 1);
  const samples = new Float32Array(total);
  const ranges: { startMs: number; endMs: number }[] = [];
  let offset = 0;
  for (const clip of clips) {
    samples.set(clip, offset);
    ranges.push({ startMs: (offset / 16_000) * 1000, endMs: ((offset + clip.length) / 16_000) * 1000 });
    offset += clip.length + gap;
  }
  return { samples, ranges };
}
