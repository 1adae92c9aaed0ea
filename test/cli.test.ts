import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kg` the way a person does, as its own process, so exit codes and stdout/stderr are the real ones. */
function kgWithEnv(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/kg.ts', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const kg = (...args: string[]): Promise<CliRun> => kgWithEnv({}, ...args);

describe('kg cypher', () => {
  it('refuses a write with exit code 2 and a "Refused:" message on stderr', async () => {
    const run = await kg('cypher', 'CREATE (n) RETURN n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Refused: the query writes \(query type "rw"\)/);
    expect(run.stdout).toBe('');
  });

  it('passes --param values with their types and prints quoted CSV', async () => {
    const run = await kg('cypher', 'UNWIND range(1, $n) AS i RETURN i, $label AS label', '--param', 'n=3', '--param', 'label="a,b"', '--format', 'csv');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('i,label\r\n1,"a,b"\r\n2,"a,b"\r\n3,"a,b"\n');
  });

  it('reports a syntax error as a message, not a stack trace, with exit code 1', async () => {
    const run = await kg('cypher', 'MATCH (n RETURN n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Invalid input 'RETURN'/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kg status --json', () => {
  it('reports Neo4j reachable with its version, a Redis section, the schema version and counts', async () => {
    const run = await kg('status', '--json');
    const report = JSON.parse(run.stdout) as {
      neo4j: { reachable: boolean; version?: string; edition?: string };
      redis: { reachable: boolean; version?: string };
      schema: { version: number | null; latestVersion: number; current: boolean; problems: string[] } | null;
      counts: { nodesByLabel: Record<string, number> } | null;
      healthy: boolean;
    };
    expect(report.neo4j).toMatchObject({ reachable: true, version: expect.stringMatching(/^5\./) as unknown });
    expect(report.redis).toMatchObject({ reachable: true, version: expect.stringMatching(/^\d+\./) as unknown });
    // Global setup migrates, so the schema is current and the command succeeds.
    expect(report.schema).toMatchObject({ version: report.schema?.latestVersion, current: true, problems: [] });
    expect(report.counts?.nodesByLabel.SchemaMigration).toBeGreaterThan(0);
    expect(report.healthy).toBe(true);
    expect(run.code).toBe(0);
  });

  it('exits 1 when Neo4j is unreachable but still reports everything else', async () => {
    const run = await kgWithEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' }, 'status', '--json');
    const report = JSON.parse(run.stdout) as { neo4j: { reachable: boolean; error?: string }; redis: { reachable: boolean }; healthy: boolean };
    expect(report.neo4j).toMatchObject({ reachable: false, error: expect.stringMatching(/ECONNREFUSED/) as unknown });
    expect(report.redis.reachable).toBe(true);
    expect(report.healthy).toBe(false);
    expect(run.code).toBe(1);
  });
});
