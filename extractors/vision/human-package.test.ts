import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { HUMAN_MODEL_FILES } from './human-engine.js';
import { assertModelFilesPresent, humanPackage } from './human-package.js';

describe('humanPackage', () => {
  it('finds the installed human version, its models as a file URL and the local wasm folder', () => {
    const pkg = humanPackage();
    const manifest = JSON.parse(readFileSync(new URL('../package.json', pkg.modelBaseUrl), 'utf8')) as { version: string };
    expect(pkg.version).toBe(manifest.version);
    expect(pkg.modelBaseUrl).toMatch(/^file:\/\/.*\/models\/$/);
    expect(existsSync(pkg.bundlePath)).toBe(true);
    // A plain path, not a URL: the wasm loader reads it from disk instead of fetching it.
    expect(pkg.wasmDir).not.toMatch(/^[a-z]+:/);
    expect(existsSync(join(pkg.wasmDir, 'tfjs-backend-wasm-simd.wasm'))).toBe(true);
  });

  it('has every model file the engine loads', () => {
    expect(() => assertModelFilesPresent(HUMAN_MODEL_FILES)).not.toThrow();
  });

  it('names the missing weight and manifest files of an absent model', () => {
    expect(() => assertModelFilesPresent(['no-such-model.json'])).toThrow(
      expect.objectContaining({ code: ExtractorErrorCode.ModelNotInstalled, message: expect.stringContaining('no-such-model.json, no-such-model.bin') as unknown }),
    );
  });
});
