import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** File name (may include `onnx/`) → JSON value or raw bytes. */
export type FolderFiles = Record<string, unknown>;

/** Writes a Hugging Face style model folder; JSON values are serialised, bytes written as-is. */
export async function writeModelFolder(folder: string, files: FolderFiles): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
  }
}
