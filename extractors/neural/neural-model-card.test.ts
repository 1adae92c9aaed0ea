import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeModelFolder } from '../../test/support/tiny-models/index.js';
import { ExtractorErrorCode } from '../base/errors.js';
import { readNeuralModelCard } from './neural-model-card.js';

describe('readNeuralModelCard', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-model-card-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('hashes the weights when there is no card: sha256 of "abc" starts ba7816bf8f01', async () => {
    const folderPath = join(dir, 'plain');
    await writeModelFolder(folderPath, { 'onnx/model.onnx': new TextEncoder().encode('abc') });
    await expect(readNeuralModelCard({ folderPath, task: 'embed', weightsFile: 'onnx/model.onnx' })).resolves.toEqual({
      id: 'plain@ba7816bf8f01',
      name: 'plain',
      version: 'ba7816bf8f01',
      task: 'embed',
      licence: 'unknown',
      origin: `models folder ${folderPath}`,
      engine: 'neural',
    });
  });

  it('fills licence and origin defaults when the card gives only name and version', async () => {
    const folderPath = join(dir, 'minimal');
    await writeModelFolder(folderPath, { 'model-card.json': { name: 'm', version: '2' } });
    await expect(readNeuralModelCard({ folderPath, task: 'ner', weightsFile: 'onnx/model.onnx' })).resolves.toMatchObject({
      id: 'm@2',
      licence: 'unknown',
    });
  });

  it('rejects a card without a version, naming the file and the problem', async () => {
    const folderPath = join(dir, 'bad');
    await writeModelFolder(folderPath, { 'model-card.json': { name: 'm' } });
    const error = await readNeuralModelCard({ folderPath, task: 'ner', weightsFile: 'onnx/model.onnx' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ExtractorErrorCode.ModelNotInstalled });
    expect((error as Error).message).toMatch(/model-card\.json is invalid: version/);
  });
});
