import { readFile } from 'node:fs/promises';
import { lastLines } from './exec.js';

/** Last `count` lines of a log, or null when the file does not exist yet. */
export async function tailFile(path: string, count: number): Promise<string | null> {
  try {
    return lastLines(await readFile(path, 'utf8'), count);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
