import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { modelId, type ModelCard, type Task } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * A neural model's identity. `<folder>/model-card.json` says who made it and
 * under which licence; without one, the folder name and a hash of the
 * weights still tell two installs apart in provenance.
 */

export const MODEL_CARD_FILE = 'model-card.json';
const HASH_HEX_CHARS = 12;

const ModelCardFileSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  licence: z.string().min(1).optional(),
  origin: z.string().min(1).optional(),
});

async function sha256Prefix(path: string): Promise<string> {
  const hash = createHash('sha256');
  // Streamed: real weights run to hundreds of megabytes.
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex').slice(0, HASH_HEX_CHARS);
}

async function readCardFile(folderPath: string): Promise<z.infer<typeof ModelCardFileSchema> | undefined> {
  const path = join(folderPath, MODEL_CARD_FILE);
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ExtractorError(ExtractorErrorCode.ModelNotInstalled, `${path} is not valid JSON`, { cause });
  }
  const parsed = ModelCardFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ExtractorError(ExtractorErrorCode.ModelNotInstalled, `${path} is invalid: ${problems}`);
  }
  return parsed.data;
}

export interface NeuralModelCardOptions {
  folderPath: string;
  task: Task;
  /** Hashed for the version when there is no model card; relative to the folder. */
  weightsFile: string;
}

export async function readNeuralModelCard({ folderPath, task, weightsFile }: NeuralModelCardOptions): Promise<ModelCard> {
  const file = await readCardFile(folderPath);
  const name = file?.name ?? basename(folderPath);
  const version = file?.version ?? (await sha256Prefix(join(folderPath, weightsFile)));
  return {
    id: modelId(name, version),
    name,
    version,
    task,
    licence: file?.licence ?? 'unknown',
    origin: file?.origin ?? `models folder ${folderPath}`,
    engine: 'neural',
  };
}
