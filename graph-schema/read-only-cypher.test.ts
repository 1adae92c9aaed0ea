import { describe, expect, it } from 'vitest';
import { GraphErrorCode, ReadOnlyViolationError } from './errors.js';
import type { GraphGateway } from './gateway.js';
import { runReadOnlyCypher, withoutExplainPrefix } from './read-only-cypher.js';

/** A gateway that fails the test if anything reaches the server. */
const untouchable = new Proxy({} as GraphGateway, {
  get: (_target, property) => {
    throw new Error(`the gateway was used (${String(property)}) before the static checks refused`);
  },
});

describe('runReadOnlyCypher without a server', () => {
  it('refuses statically before the query reaches the server', async () => {
    await expect(runReadOnlyCypher(untouchable, 'MATCH (n) RETURN n; CREATE ()', {}, { rowLimit: 10, timeoutMs: 1000 })).rejects.toBeInstanceOf(
      ReadOnlyViolationError,
    );
  });

  it.each([
    [{ rowLimit: 0, timeoutMs: 1000 }, /rowLimit must be a positive integer/],
    [{ rowLimit: 1.5, timeoutMs: 1000 }, /rowLimit must be a positive integer/],
    [{ rowLimit: 10, timeoutMs: -1 }, /timeoutMs must be a positive integer/],
  ])('refuses limits %j', async (options, message) => {
    await expect(runReadOnlyCypher(untouchable, 'RETURN 1', {}, options)).rejects.toMatchObject({
      code: GraphErrorCode.InvalidQuery,
      message: expect.stringMatching(message) as unknown,
    });
  });
});

describe('withoutExplainPrefix', () => {
  it('moves positions on the first line back to the query as written', () => {
    const server = [
      "Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))",
      '"EXPLAIN MATCH (n RETURN n"',
      '                  ^',
    ].join('\n');
    expect(withoutExplainPrefix(server)).toBe(
      ["Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))", '"MATCH (n RETURN n"', '          ^'].join('\n'),
    );
  });

  it('keeps columns on later lines, which the prefix does not shift, but still corrects the offset', () => {
    const server = ["Invalid input '': expected an expression (line 2, column 18 (offset: 35))", '"RETURN n ORDER BY"', '                  ^'].join('\n');
    expect(withoutExplainPrefix(server)).toBe(
      ["Invalid input '': expected an expression (line 2, column 18 (offset: 27))", '"RETURN n ORDER BY"', '                  ^'].join('\n'),
    );
  });
});
