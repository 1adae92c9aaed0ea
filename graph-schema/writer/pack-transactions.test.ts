import { describe, expect, it } from 'vitest';
import { packTransactions, type WriteStep } from './pack-transactions.js';

const step = (name: string, n: number): WriteStep => ({ step: name, query: `Q ${name}`, rows: Array.from({ length: n }, (_, i) => `${name}${i}`) });
const shape = (txs: WriteStep[][]) => txs.map((tx) => tx.map((s) => `${s.step}:${s.rows.length}`));

describe('packTransactions', () => {
  it('puts a small patch in one transaction, steps in order, empty steps dropped', () => {
    const txs = packTransactions([step('sources', 1), step('models', 0), step('entities', 5), step('finish', 1)], 1000);
    expect(shape(txs)).toEqual([['sources:1', 'entities:5', 'finish:1']]);
  });

  it('splits at batchSize rows, carrying a step across transactions without losing or repeating a row', () => {
    const steps = [step('a', 3), step('b', 4), step('c', 2)];
    const txs = packTransactions(steps, 4);
    expect(shape(txs)).toEqual([['a:3', 'b:1'], ['b:3', 'c:1'], ['c:1']]);
    expect(txs.flat().flatMap((s) => s.rows)).toEqual(steps.flatMap((s) => s.rows));
    expect(txs.every((tx) => tx.reduce((n, s) => n + s.rows.length, 0) <= 4)).toBe(true);
  });

  it('keeps the final step last', () => {
    const txs = packTransactions([step('x', 7), step('finish', 1)], 3);
    expect(txs.at(-1)?.at(-1)?.step).toBe('finish');
  });

  it('refuses a batch size that is not a positive integer', () => {
    expect(() => packTransactions([step('a', 1)], 0)).toThrow(RangeError);
  });
});
