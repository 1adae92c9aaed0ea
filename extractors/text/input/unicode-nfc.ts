import { OffsetMapBuilder, type OffsetMap } from './offset-map.js';

// Characters that compose with what precedes them: combining marks and the
// medial/final Hangul jamo. Everything else starts a new cluster, so NFC can
// be applied cluster by cluster and each change mapped to its own source.
const COMBINING = '\\p{M}\\u1160-\\u11FF\\uD7B0-\\uD7FF';
const CLUSTER = new RegExp(`[^${COMBINING}]?[${COMBINING}]+|[^\\x00-\\x7F]`, 'gu');

/** NFC with an offset map; `null` when the text is already NFC (the common case). */
export function normalizeNfc(source: string): { text: string; map: OffsetMap } | null {
  const expected = source.normalize('NFC');
  if (expected === source) return null;

  const builder = new OffsetMapBuilder();
  let copiedTo = 0;
  for (const match of source.matchAll(CLUSTER)) {
    const cluster = match[0];
    const normalized = cluster.normalize('NFC');
    if (normalized === cluster) continue;
    builder.copy(source, copiedTo, match.index);
    builder.replace(match.index, match.index + cluster.length, normalized);
    copiedTo = match.index + cluster.length;
  }
  builder.copy(source, copiedTo, source.length);
  const result = builder.build();
  if (result.text === expected) return result;

  // A composition the cluster rule did not foresee: stay correct and give
  // up precision (the whole text maps to the whole source).
  const fallback = new OffsetMapBuilder();
  fallback.replace(0, source.length, expected);
  return fallback.build();
}
