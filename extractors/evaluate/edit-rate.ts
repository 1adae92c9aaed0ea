/**
 * Word and character error rates from a Levenshtein alignment, with the
 * substitutions, insertions and deletions of one minimal alignment counted
 * separately (a transcript that drops words and one that garbles them have
 * the same rate but need different fixes).
 */

export interface EditCounts {
  hits: number;
  substitutions: number;
  insertions: number;
  deletions: number;
}

export interface ErrorRate extends EditCounts {
  /** (S + D + I) / reference length; can exceed 1 when the hypothesis adds much. 0 for two empty texts, 1 for any text against an empty reference. */
  rate: number;
  errors: number;
  referenceLength: number;
  hypothesisLength: number;
}

export interface ErrorRateOptions {
  /** Compare case-insensitively (default false: case is an error). */
  ignoreCase?: boolean;
  /** Drop Unicode punctuation before comparing (default false). */
  ignorePunctuation?: boolean;
}

/**
 * Edit counts of a minimal alignment of `hypothesis` to `reference`. Keeps
 * two rows of the table, not the whole matrix, so hour-long transcripts fit
 * in memory: each cell carries the counts of the path that reached it. Ties
 * prefer match/substitution, then deletion, then insertion, so the split
 * between kinds is deterministic.
 */
export function alignEdits<T>(reference: readonly T[], hypothesis: readonly T[]): EditCounts {
  const width = hypothesis.length + 1;
  let prev = emptyRow(width);
  let next = emptyRow(width);
  for (let j = 1; j < width; j++) {
    prev.cost[j] = j;
    prev.ins[j] = j;
  }
  for (let i = 1; i <= reference.length; i++) {
    next.cost[0] = i;
    next.sub[0] = 0;
    next.ins[0] = 0;
    next.del[0] = i;
    next.hit[0] = 0;
    for (let j = 1; j < width; j++) {
      const same = reference[i - 1] === hypothesis[j - 1];
      const diagonal = at(prev.cost, j - 1) + (same ? 0 : 1);
      const deletion = at(prev.cost, j) + 1;
      const insertion = at(next.cost, j - 1) + 1;
      if (diagonal <= deletion && diagonal <= insertion) {
        copyCell(next, j, prev, j - 1);
        next.cost[j] = diagonal;
        if (same) next.hit[j] = at(next.hit, j) + 1;
        else next.sub[j] = at(next.sub, j) + 1;
      } else if (deletion <= insertion) {
        copyCell(next, j, prev, j);
        next.cost[j] = deletion;
        next.del[j] = at(next.del, j) + 1;
      } else {
        copyCell(next, j, next, j - 1);
        next.cost[j] = insertion;
        next.ins[j] = at(next.ins, j) + 1;
      }
    }
    [prev, next] = [next, prev];
  }
  const last = width - 1;
  return { hits: at(prev.hit, last), substitutions: at(prev.sub, last), insertions: at(prev.ins, last), deletions: at(prev.del, last) };
}

/** Word error rate: whitespace-separated tokens. */
export function wer(reference: string, hypothesis: string, options: ErrorRateOptions = {}): ErrorRate {
  const words = (text: string) => normalise(text, options).split(' ').filter(Boolean);
  return errorRate(words(reference), words(hypothesis));
}

/**
 * Character error rate over Unicode code points (a CJK character or an emoji
 * is one unit, not two UTF-16 halves); runs of whitespace count as one space
 * and the ends are trimmed, so layout differences are not errors.
 */
export function cer(reference: string, hypothesis: string, options: ErrorRateOptions = {}): ErrorRate {
  return errorRate(Array.from(normalise(reference, options)), Array.from(normalise(hypothesis, options)));
}

function errorRate(reference: readonly string[], hypothesis: readonly string[]): ErrorRate {
  const counts = alignEdits(reference, hypothesis);
  const errors = counts.substitutions + counts.insertions + counts.deletions;
  const rate = reference.length === 0 ? (hypothesis.length === 0 ? 0 : 1) : errors / reference.length;
  return { ...counts, rate, errors, referenceLength: reference.length, hypothesisLength: hypothesis.length };
}

function normalise(text: string, options: ErrorRateOptions): string {
  let out = text.normalize('NFC');
  if (options.ignoreCase) out = out.toLowerCase();
  if (options.ignorePunctuation) out = out.replace(/\p{P}+/gu, ' ');
  return out.replace(/\s+/gu, ' ').trim();
}

interface Row {
  cost: Uint32Array;
  hit: Uint32Array;
  sub: Uint32Array;
  ins: Uint32Array;
  del: Uint32Array;
}

function emptyRow(width: number): Row {
  return { cost: new Uint32Array(width), hit: new Uint32Array(width), sub: new Uint32Array(width), ins: new Uint32Array(width), del: new Uint32Array(width) };
}

function copyCell(to: Row, j: number, from: Row, k: number): void {
  to.hit[j] = at(from.hit, k);
  to.sub[j] = at(from.sub, k);
  to.ins[j] = at(from.ins, k);
  to.del[j] = at(from.del, k);
}

/** Indexing a typed array inside its bounds; the fallback only satisfies noUncheckedIndexedAccess. */
const at = (row: Uint32Array, i: number): number => row[i] ?? 0;
