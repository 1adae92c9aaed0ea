import { access } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * What transformers.js reads from a model folder, per model shape. fp32
 * weights only: we always ask for `dtype: 'fp32'`, which selects
 * `onnx/model.onnx` (the wasm device would default to `model_quantized.onnx`).
 */
export const MODEL_FOLDER_FILES = {
  encoder: ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'],
  seq2seq: [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'onnx/encoder_model.onnx',
    'onnx/decoder_model_merged.onnx',
  ],
} as const satisfies Record<string, readonly string[]>;
export type ModelShape = keyof typeof MODEL_FOLDER_FILES;

/** Raised when a configured neural model's folder, or a file in it, is absent. */
export class NeuralModelNotInstalled extends ExtractorError {
  override name = 'NeuralModelNotInstalled';
  constructor(
    readonly folder: string,
    readonly expectedFiles: readonly string[],
    readonly missingFiles: readonly string[],
  ) {
    super(
      ExtractorErrorCode.ModelNotInstalled,
      `neural model "${basename(folder)}" is not installed: expected a folder ${folder} holding ` +
        `${expectedFiles.join(', ')}; missing ${missingFiles.join(', ')}`,
    );
  }
}

/** Folder names come from configuration; a path would let it read outside the models folder. */
const FOLDER_NAME = /^(?!\.{1,2}$)[\w.-]+$/;

export function modelFolderPath(modelsDir: string, folder: string): string {
  if (!FOLDER_NAME.test(folder)) {
    throw new ExtractorError(
      ExtractorErrorCode.ModelNotInstalled,
      `"${folder}" is not a model folder name (letters, digits, ".", "_" and "-" only, no paths)`,
    );
  }
  return resolve(modelsDir, folder);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Checks every expected file up front, so the error lists all that is missing, not the first one transformers.js trips on. */
export async function assertModelInstalled(folderPath: string, shape: ModelShape): Promise<void> {
  const expected = MODEL_FOLDER_FILES[shape];
  const missing: string[] = [];
  for (const file of expected) {
    if (!(await exists(join(folderPath, file)))) missing.push(file);
  }
  if (missing.length > 0) throw new NeuralModelNotInstalled(folderPath, expected, missing);
}
