import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type nlp from 'compromise';

export type Compromise = typeof nlp;

const requireFromHere = createRequire(import.meta.url);
let loaded: Compromise | undefined;

/**
 * Loads compromise on first use. Importing it builds its lexicon (about half
 * a second), which must not happen when the extractor registry is merely
 * imported. `require` rather than `import()` keeps `recognizeEntities`
 * synchronous; the CommonJS build is the same library as the ESM one.
 */
export function loadCompromise(): Compromise {
  loaded ??= requireFromHere('compromise') as Compromise;
  return loaded;
}

/**
 * The installed compromise version, read from its package.json. The package
 * does not export `./package.json`, so we walk up from its resolved entry
 * point to the manifest that names it.
 */
export function compromiseVersion(): string {
  let folder = dirname(requireFromHere.resolve('compromise'));
  for (;;) {
    const manifest = readManifest(join(folder, 'package.json'));
    if (manifest?.name === 'compromise' && typeof manifest.version === 'string') return manifest.version;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('compromise is installed but its package.json was not found');
    folder = parent;
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
