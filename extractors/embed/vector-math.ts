/** Small vector helpers shared by the embedders and their tests. */

export function l2Norm(vector: readonly number[]): number {
  let sum = 0;
  for (const x of vector) sum += x * x;
  return Math.sqrt(sum);
}

/** Scales to unit length; a zero vector stays zero rather than becoming NaN. */
export function l2Normalise(vector: readonly number[]): number[] {
  const norm = l2Norm(vector);
  return norm === 0 ? [...vector] : vector.map((x) => x / norm);
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`cannot compare vectors of length ${a.length} and ${b.length}`);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  const norms = l2Norm(a) * l2Norm(b);
  return norms === 0 ? 0 : dot / norms;
}
