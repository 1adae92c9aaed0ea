import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { wer } from '../evaluate/index.js';
import { decodeAudio } from './decode-audio.js';
import type { DecodedAudio } from './decoded-audio.js';
import { isFiller, parsePocketsphinxWords } from './pocketsphinx-output.js';
import { synthesizeSpeech } from './test-media.js';
import { PocketsphinxTranscriber } from './transcribe.js';

/** pocketsphinx loads its 37 MB model per call and runs at about half real time on a shared core. */
const ASR_TIMEOUT_MS = 60_000;
const LIMITS = { maxSeconds: 60, maxBytes: 20 * 1024 * 1024 };
const SENTENCE = 'the quick brown fox jumps over the lazy dog';
/** Measured: kal16 speech of SENTENCE comes back with one error ("jumped" for "jumps"), WER 0.11. */
const FLITE_MAX_WER = 0.15;

describe('PocketsphinxTranscriber', () => {
  const asr = new PocketsphinxTranscriber();
  let sentence: DecodedAudio;

  beforeAll(async () => {
    sentence = await decodeAudio({ bytes: await synthesizeSpeech(SENTENCE, 'kal16') }, LIMITS);
  }, ASR_TIMEOUT_MS);

  it('names the Debian model package and its version', async () => {
    const card = await asr.load();
    expect(card).toMatchObject({ name: 'pocketsphinx-en-us', task: 'transcribe', engine: 'bundled', licence: 'BSD-2-Clause' });
    expect(card.version).toMatch(/^\d.*prealpha/u);
    expect(asr.card.id).toBe(`pocketsphinx-en-us@${card.version}`);
  });

  it('transcribes flite kal16 speech nearly exactly, with ordered word times inside the clip', async () => {
    const transcript = await asr.run(sentence);
    const rate = wer(SENTENCE, transcript.text).rate;
    process.stdout.write(`flite kal16: "${transcript.text}" WER ${rate.toFixed(3)}\n`);
    expect(rate).toBeLessThanOrEqual(FLITE_MAX_WER);
    expect(transcript.language).toBe('en');
    expect(transcript.words.map((w) => w.word).join(' ')).toBe(transcript.text);
    for (const [i, word] of transcript.words.entries()) {
      expect(word.endMs).toBeGreaterThan(word.startMs);
      expect(word.endMs).toBeLessThanOrEqual(sentence.durationMs);
      expect(word.startMs).toBeGreaterThanOrEqual(transcript.words[i - 1]?.endMs ?? 0);
      expect(word.confidence).toBeGreaterThanOrEqual(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
      expect(isFiller(word.word)).toBe(false);
    }
    // flite leaves about 0.2 s of lead-in before the first word.
    expect(transcript.words[0]).toMatchObject({ word: 'the' });
    expect(transcript.words[0]?.startMs).toBeGreaterThan(100);
  }, ASR_TIMEOUT_MS);

  it('shifts per-segment word times back onto the whole recording', async () => {
    const whole = await asr.run(sentence);
    const offset = { startMs: 500, endMs: sentence.durationMs };
    const segmented = await asr.runSegments(sentence, [offset]);
    const fox = (t: typeof whole) => t.words.find((w) => w.word === 'fox');
    expect(fox(segmented)?.startMs).toBeGreaterThan(500);
    expect(Math.abs((fox(segmented)?.startMs ?? 0) - (fox(whole)?.startMs ?? 0))).toBeLessThan(100);
  }, ASR_TIMEOUT_MS);

  it('recognises exactly the sentence of a JSGF grammar', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-jsgf-'));
    try {
      const grammarPath = join(dir, 'fox.gram');
      await writeFile(grammarPath, `#JSGF V1.0;\ngrammar fox;\npublic <sentence> = ${SENTENCE} | the lazy dog sleeps;\n`);
      const transcript = await new PocketsphinxTranscriber({ grammarPath }).run(sentence);
      expect(transcript.text).toBe(SENTENCE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, ASR_TIMEOUT_MS);

  it('reports a missing recogniser as EngineMissing naming the apt package', async () => {
    const missing = new PocketsphinxTranscriber({ command: 'pocketsphinx_continuous_not_installed' });
    await expect(missing.run(sentence)).rejects.toMatchObject({
      code: ExtractorErrorCode.EngineMissing,
      message: expect.stringContaining('apt-get install pocketsphinx') as unknown,
    });
  });

  it('reports a missing model as EngineMissing naming pocketsphinx-en-us', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-no-model-'));
    try {
      await expect(new PocketsphinxTranscriber({ modelDir: empty }).run(sentence)).rejects.toMatchObject({
        code: ExtractorErrorCode.EngineMissing,
        message: expect.stringContaining('apt-get install pocketsphinx-en-us') as unknown,
      });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('refuses empty audio', async () => {
    await expect(asr.run({ ...sentence, samples: new Float32Array(), durationMs: 0 })).rejects.toMatchObject({ code: ExtractorErrorCode.EmptyInput });
  });
});

describe('parsePocketsphinxWords', () => {
  it('drops fillers and sentence marks, strips pronunciation variants and applies the offset', () => {
    const stdout = [
      'he was not an illness',
      '<s> 0.000 0.060 0.999500',
      '<sil> 0.070 0.200 0.694306',
      'he 0.210 0.320 0.998701',
      'was(2) 0.330 0.540 0.999800',
      '[SPEECH] 0.980 1.100 0.535598',
      '++NOISE++ 1.100 1.200 0.5',
      "illness 1.300 1.680 0.834168",
      '</s> 2.800 2.970 1.000000',
    ].join('\n');
    expect(parsePocketsphinxWords(stdout, 1000)).toEqual([
      { word: 'he', startMs: 1210, endMs: 1320, confidence: 0.998701 },
      { word: 'was', startMs: 1330, endMs: 1540, confidence: 0.9998 },
      { word: 'illness', startMs: 2300, endMs: 2680, confidence: 0.834168 },
    ]);
  });
});
