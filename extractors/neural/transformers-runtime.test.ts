import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureTransformers } from './transformers-runtime.js';

const IMPORT_TIMEOUT_MS = 30_000;

describe('configureTransformers', () => {
  it('points transformers.js at the models folder with downloads off, idempotently', async () => {
    const first = await configureTransformers('models');
    const second = await configureTransformers('models');
    expect(second).toBe(first);
    expect(second.env).toMatchObject({
      localModelPath: resolve('models'),
      allowLocalModels: true,
      allowRemoteModels: false,
      useFSCache: false,
    });
  }, IMPORT_TIMEOUT_MS);

  it('makes any fetch by transformers.js fail instead of reaching the network', async () => {
    const { env } = await configureTransformers('models');
    await expect(env.fetch('https://huggingface.co/x/resolve/main/config.json')).rejects.toThrow(/local models folder/);
  }, IMPORT_TIMEOUT_MS);
});
