import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { NeuralTranslator, type LoadedTranslationModel } from './neural.js';

let modelsDir: string;
beforeEach(async () => {
  modelsDir = await mkdtemp(join(tmpdir(), 'kg-models-'));
});
afterEach(() => rm(modelsDir, { recursive: true, force: true }));

/** A folder with the files a translation model needs; the weights are placeholders, the loader is injected. */
async function fakeModelFolder(name: string, files: Record<string, string>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(modelsDir, name, file, '..'), { recursive: true });
    await writeFile(join(modelsDir, name, file), content);
  }
}

const identityModel: LoadedTranslationModel = { translate: (texts) => Promise.resolve(texts), dispose: () => Promise.resolve() };

const COMPLETE = {
  'config.json': '{"model_type":"marian"}',
  'tokenizer.json': '{}',
  'tokenizer_config.json': '{}',
  'onnx/encoder_model_quantized.onnx': 'x',
  'onnx/decoder_model_merged_quantized.onnx': 'xy',
  'README.md': '---\nlicense: cc-by-4.0\n---\n',
};

describe('NeuralTranslator', () => {
  it('fails with ModelNotInstalled naming the missing folder', async () => {
    const translator = new NeuralTranslator({ modelsDir });
    const err = await translator.translate(['你好'], { folder: 'opus-mt-zh-en' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractorError);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.ModelNotInstalled);
    expect((err as ExtractorError).message).toContain(join(modelsDir, 'opus-mt-zh-en'));
    expect((err as ExtractorError).message).toContain('config.json');
  });

  it('lists exactly the files a half-copied folder lacks', async () => {
    await fakeModelFolder('opus-mt-zh-en', { 'config.json': '{}', 'tokenizer.json': '{}' });
    const err = await new NeuralTranslator({ modelsDir }).card({ folder: 'opus-mt-zh-en' }).catch((e: unknown) => e);
    expect((err as ExtractorError).message).toMatch(/lacks tokenizer_config\.json, onnx\/\*\.onnx/);
  });

  it('loads once per folder through the seam, with a card fingerprinted from the folder', async () => {
    await fakeModelFolder('opus-mt-zh-en', COMPLETE);
    const calls: Array<{ texts: string[]; srcLang?: string }> = [];
    let loads = 0;
    const loaded: LoadedTranslationModel = {
      translate: (texts, options) => {
        calls.push({ texts, srcLang: options.srcLang });
        return Promise.resolve(texts.map((t) => `EN(${t})`));
      },
      dispose: () => Promise.resolve(),
    };
    const translator = new NeuralTranslator({
      modelsDir,
      loadModel: (folder) => {
        loads += 1;
        expect(folder.dtype).toBe('q8');
        return Promise.resolve(loaded);
      },
    });
    const spec = { folder: 'opus-mt-zh-en', srcLang: 'zh', tgtLang: 'en' };
    const [first, second] = await Promise.all([translator.translate(['北京'], spec), translator.translate(['上海'], spec)]);
    expect(loads).toBe(1);
    expect(first.texts).toEqual(['EN(北京)']);
    expect(second.engine).toBe('neural');
    expect(calls[0]?.srcLang).toBe('zh');
    expect(first.model).toMatchObject({ name: 'opus-mt-zh-en', engine: 'neural', licence: 'cc-by-4.0' });
    expect(first.model.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('retries a load that failed once the folder is complete', async () => {
    const translator = new NeuralTranslator({ modelsDir, loadModel: () => Promise.resolve(identityModel) });
    await expect(translator.card({ folder: 'late' })).rejects.toThrow('not installed');
    await fakeModelFolder('late', COMPLETE);
    await expect(translator.card({ folder: 'late' })).resolves.toMatchObject({ name: 'late' });
  });

  it('turns a model crash into ModelFailed', async () => {
    await fakeModelFolder('broken', COMPLETE);
    const translator = new NeuralTranslator({
      modelsDir,
      loadModel: () => Promise.resolve({ ...identityModel, translate: () => Promise.reject(new Error('onnx session lost')) }),
    });
    const err = await translator.translate(['x'], { folder: 'broken' }).catch((e: unknown) => e);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.ModelFailed);
  });
});
