import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceIdForPath } from '../../jobs/ingest-queue.js';
import type { Gold } from '../../samples/corpus/build-gold.js';

export type { Gold } from '../../samples/corpus/build-gold.js';

export const SAMPLE_CORPUS_DIR = fileURLToPath(new URL('../../samples/corpus/', import.meta.url));

/** The sample corpus's gold file, checked just enough that a stale or foreign file fails loudly here rather than as odd scores. */
export async function loadGold(dir = SAMPLE_CORPUS_DIR): Promise<Gold> {
  const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as Partial<Gold>;
  for (const key of ['docs', 'entities', 'mentions', 'relations'] as const) {
    if (!Array.isArray(gold[key])) throw new Error(`gold.json: "${key}" is missing or not a list`);
  }
  return gold as Gold;
}

export interface CorpusFile {
  /** Gold document name, e.g. `en/nimbus-profile.txt`. */
  doc: string;
  lang: string;
  path: string;
  sourceId: string;
}

export interface CorpusCopy {
  dir: string;
  files: CorpusFile[];
  /** Maps a source id back to its gold document. */
  docOf: Map<string, string>;
  remove(): Promise<void>;
}

/**
 * Copies the corpus into a fresh temporary directory. Source ids derive from
 * the absolute path, so every copy's sources are its own: a test or bench
 * run can ingest, score and delete them without touching anyone else's.
 */
export async function copyCorpus(gold: Gold, from = SAMPLE_CORPUS_DIR, prefix = 'kg-corpus-'): Promise<CorpusCopy> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const files: CorpusFile[] = [];
  for (const { doc, lang } of gold.docs) {
    const path = join(dir, doc);
    await mkdir(dirname(path), { recursive: true });
    await copyFile(join(from, doc), path);
    files.push({ doc, lang, path, sourceId: sourceIdForPath(path) });
  }
  return { dir, files, docOf: new Map(files.map((f) => [f.sourceId, f.doc])), remove: () => rm(dir, { recursive: true, force: true }) };
}
