import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * Where `@vladmandic/human` and the tfjs wasm binaries lie on disk. Human's
 * `exports` map has keys without `./`, so neither its node-wasm bundle nor its
 * package.json can be resolved by name; we find the package folder along
 * Node's own module search path instead.
 */

export const HUMAN_PACKAGE = '@vladmandic/human';
const WASM_PACKAGE = '@tensorflow/tfjs-backend-wasm';

export interface HumanPackage {
  version: string;
  /** The CommonJS bundle that runs on `@tensorflow/tfjs-backend-wasm`. */
  bundlePath: string;
  /** `file://…/models/`: human joins model file names onto it. */
  modelBaseUrl: string;
  /** A plain folder path ending in `/`: emscripten reads the `.wasm` files with `fs` (a URL would make it fetch). */
  wasmDir: string;
}

function packageDir(name: string): string {
  const searchPaths = createRequire(import.meta.url).resolve.paths(name) ?? [];
  const dir = searchPaths.map((base) => join(base, name)).find((candidate) => existsSync(join(candidate, 'package.json')));
  if (dir === undefined) {
    throw new ExtractorError(ExtractorErrorCode.EngineMissing, `npm package ${name} is not installed (it is a dependency in package.json: run npm install)`);
  }
  return dir;
}

function versionOf(dir: string): string {
  const version: unknown = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

let located: HumanPackage | undefined;

/** Locates the packages once; file-system reads only, nothing is loaded. */
export function humanPackage(): HumanPackage {
  if (located) return located;
  const humanDir = packageDir(HUMAN_PACKAGE);
  located = {
    version: versionOf(humanDir),
    bundlePath: join(humanDir, 'dist', 'human.node-wasm.js'),
    modelBaseUrl: pathToFileURL(join(humanDir, 'models')).href + '/',
    wasmDir: join(packageDir(WASM_PACKAGE), 'dist') + '/',
  };
  return located;
}

/** Fails with the missing files named, before human would log and carry on with an empty model. */
export function assertModelFilesPresent(modelFiles: readonly string[]): void {
  const { modelBaseUrl } = humanPackage();
  const missing = modelFiles.flatMap((json) => [json, json.replace(/\.json$/, '.bin')]).filter((file) => !existsSync(new URL(file, modelBaseUrl)));
  if (missing.length > 0) {
    throw new ExtractorError(ExtractorErrorCode.ModelNotInstalled, `${HUMAN_PACKAGE} lacks model files ${missing.join(', ')} under ${modelBaseUrl}`);
  }
}
