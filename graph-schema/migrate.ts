import type { Logger } from '../config/index.js';
import { SchemaOutdatedError } from './errors.js';
import type { GraphGateway } from './gateway.js';
import { LATEST_VERSION, MIGRATIONS, checksum } from './migrations/index.js';
import { NodeLabel } from './ontology.js';
import { SCHEMA, type EmbeddingDims } from './schema.js';

export interface MigrateOptions {
  gateway: GraphGateway;
  dims: EmbeddingDims;
  logger: Logger;
  /** How long to wait for new indexes to come online. Default 300 s. */
  awaitIndexesSeconds?: number;
}

export interface MigrateResult {
  applied: number[];
  current: number;
}

interface AppliedMigration {
  version: number;
  checksum: string;
}

const META = { purpose: 'migrate' } as const;

async function appliedMigrations(gateway: GraphGateway): Promise<AppliedMigration[]> {
  return gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `MATCH (m:${NodeLabel.Migration}) RETURN m.version AS version, m.checksum AS checksum ORDER BY version`,
    );
    return res.records.map((r) => ({ version: r.get('version') as number, checksum: r.get('checksum') as string }));
  }, { metadata: META });
}

/** Applies every pending migration in order, then waits for all indexes to be online. */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const { gateway, dims, logger } = options;
  await gateway.executeWrite(
    (tx) => tx.run(`CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:${NodeLabel.Migration}) REQUIRE m.version IS UNIQUE`),
    { metadata: META },
  );
  const done = new Set((await appliedMigrations(gateway)).map((m) => m.version));
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.version)) continue;
    logger.info({ version: migration.version, migration: migration.name }, 'applying migration');
    // Schema changes cannot share a transaction with data writes, so each statement gets its own.
    for (const statement of migration.statements(dims)) {
      await gateway.executeWrite((tx) => tx.run(statement.text, statement.params), { metadata: META });
    }
    await gateway.executeWrite(
      (tx) =>
        tx.run(
          `MERGE (m:${NodeLabel.Migration} {version: $version})
           SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
          { version: migration.version, name: migration.name, checksum: checksum(migration, dims) },
        ),
      { metadata: META },
    );
    applied.push(migration.version);
  }
  await gateway.executeRead((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: options.awaitIndexesSeconds ?? 300 }), {
    metadata: META,
    timeoutMs: ((options.awaitIndexesSeconds ?? 300) + 10) * 1000,
  });
  return { applied, current: LATEST_VERSION };
}

interface IndexRow {
  name: string;
  state: string;
  type: string;
  dimensions: number | null;
}

/**
 * Compares the server's schema with the declared one and returns every
 * problem found (empty when current). Nothing is changed.
 */
export async function schemaProblems(gateway: GraphGateway, dims: EmbeddingDims): Promise<string[]> {
  const problems: string[] = [];
  const applied = await appliedMigrations(gateway);
  const byVersion = new Map(applied.map((m) => [m.version, m]));
  for (const migration of MIGRATIONS) {
    const found = byVersion.get(migration.version);
    if (!found) problems.push(`migration ${migration.version} (${migration.name}) has not been applied`);
    else if (found.checksum !== checksum(migration, dims)) {
      problems.push(`migration ${migration.version} (${migration.name}) was applied from different statements (checksum ${found.checksum})`);
    }
  }
  for (const m of applied) {
    if (m.version > LATEST_VERSION) problems.push(`the graph has migration ${m.version}, newer than this code knows (${LATEST_VERSION})`);
  }

  const indexes = await gateway.executeRead(async (tx) => {
    const res = await tx.run(
      `SHOW INDEXES YIELD name, state, type, options
       RETURN name, state, type, options.indexConfig['vector.dimensions'] AS dimensions`,
    );
    return new Map(
      res.records.map((r) => {
        const row: IndexRow = {
          name: r.get('name') as string,
          state: r.get('state') as string,
          type: r.get('type') as string,
          dimensions: r.get('dimensions') as number | null,
        };
        return [row.name, row];
      }),
    );
  }, { metadata: { purpose: 'schema-check' } });
  const constraints = await gateway.executeRead(async (tx) => {
    const res = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name');
    return new Set(res.records.map((r) => r.get('name') as string));
  }, { metadata: { purpose: 'schema-check' } });

  for (const element of SCHEMA) {
    if (element.kind === 'unique') {
      if (!constraints.has(element.name)) problems.push(`constraint ${element.name} is missing`);
      continue;
    }
    const index = indexes.get(element.name);
    if (!index) {
      problems.push(`${element.kind} index ${element.name} is missing`);
      continue;
    }
    if (index.state !== 'ONLINE') problems.push(`index ${element.name} is ${index.state}, not ONLINE`);
    if (element.kind === 'vector' && index.dimensions !== dims[element.dimension]) {
      problems.push(
        `vector index ${element.name} has ${index.dimensions ?? '?'} dimensions but config says ${dims[element.dimension]}`,
      );
    }
  }
  return problems;
}

/** Start-up check: throws `SchemaOutdatedError` listing every problem at once. */
export async function assertSchemaCurrent(gateway: GraphGateway, dims: EmbeddingDims): Promise<void> {
  const problems = await schemaProblems(gateway, dims);
  if (problems.length > 0) throw new SchemaOutdatedError(problems);
}
