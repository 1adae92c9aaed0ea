import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Hands ffprobe and ffmpeg the bytes as a temporary file, removed in
 * `finally`. A file rather than stdin because (1) MP4/MOV written without
 * `+faststart` keep their index (`moov`) at the end and cannot be read from a
 * pipe, and (2) every input is read twice, by ffprobe and by ffmpeg. The
 * file has no extension and is not named after the upload, so a lying
 * extension cannot steer format detection and a hostile name cannot escape
 * the private directory.
 */
export async function withMediaFile<T>(bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-media-'));
  try {
    const path = join(dir, 'input');
    await writeFile(path, bytes, { mode: 0o600 });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
