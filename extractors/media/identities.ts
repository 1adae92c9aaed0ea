import { createHash } from 'node:crypto';
import type { BiometricKind } from '../../graph-schema/index.js';

/** A stored face or voice near a new one, as `findNearestBiometrics` returns it. */
export interface StoredMatch {
  identityId: string | null;
  /** Cosine similarity. */
  similarity: number;
}

export type FindNearest = (kind: BiometricKind, embedding: readonly number[]) => Promise<StoredMatch[]>;

export interface IdentityOptions {
  kind: BiometricKind;
  /** Cosine similarity at or above which two descriptors are the same person. */
  threshold: number;
  /** Groups one source's descriptors (faces of video frames, voices of one recording): cluster index per descriptor. */
  cluster: (embeddings: readonly (readonly number[])[], threshold: number) => number[];
  findNearest: FindNearest;
}

/**
 * Identity per biometric: the source's own descriptors are clustered first
 * (a speaker talks many times in one recording), then each cluster joins the
 * stored identity its members match best, if any reaches the threshold;
 * otherwise it founds a new identity whose id derives from its first member,
 * so a retried job gives the same ids. Reads the graph, never writes.
 *
 * Two workers seeing the same new person at the same moment can found two
 * identities; `kg label-face` on both, or a later re-ingest, joins them.
 */
export async function assignIdentities(items: readonly { id: string; embedding: readonly number[] }[], options: IdentityOptions): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (items.length === 0) return out;
  const clusterOf = options.cluster(items.map((i) => i.embedding), options.threshold);
  const clusters = new Map<number, { id: string; embedding: readonly number[] }[]>();
  items.forEach((item, i) => {
    const c = clusterOf[i] ?? i;
    clusters.set(c, [...(clusters.get(c) ?? []), item]);
  });
  for (const members of clusters.values()) {
    const votes = new Map<string, number>();
    for (const member of members) {
      const matches = await options.findNearest(options.kind, member.embedding);
      for (const m of matches) {
        if (m.identityId && m.similarity >= options.threshold) votes.set(m.identityId, Math.max(votes.get(m.identityId) ?? -1, m.similarity));
      }
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const identityId = best ? best[0] : newIdentityId(options.kind, (members[0] as { id: string }).id);
    for (const member of members) out.set(member.id, identityId);
  }
  return out;
}

export function newIdentityId(kind: BiometricKind, firstMemberId: string): string {
  return `identity:${kind}:${createHash('sha256').update(firstMemberId).digest('hex').slice(0, 24)}`;
}
