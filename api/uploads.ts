import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, rmdir, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ExtractorError } from '../extractors/base/errors.js';
import { assertNameMatchesContent, detectMediaKind } from '../extractors/media/index.js';
import { readDocument } from '../extractors/text/input/index.js';
import { InvalidInputError } from './errors.js';

/**
 * Uploads are checked in the request, with the same checks the worker uses,
 * so a file that could never be ingested (too large, a PNG named .txt, not
 * valid text) is refused at once with a reason instead of failing later as
 * a job. Accepted bytes are written to a spool folder named by their hash:
 * the same content under the same name is the same path, hence the same
 * source id, so uploading it twice changes nothing.
 */

export interface SpooledFile {
  path: string;
  contentHash: string;
  mediaType: string;
  bytes: number;
}

export interface UploadLimits {
  maxBytes: number;
  spoolDir: string;
}

/** A file name safe as one path segment: no folders, no dot-files, no odd characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).normalize('NFC');
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^[.\s]+/, '').slice(-120).trim();
  return cleaned.length > 0 ? cleaned : 'upload.txt';
}

/** Checks one file and writes it to the spool; `InvalidInputError` (naming `field`) when it is refused. */
export async function spoolFile(bytes: Uint8Array, fileName: string, declaredType: string | undefined, field: string, limits: UploadLimits): Promise<SpooledFile> {
  if (bytes.length > limits.maxBytes) throw new InvalidInputError(`${fileName}: ${bytes.length} bytes is over the ${limits.maxBytes}-byte limit`, field);
  const name = safeFileName(fileName);
  let mediaType: string;
  try {
    const detected = await detectMediaKind(bytes, name);
    assertNameMatchesContent(name, detected);
    if (detected.kind !== 'text') {
      // Images, recordings and video are decoded by the worker, which refuses corrupt or over-limit ones as a failed job.
      mediaType = detected.mediaType ?? 'application/octet-stream';
    } else {
      const read = await readDocument({ bytes, fileName: name, ...(declaredType ? { mediaType: declaredType } : {}) }, { maxBytes: limits.maxBytes });
      if (read.documents.length === 0) throw new InvalidInputError(`${name}: no readable text`, field);
      mediaType = read.documents[0]?.mediaType ?? 'text/plain';
    }
  } catch (err) {
    if (err instanceof ExtractorError && err.isInputError) throw new InvalidInputError(err.message, field);
    throw err;
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const dir = join(limits.spoolDir, contentHash.slice(0, 32));
  const path = join(dir, name);
  await writeSpooled(dir, path, bytes);
  return { path, contentHash, mediaType, bytes: bytes.length };
}

async function writeSpooled(dir: string, path: string, bytes: Uint8Array, attempt = 1): Promise<void> {
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(path, bytes, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Same hash, same bytes: a file already there is already right. Touching it restarts its
    // grace period, so the sweep does not take it for a stale orphan before its new job is queued.
    if (code === 'EEXIST') {
      const now = new Date();
      const touched = await utimes(path, now, now).then(() => true, (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT' || attempt > 1) throw e;
        return false;
      });
      // Removed by the sweep since the write saw it: write it again.
      if (!touched) await writeSpooled(dir, path, bytes, attempt + 1);
      return;
    }
    // The sweep removed the (then empty) folder between mkdir and write: once more.
    if (code === 'ENOENT' && attempt === 1) return writeSpooled(dir, path, bytes, attempt + 1);
    throw err;
  }
}

/** An upload from the multipart request: the declared size is checked before the bytes are read. */
export async function spoolUpload(file: File, field: string, limits: UploadLimits): Promise<SpooledFile> {
  if (file.size > limits.maxBytes) throw new InvalidInputError(`${file.name}: ${file.size} bytes is over the ${limits.maxBytes}-byte limit`, field);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return spoolFile(bytes, file.name || 'upload', file.type || undefined, field, limits);
}

/**
 * What became of the ingest job of a spooled file: `pending` (waiting,
 * delayed, running: the worker still needs the file), `final` (completed, or
 * failed for good: retries happen in the `delayed` state, so `failed` is
 * final), `missing` (never queued, or already removed from the queue).
 */
export type SpoolJobState = 'pending' | 'final' | 'missing';

export interface SpoolSweepOptions {
  spoolDir: string;
  /** The state of the job that ingests `path`, whose content hash starts with `contentHash`. */
  jobState: (file: { path: string; contentHash: string }) => Promise<SpoolJobState>;
  /**
   * A file with no job is removed once it is older than this: files spooled
   * for a call refused by a later file, or left by a job since removed.
   */
  orphanAgeMs: number;
  /** Default `Date.now()`. */
  now?: number;
}

export interface SpoolSweepResult {
  removed: string[];
  kept: number;
}

const HASH_DIR = /^[0-9a-f]{32}$/;

const missingOk = (err: NodeJS.ErrnoException): void => {
  if (err.code !== 'ENOENT') throw err;
};

/**
 * Removes spooled uploads nobody will read again. Spooled files are the
 * API's: it writes them, and only it can tell them from the files `kg ingest`
 * queues in place (which must never be deleted), so the API sweeps them, on
 * a timer, asking the queue about each file's job, rather than the worker
 * deleting whatever path a job named. Asking the queue, not the clock, means
 * a file waiting behind a long queue is never removed before its job ran.
 * Only `<spoolDir>/<32 hex>/<name>` entries are considered.
 */
export async function sweepSpool(options: SpoolSweepOptions): Promise<SpoolSweepResult> {
  const now = options.now ?? Date.now();
  const result: SpoolSweepResult = { removed: [], kept: 0 };
  const dirs = await readdir(options.spoolDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    missingOk(err);
    return [];
  });
  for (const dir of dirs) {
    if (!dir.isDirectory() || !HASH_DIR.test(dir.name)) continue;
    const dirPath = join(options.spoolDir, dir.name);
    const files = await readdir(dirPath, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      missingOk(err);
      return [];
    });
    for (const file of files) {
      if (!file.isFile()) continue;
      const path = join(dirPath, file.name);
      const state = await options.jobState({ path, contentHash: dir.name });
      const stale = state === 'missing' && now - (await stat(path).then((s) => s.mtimeMs, () => now)) >= options.orphanAgeMs;
      if (state === 'final' || stale) {
        await rm(path, { force: true });
        result.removed.push(path);
      } else {
        result.kept += 1;
      }
    }
    // An emptied hash folder goes too; one a new upload just wrote into stays.
    await rmdir(dirPath).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'ENOENT') throw err;
    });
  }
  return result;
}
