import { createHash } from 'node:crypto';
import type { ModelCard } from './contract.js';

/** Same source content and same models give the same run id, so a retried job does not add runs. */
export function runIdFor(source: { id: string; contentHash: string }, models: readonly Pick<ModelCard, 'id'>[]): string {
  const digest = createHash('sha256')
    .update([source.id, source.contentHash, ...models.map((m) => m.id).sort()].join('|'))
    .digest('hex')
    .slice(0, 16);
  return `run:${digest}`;
}
