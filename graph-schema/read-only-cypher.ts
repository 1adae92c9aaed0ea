import type { Transaction } from 'neo4j-driver';
import { planViolations, queryTypeViolation, type PlanNode } from './cypher-plan-checks.js';
import { assertStaticallyReadOnly } from './cypher-static-checks.js';
import { toPlain, type PlainValue } from './cypher-values.js';
import { GraphError, GraphErrorCode, ReadOnlyViolationError } from './errors.js';
import type { GraphGateway, TxOptions } from './gateway.js';

/**
 * Untrusted Cypher for data miners, refused unless it is a single read, in
 * three independent layers: lexical checks, the server's EXPLAIN verdict and
 * plan, and finally a read transaction that is always rolled back.
 */

export interface ReadOnlyCypherOptions {
  /** Rows returned at most; one more is read to tell whether the result was cut. */
  rowLimit: number;
  /** Server-side transaction timeout for each of the EXPLAIN and the run. */
  timeoutMs: number;
  /** Extra transaction metadata, e.g. who asked. */
  metadata?: TxOptions['metadata'];
}

export interface ReadOnlyCypherSummary {
  queryType: string;
  resultAvailableAfterMs: number;
  resultConsumedAfterMs: number;
  rowCount: number;
}

export interface ReadOnlyCypherResult {
  columns: string[];
  rows: PlainValue[][];
  truncated: boolean;
  summary: ReadOnlyCypherSummary;
}

export type CypherParams = Record<string, unknown>;

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new GraphError(GraphErrorCode.InvalidQuery, `${name} must be a positive integer, got ${value}`);
  }
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * Syntax errors surface from the EXPLAIN, so the server quotes our prefix and
 * counts it in columns and offsets; the user should see positions in the query they wrote.
 */
export function withoutExplainPrefix(message: string): string {
  const shift = EXPLAIN_PREFIX.length;
  const position = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!position) return message;
  const [found, line, column, offset] = position;
  const onFirstLine = line === '1';
  const corrected = `(line ${line}, column ${onFirstLine ? Number(column) - shift : column} (offset: ${Math.max(0, Number(offset) - shift)}))`;
  const lines = message.replace(found, corrected).split('\n');
  // Only a first-line error quotes the line that carries our prefix, with the caret shifted by it.
  const echo = onFirstLine ? lines.findIndex((text) => text.startsWith(`"${EXPLAIN_PREFIX}`)) : -1;
  if (echo !== -1) {
    lines[echo] = `"${lines[echo]?.slice(shift + 1) ?? ''}`;
    const caret = lines[echo + 1];
    if (caret !== undefined && /^ +\^/.test(caret)) lines[echo + 1] = caret.slice(shift);
  }
  return lines.join('\n');
}

function explainError(err: unknown): unknown {
  if (err instanceof GraphError && err.code === GraphErrorCode.InvalidQuery) {
    return new GraphError(GraphErrorCode.InvalidQuery, withoutExplainPrefix(err.message), { cause: err });
  }
  return err;
}

/** Asks the planner what the query would do, without running it. */
async function assertPlannedAsRead(gateway: GraphGateway, query: string, params: CypherParams, options: TxOptions): Promise<void> {
  const summary = await gateway
    .readOnly(async (tx) => (await tx.run(`${EXPLAIN_PREFIX}${query}`, params)).summary, options)
    .catch((err: unknown) => {
      throw explainError(err);
    });
  const plan: PlanNode | null = summary.plan === false ? null : summary.plan;
  const reasons = [queryTypeViolation(summary.queryType, plan), ...(plan ? planViolations(plan) : [])].filter(
    (reason): reason is string => reason !== null,
  );
  if (reasons.length > 0) throw new ReadOnlyViolationError(reasons.join('; '));
}

/** Streams records (the driver pulls in batches with back-pressure) and stops one past the limit. */
async function readLimited(tx: Transaction, query: string, params: CypherParams, rowLimit: number): Promise<ReadOnlyCypherResult> {
  const result = tx.run(query, params);
  const columns = await result.keys();
  const rows: PlainValue[][] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length === rowLimit) {
      truncated = true;
      // Leaving the loop cancels the stream; the server discards the rest.
      break;
    }
    rows.push(columns.map((column) => toPlain(record.get(column))));
  }
  const summary = await result.summary<number>();
  return {
    columns,
    rows,
    truncated,
    summary: {
      queryType: summary.queryType,
      resultAvailableAfterMs: Number(summary.resultAvailableAfter),
      resultConsumedAfterMs: Number(summary.resultConsumedAfter),
      rowCount: rows.length,
    },
  };
}

function clarifyTimeout(err: unknown, timeoutMs: number): unknown {
  if (err instanceof GraphError && err.code === GraphErrorCode.Timeout) {
    return new GraphError(GraphErrorCode.Timeout, `The query did not finish within ${timeoutMs} ms and was stopped`, { cause: err });
  }
  return err;
}

/**
 * Runs one read query. Throws `ReadOnlyViolationError` when any layer refuses
 * it, `GraphError` with code `GRAPH_INVALID_QUERY` for syntax errors and
 * `GRAPH_TIMEOUT` when it runs past `timeoutMs`.
 */
export async function runReadOnlyCypher(
  gateway: GraphGateway,
  query: string,
  params: CypherParams,
  options: ReadOnlyCypherOptions,
): Promise<ReadOnlyCypherResult> {
  assertPositiveInteger('rowLimit', options.rowLimit);
  assertPositiveInteger('timeoutMs', options.timeoutMs);
  assertStaticallyReadOnly(query);
  const txOptions = (purpose: string): TxOptions => ({
    metadata: { ...options.metadata, purpose },
    timeoutMs: options.timeoutMs,
  });
  try {
    await assertPlannedAsRead(gateway, query, params, txOptions('read-only-cypher-explain'));
    return await gateway.readOnly((tx) => readLimited(tx, query, params, options.rowLimit), txOptions('read-only-cypher'));
  } catch (err) {
    throw clarifyTimeout(err, options.timeoutMs);
  }
}
