import { InvalidArgumentError, Option, type Command } from 'commander';
import { GraphError, GraphErrorCode } from '../../graph-schema/index.js';
import { runReadOnlyCypher, type ReadOnlyCypherResult } from '../../graph-schema/read-only-cypher.js';
import { runWithRuntime } from '../command-runner.js';
import { OUTPUT_FORMATS, formatCsv, formatJson, formatTable, type OutputFormat } from '../format.js';
import { parseParams, toCypherParams } from '../params.js';

/** Exit code for a query refused as not read-only, so scripts can tell it from a failure. */
export const REFUSED_EXIT_CODE = 2;

interface CypherCommandOptions {
  param: string[];
  format: OutputFormat;
  limit?: number;
  timeoutMs?: number;
}

function positiveInteger(raw: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError('expected a positive integer');
  return value;
}

function collect(raw: string, previous: string[]): string[] {
  return [...previous, raw];
}

function render(result: ReadOnlyCypherResult, format: OutputFormat, limit: number): void {
  switch (format) {
    case 'json':
      console.log(formatJson(result));
      return;
    case 'csv':
      console.log(formatCsv(result.columns, result.rows));
      // stderr, so the CSV on stdout stays clean for redirection.
      if (result.truncated) console.error(`Truncated: only the first ${limit} rows are shown (raise --limit).`);
      return;
    case 'table': {
      const { rowCount, resultAvailableAfterMs, resultConsumedAfterMs } = result.summary;
      console.log(formatTable(result.columns, result.rows));
      const cut = result.truncated ? `, truncated at --limit ${limit}` : '';
      console.log(`\n${rowCount} row${rowCount === 1 ? '' : 's'}${cut} (available after ${resultAvailableAfterMs} ms, consumed after ${resultConsumedAfterMs} ms)`);
      return;
    }
  }
}

function isRefusal(err: unknown): err is GraphError {
  return err instanceof GraphError && err.code === GraphErrorCode.ReadOnlyViolation;
}

export function registerCypherCommand(program: Command): void {
  program
    .command('cypher')
    .description('run one read-only Cypher query (writes, schema and admin commands are refused)')
    .argument('<query>', 'the Cypher query')
    .option('--param <name=value>', 'query parameter; numbers, true/false, null and JSON are parsed (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('--limit <n>', 'maximum rows returned (default CYPHER_ROW_LIMIT)', positiveInteger)
    .option('--timeout-ms <n>', 'server-side timeout (default CYPHER_TIMEOUT_MS)', positiveInteger)
    .action(async (query: string, options: CypherCommandOptions) => {
      let params: Record<string, unknown>;
      try {
        params = toCypherParams(parseParams(options.param));
      } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        process.exitCode = 1;
        return;
      }
      await runWithRuntime(async ({ gateway, config }) => {
        const limit = options.limit ?? config.limits.cypherRowLimit;
        try {
          const result = await runReadOnlyCypher(gateway, query, params, {
            rowLimit: limit,
            timeoutMs: options.timeoutMs ?? config.limits.cypherTimeoutMs,
            metadata: { client: 'kg-cli' },
          });
          render(result, options.format, limit);
          return 0;
        } catch (err) {
          if (!isRefusal(err)) throw err;
          // The server's own access-mode error (third layer) does not start with "Refused:".
          console.error(err.message.startsWith('Refused:') ? err.message : `Refused: ${err.message}`);
          return REFUSED_EXIT_CODE;
        }
      });
    });
}
