import { describe, expect, it } from 'vitest';
import { assignIdentities, newIdentityId, type FindNearest } from './identities.js';

/** Clusters by exact first coordinate: enough to drive the assignment logic. */
const byFirstCoordinate = (embeddings: readonly (readonly number[])[]) => {
  const seen = new Map<number, number>();
  return embeddings.map((e) => {
    const key = e[0] as number;
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key) as number;
  });
};

describe('assignIdentities', () => {
  it('joins the best stored identity at or above the threshold, and founds new ones otherwise', async () => {
    const stored: Record<number, { identityId: string | null; similarity: number }[]> = {
      1: [{ identityId: 'weak', similarity: 0.61 }, { identityId: 'strong', similarity: 0.9 }],
      2: [{ identityId: 'below', similarity: 0.59 }],
    };
    const findNearest: FindNearest = (_kind, embedding) => Promise.resolve(stored[embedding[0] as number] ?? []);
    const items = [
      { id: 'f1', embedding: [1, 0] },
      { id: 'f2', embedding: [2, 0] },
      { id: 'f3', embedding: [1, 0] },
    ];
    const ids = await assignIdentities(items, { kind: 'face', threshold: 0.6, cluster: byFirstCoordinate, findNearest });
    expect(ids.get('f1')).toBe('strong');
    expect(ids.get('f3')).toBe('strong');
    expect(ids.get('f2')).toBe(newIdentityId('face', 'f2'));
  });

  it('gives the whole cluster one identity when only one member matches the graph', async () => {
    const findNearest: FindNearest = (_kind, embedding) => Promise.resolve(embedding[1] === 1 ? [{ identityId: 'known', similarity: 0.95 }] : []);
    const ids = await assignIdentities(
      [{ id: 'v1', embedding: [5, 0] }, { id: 'v2', embedding: [5, 1] }],
      { kind: 'voice', threshold: 0.8, cluster: byFirstCoordinate, findNearest },
    );
    expect([...ids.values()]).toEqual(['known', 'known']);
  });

  it('derives new identity ids from the first member, so a retry gives the same ids', () => {
    expect(newIdentityId('face', 'src#face0')).toBe(newIdentityId('face', 'src#face0'));
    expect(newIdentityId('face', 'src#face0')).not.toBe(newIdentityId('voice', 'src#face0'));
  });
});
