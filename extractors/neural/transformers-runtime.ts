import { resolve } from 'node:path';
import type * as Transformers from '@huggingface/transformers';

/**
 * The one place that imports and configures transformers.js. Its `env` is
 * process-global, so every neural loader goes through here.
 */

export type TransformersModule = typeof Transformers;

function refuseNetwork(input: string | URL): Promise<never> {
  return Promise.reject(
    new Error(`transformers.js tried to fetch ${String(input)}; neural models load only from the local models folder`),
  );
}

/**
 * Imports transformers.js on first use (it loads onnxruntime-node and sharp,
 * too heavy for import time) and points it at `modelsDir` with downloads off.
 * Idempotent: calling it again only re-asserts the same settings.
 */
export async function configureTransformers(modelsDir: string): Promise<TransformersModule> {
  const transformers = await import('@huggingface/transformers');
  const { env } = transformers;
  env.localModelPath = resolve(modelsDir);
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  // Its file cache only ever stores downloads, and there are none.
  env.useFSCache = false;
  env.useBrowserCache = false;
  // Belt and braces: even a code path that ignores allowRemoteModels cannot reach the network.
  env.fetch = refuseNetwork;
  return transformers;
}

/**
 * Options every neural load passes. Loaders hand transformers.js the
 * absolute folder path, which is not a valid Hub id, so it is read as a
 * local path even if `localModelPath` were pointed elsewhere by another caller.
 */
export const LOCAL_FP32_CPU = {
  dtype: 'fp32',
  device: 'cpu',
  local_files_only: true,
} as const;
