import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ExtractorError } from '../extractors/base/errors.js';
import { readDocument } from '../extractors/text/input/index.js';
import { InvalidInputError } from './errors.js';

/**
 * Uploads are checked in the request, with the same reader the worker uses,
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
    const read = await readDocument({ bytes, fileName: name, ...(declaredType ? { mediaType: declaredType } : {}) }, { maxBytes: limits.maxBytes });
    if (read.documents.length === 0) throw new InvalidInputError(`${name}: no readable text`, field);
    mediaType = read.documents[0]?.mediaType ?? 'text/plain';
  } catch (err) {
    if (err instanceof ExtractorError && err.isInputError) throw new InvalidInputError(err.message, field);
    throw err;
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const dir = join(limits.spoolDir, contentHash.slice(0, 32));
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  // Same hash, same bytes: a file already there is already right.
  await writeFile(path, bytes, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  return { path, contentHash, mediaType, bytes: bytes.length };
}

/** An upload from the multipart request: the declared size is checked before the bytes are read. */
export async function spoolUpload(file: File, field: string, limits: UploadLimits): Promise<SpooledFile> {
  if (file.size > limits.maxBytes) throw new InvalidInputError(`${file.name}: ${file.size} bytes is over the ${limits.maxBytes}-byte limit`, field);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return spoolFile(bytes, file.name || 'upload', file.type || undefined, field, limits);
}
