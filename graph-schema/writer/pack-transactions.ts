/** One UNWIND statement of the writer and the rows it takes. */
export interface WriteStep {
  step: string;
  query: string;
  rows: readonly unknown[];
}

/**
 * Cuts the writer's ordered steps into transactions of at most `batchSize`
 * rows, keeping their order. A small patch (one document) becomes a single
 * transaction instead of one per step: every commit waits for the
 * transaction log to reach disk, and that wait, not the Cypher, was most of
 * the write stage. Large bulk writes still commit every `batchSize` rows so
 * no transaction outgrows the heap. Empty steps are dropped.
 */
export function packTransactions(steps: readonly WriteStep[], batchSize: number): WriteStep[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const transactions: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let room = batchSize;
  for (const { step, query, rows } of steps) {
    for (let i = 0; i < rows.length;) {
      if (room === 0) {
        transactions.push(current);
        current = [];
        room = batchSize;
      }
      const take = rows.slice(i, i + room);
      current.push({ step, query, rows: take });
      room -= take.length;
      i += take.length;
    }
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}
