import type { Command } from 'commander';
import type { Runtime } from '../runtime.js';
import { runWithRuntime } from '../command-runner.js';
import { formatJson, formatTable } from '../format.js';
import {
  countGraph,
  probeNeo4j,
  probeRedis,
  probeSchema,
  type GraphCounts,
  type Neo4jStatus,
  type RedisStatus,
  type SchemaStatus,
} from '../status-probes.js';

export interface StatusReport {
  neo4j: Neo4jStatus;
  redis: RedisStatus;
  /** Null when Neo4j is unreachable or the check itself failed (see `errors`). */
  schema: SchemaStatus | null;
  counts: GraphCounts | null;
  errors: string[];
  /** False when Neo4j is unreachable or the schema is not current: the exit code is then 1. */
  healthy: boolean;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function collectStatus({ gateway, config }: Runtime): Promise<StatusReport> {
  const [neo4j, redis] = await Promise.all([probeNeo4j(gateway), probeRedis(config.redisUrl)]);
  const errors: string[] = [];
  let schema: SchemaStatus | null = null;
  let counts: GraphCounts | null = null;
  if (neo4j.reachable) {
    schema = await probeSchema(gateway, config).catch((err: unknown) => {
      errors.push(`schema check failed: ${messageOf(err)}`);
      return null;
    });
    counts = await countGraph(gateway).catch((err: unknown) => {
      errors.push(`counting failed: ${messageOf(err)}`);
      return null;
    });
  }
  return { neo4j, redis, schema, counts, errors, healthy: neo4j.reachable && schema?.current === true };
}

function countsTable(heading: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts);
  return rows.length === 0 ? `${heading}: none` : `${heading}:\n${formatTable([heading.toLowerCase(), 'count'], rows)}`;
}

export function renderStatus(report: StatusReport): string {
  const { neo4j, redis, schema, counts } = report;
  const lines = [
    neo4j.reachable ? `Neo4j:  reachable, ${neo4j.version} ${neo4j.edition} at ${neo4j.address}` : `Neo4j:  UNREACHABLE (${neo4j.error})`,
    redis.reachable ? `Redis:  reachable, ${redis.version}` : `Redis:  UNREACHABLE (${redis.error})`,
  ];
  if (schema) {
    const state = schema.current ? 'current' : 'NOT CURRENT (run `npm run migrate`)';
    lines.push(`Schema: version ${schema.version ?? 'none'} of ${schema.latestVersion}, ${state}`);
    lines.push(...schema.problems.map((p) => `  - ${p}`));
  }
  if (counts) {
    lines.push('', countsTable('Label', counts.nodesByLabel), '', countsTable('Type', counts.relationshipsByType));
    if (counts.skipped.length > 0) lines.push(`Not counted (unusual names): ${counts.skipped.join(', ')}`);
  }
  lines.push(...report.errors.map((e) => `Error: ${e}`));
  return lines.join('\n');
}

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('check Neo4j, Redis and the schema version, and count nodes and relationships')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await runWithRuntime(async (runtime) => {
        const report = await collectStatus(runtime);
        console.log(options.json ? formatJson(report) : renderStatus(report));
        return report.healthy ? 0 : 1;
      });
    });
}
