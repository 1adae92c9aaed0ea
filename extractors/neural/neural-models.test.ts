import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, writeTinyNerModel, type NetworkGuard } from '../../test/support/tiny-models/index.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { NeuralModelNotInstalled } from './model-folder.js';
import { NeuralModels } from './neural-models.js';

/** Installation errors and retries of the memoised loads (ModelCache eviction). */

const NEURAL_LOAD_TIMEOUT_MS = 30_000;

describe('NeuralModels loading', () => {
  let modelsDir: string;
  let models: NeuralModels;
  let network: NetworkGuard;

  beforeAll(async () => {
    network = forbidNetwork();
    modelsDir = await mkdtemp(join(tmpdir(), 'kg-neural-load-'));
    models = new NeuralModels({ modelsDir });
  });

  afterAll(async () => {
    await models.dispose();
    await rm(modelsDir, { recursive: true, force: true });
    expect(network.attempts).toEqual([]);
    network.restore();
  });

  it('reports a missing folder as ModelNotInstalled naming the folder and the files it expects', async () => {
    const error = await models.ner('bert-base-ner').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NeuralModelNotInstalled);
    expect(error).toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled, isInputError: false });
    const { message } = error as Error;
    expect(message).toContain(join(modelsDir, 'bert-base-ner'));
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) expect(message).toContain(file);
  });

  it('lists only the files that are missing from a partial folder', async () => {
    const folder = join(modelsDir, 'partial');
    await mkdir(folder);
    await writeFile(join(folder, 'config.json'), '{}');
    const error = (await models.embedder('partial').catch((e: unknown) => e)) as NeuralModelNotInstalled;
    expect(error.missingFiles).toEqual(['tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']);
  });

  it('expects encoder and decoder weights for a translation model', async () => {
    const error = (await models.translator('opus-mt-zh-en').catch((e: unknown) => e)) as NeuralModelNotInstalled;
    expect(error.code).toBe(ExtractorErrorCode.ModelNotInstalled);
    expect(error.missingFiles).toContain('onnx/encoder_model.onnx');
    expect(error.missingFiles).toContain('onnx/decoder_model_merged.onnx');
  });

  it('retries a failed load once the folder appears, without a restart', async () => {
    await expect(models.ner('late')).rejects.toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled });
    await writeTinyNerModel(join(modelsDir, 'late'));
    const ner = await models.ner('late');
    await expect(ner.run('Paris')).resolves.toMatchObject([{ text: 'Paris', type: 'Location', start: 0, end: 5 }]);
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('reports unreadable weights as ModelFailed and loads them once repaired', async () => {
    const folder = join(modelsDir, 'corrupt');
    await writeTinyNerModel(folder);
    await writeFile(join(folder, 'onnx', 'model.onnx'), 'not a protobuf');
    const error = await models.ner('corrupt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractorError);
    expect(error).toMatchObject({ code: ExtractorErrorCode.ModelFailed });
    expect((error as Error).message).toContain(folder);
    await writeTinyNerModel(folder);
    await expect(models.ner('corrupt')).resolves.toBeDefined();
  }, NEURAL_LOAD_TIMEOUT_MS);

  it('refuses folder names that would leave the models folder', async () => {
    await expect(models.ner('../etc')).rejects.toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled });
    await expect(models.ner('a/b')).rejects.toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled });
  });
});
