import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, type NetworkGuard } from '../../test/support/tiny-models/index.js';
import { ExtractorErrorCode } from '../base/errors.js';
import { NeuralModelNotInstalled } from '../neural/index.js';
import { NeuralTranscriber, UNSCORED_CONFIDENCE, WHISPER_FOLDER_FILES, wordsFromChunks } from './neural-asr.js';

/** Importing transformers.js and onnxruntime the first time. */
const NEURAL_LOAD_TIMEOUT_MS = 60_000;
const SILENCE = { samples: new Float32Array(16_000), sampleRate: 16_000, durationMs: 1000, format: 'test' } as const;

describe('NeuralTranscriber loading', () => {
  let modelsDir: string;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-neural-asr-'));
  });

  afterAll(async () => {
    await rm(modelsDir, { recursive: true, force: true });
    expect(network.attempts).toEqual([]);
    network.restore();
  });

  it('reports an absent folder as ModelNotInstalled naming the folder and every file expected', async () => {
    const asr = new NeuralTranscriber({ modelsDir, folder: 'whisper-base.en' });
    const error = await asr.run(SILENCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NeuralModelNotInstalled);
    expect(error).toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled, isInputError: false });
    const { message } = error as Error;
    expect(message).toContain(join(modelsDir, 'whisper-base.en'));
    for (const file of WHISPER_FOLDER_FILES) expect(message).toContain(file);
    expect(asr.card.id).toBe('whisper-base.en@unknown');
  });

  it('lists only what a partial folder lacks, and checks again on the next call', async () => {
    const folder = join(modelsDir, 'partial');
    await mkdir(join(folder, 'onnx'), { recursive: true });
    await writeFile(join(folder, 'config.json'), '{}');
    const asr = new NeuralTranscriber({ modelsDir, folder: 'partial' });
    const first = (await asr.load().catch((e: unknown) => e)) as NeuralModelNotInstalled;
    expect(first.missingFiles).toEqual(WHISPER_FOLDER_FILES.filter((f) => f !== 'config.json'));
    await writeFile(join(folder, 'tokenizer.json'), '{}');
    const second = (await asr.load().catch((e: unknown) => e)) as NeuralModelNotInstalled;
    expect(second.missingFiles).not.toContain('tokenizer.json');
  });

  it('reports unreadable weights as ModelFailed after really trying to load them', async () => {
    const folder = join(modelsDir, 'broken');
    await mkdir(join(folder, 'onnx'), { recursive: true });
    for (const file of WHISPER_FOLDER_FILES) await writeFile(join(folder, file), file.endsWith('.json') ? '{"model_type":"whisper"}' : 'not onnx');
    const asr = new NeuralTranscriber({ modelsDir, folder: 'broken' });
    await expect(asr.load()).rejects.toMatchObject({ code: ExtractorErrorCode.ModelFailed, message: expect.stringContaining(folder) as unknown });
    await asr.dispose();
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('refuses folder names that would leave the models folder', () => {
    expect(() => new NeuralTranscriber({ modelsDir, folder: '../etc' })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.ModelNotInstalled }));
    expect(() => new NeuralTranscriber({ modelsDir, folder: 'a/b' })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.ModelNotInstalled }));
  });
});

describe('wordsFromChunks', () => {
  it('spreads a segment over its words by length and runs an open end to the end of the audio', () => {
    const words = wordsFromChunks(
      {
        text: ' Hello world. Bye',
        chunks: [
          { text: ' Hello world.', timestamp: [0, 1.2] },
          { text: ' Bye', timestamp: [1.5, null as unknown as number] },
        ],
      },
      2000,
    );
    expect(words).toEqual([
      // 5 and 6 characters share 1.2 s: 545 ms and 655 ms.
      { word: 'Hello', startMs: 0, endMs: 545, confidence: UNSCORED_CONFIDENCE },
      { word: 'world.', startMs: 545, endMs: 1200, confidence: UNSCORED_CONFIDENCE },
      { word: 'Bye', startMs: 1500, endMs: 2000, confidence: UNSCORED_CONFIDENCE },
    ]);
  });
});
