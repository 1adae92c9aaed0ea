import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/** What a transformers.js translation model folder must hold (as exported by Optimum / Xenova). */
const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

export interface ModelFolder {
  /** The folder name as configured, relative to the models folder. */
  name: string;
  /** Absolute path of the folder. */
  path: string;
  /** `fp32` when plain `.onnx` weights exist, `q8` when only `_quantized.onnx` ones do. */
  dtype: 'fp32' | 'q8';
  /** Short content fingerprint: local folders carry no release tag, so the version is derived from what is there. */
  fingerprint: string;
  /** From the model card's front matter (`license: apache-2.0`) when present. */
  licence: string;
}

/**
 * Checks `<modelsDir>/<name>/` before anything loads, so a missing model is a
 * `ModelNotInstalled` error naming the folder and the missing files, not a
 * stack trace from deep inside the runtime.
 */
export async function inspectModelFolder(modelsDir: string, name: string): Promise<ModelFolder> {
  const path = resolve(modelsDir, name);
  const missing: string[] = [];
  for (const file of REQUIRED_FILES) {
    if (!(await isFile(join(path, file)))) missing.push(file);
  }
  const onnx = await readdir(join(path, 'onnx')).catch(() => [] as string[]);
  const weights = onnx.filter((f) => f.endsWith('.onnx')).sort();
  if (weights.length === 0) missing.push('onnx/*.onnx');
  if (missing.length > 0) {
    throw new ExtractorError(
      ExtractorErrorCode.ModelNotInstalled,
      `Neural translation model "${name}" is not installed: folder ${path} lacks ${missing.join(', ')} (export a Marian/opus-mt model with Optimum into that folder)`,
    );
  }
  const dtype = weights.some((f) => !f.endsWith('_quantized.onnx')) ? 'fp32' : 'q8';
  return { name, path, dtype, fingerprint: await fingerprint(path, weights), licence: await licenceOf(path) };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function fingerprint(path: string, weights: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(await readFile(join(path, 'config.json')));
  // Sizes, not contents: hashing hundreds of MB of weights at every load is too slow.
  for (const file of weights) hash.update(`${file}:${(await stat(join(path, 'onnx', file))).size}\n`);
  return hash.digest('hex').slice(0, 12);
}

async function licenceOf(path: string): Promise<string> {
  const readme = await readFile(join(path, 'README.md'), 'utf8').catch(() => '');
  return /^license:\s*(\S+)/m.exec(readme)?.[1] ?? 'unknown (see the model folder)';
}
