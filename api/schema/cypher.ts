import neo4j from 'neo4j-driver';
import { GraphError, GraphErrorCode, runReadOnlyCypher } from '../../graph-schema/index.js';
import { builder } from '../builder.js';
import { CypherRefusedError, ForbiddenError, InvalidInputError, QueryTimeoutError } from '../errors.js';

/**
 * Read-only Cypher for analysts, behind the same guard as `kg cypher`:
 * lexical checks, the planner's verdict and a read transaction that is always
 * rolled back. Refusals and the analyst's own mistakes are typed results.
 */

interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  summary: { queryType: string; resultAvailableAfterMs: number; resultConsumedAfterMs: number; rowCount: number };
}

const SummaryRef = builder.objectRef<CypherResult['summary']>('CypherSummary').implement({
  fields: (t) => ({
    queryType: t.exposeString('queryType', { description: 'r (read), as the planner classified it.' }),
    rowCount: t.exposeInt('rowCount'),
    resultAvailableAfterMs: t.exposeInt('resultAvailableAfterMs'),
    resultConsumedAfterMs: t.exposeInt('resultConsumedAfterMs'),
  }),
});

const CypherResultRef = builder.objectRef<CypherResult>('CypherResult').implement({
  fields: (t) => ({
    columns: t.exposeStringList('columns'),
    rows: t.field({ type: ['JSON'], description: 'One JSON array per row, values in column order.', resolve: (r) => r.rows }),
    truncated: t.exposeBoolean('truncated', { description: 'True when more rows matched than `limit` (or the server limit).' }),
    summary: t.field({ type: SummaryRef, resolve: (r) => r.summary }),
  }),
});

/** JSON numbers are doubles; whole ones go as Cypher integers so `LIMIT $n` and `id(n) = $id` accept them (as in `kg cypher`). */
function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  return value;
}

function typedFailure(err: unknown): never {
  if (err instanceof GraphError) {
    if (err.code === GraphErrorCode.ReadOnlyViolation) throw new CypherRefusedError(err.message);
    if (err.code === GraphErrorCode.Timeout) throw new QueryTimeoutError(err.message);
    // Syntax errors and bad parameters are the analyst's input: show the server's explanation.
    if (err.code === GraphErrorCode.InvalidQuery) throw new InvalidInputError(err.message, 'query');
  }
  throw err;
}

builder.queryField('cypher', (t) =>
  t.field({
    type: CypherResultRef,
    description: 'One read-only Cypher query (analyst and admin). Writes, schema and admin commands are refused.',
    args: {
      query: t.arg.string({ required: true }),
      params: t.arg({ type: 'JSON', required: false, description: 'Parameters as a JSON object.' }),
      limit: t.arg.int({ required: false, description: 'Rows returned at most; default and ceiling CYPHER_ROW_LIMIT.' }),
    },
    authScopes: { cypher: true },
    errors: { types: [ForbiddenError, CypherRefusedError, InvalidInputError, QueryTimeoutError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const { config } = ctx.deps;
      const params = args.params ?? {};
      if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new InvalidInputError('params must be a JSON object', 'params');
      if (args.query.length > 20_000) throw new InvalidInputError('query is longer than 20000 characters', 'query');
      const ceiling = config.limits.cypherRowLimit;
      if (args.limit !== null && args.limit !== undefined && (args.limit < 1 || args.limit > ceiling)) {
        throw new InvalidInputError(`limit must be between 1 and ${ceiling}`, 'limit');
      }
      const result = await runReadOnlyCypher(ctx.deps.gateway, args.query, toCypherValue(params) as Record<string, unknown>, {
        rowLimit: args.limit ?? ceiling,
        timeoutMs: config.limits.cypherTimeoutMs,
        metadata: { client: 'kg-api', key: ctx.principal.keyId ?? 'anonymous' },
      }).catch(typedFailure);
      return result;
    },
  }),
);
