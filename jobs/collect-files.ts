import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface FileToIngest {
  path: string;
  bytes: number;
  contentHash: string;
}

/** Hidden folders and dependency trees are never content. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.neo4j']);

/** Expands files and folders (recursively) into a sorted, de-duplicated file list. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  async function walk(path: string): Promise<void> {
    const info = await stat(path);
    if (info.isFile()) {
      out.add(resolve(path));
      return;
    }
    if (!info.isDirectory()) return;
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      await walk(join(path, entry.name));
    }
  }
  for (const p of paths) await walk(p);
  return [...out].sort();
}

/**
 * Hashes a file by streaming it. Files over `maxBytes` are hashed by size and
 * time instead: the worker refuses them anyway, and hashing gigabytes to say
 * so would be waste.
 */
export async function describeFile(path: string, maxBytes: number): Promise<FileToIngest> {
  const info = await stat(path);
  if (info.size > maxBytes) {
    return { path, bytes: info.size, contentHash: createHash('sha256').update(`${info.size}:${info.mtimeMs}`).digest('hex') };
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, bytes: info.size, contentHash: hash.digest('hex') };
}
