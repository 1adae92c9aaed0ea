import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConfig } from '../../config/index.js';

type ProbeSettings = Pick<Neo4jConfig, 'uri' | 'user' | 'password' | 'database'>;

export type ProbeResult =
  | { state: 'ready'; version: string; edition: string }
  /** Nothing answers yet (not started, still booting, database coming online): worth retrying. */
  | { state: 'unreachable'; reason: string }
  /** A server answered but will not serve us (wrong password, missing database): retrying cannot help. */
  | { state: 'rejected'; reason: string };

// Server codes that mean "this configuration will never work against that server".
const PERMANENT_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function createProbeDriver(settings: ProbeSettings): Driver {
  // Short timeouts: a probe should answer "not yet" fast so the caller can poll.
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 2,
  });
}

function describe(err: unknown): string {
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err.message : String(err);
  // Connection failures wrap the useful part ("connect ECONNREFUSED ...") in a paragraph of advice.
  const cause = /Caused by: (.*)$/s.exec(err.message)?.[1];
  return `${err.code}: ${cause ?? err.message}`;
}

/** One readiness check: the database answers `RETURN 1` with our credentials. */
export async function probeOnce(driver: Driver, settings: ProbeSettings): Promise<ProbeResult> {
  try {
    await driver.verifyConnectivity({ database: settings.database });
    await driver.executeQuery('RETURN 1', {}, { database: settings.database });
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: settings.database },
    );
    const first = records[0];
    return {
      state: 'ready',
      version: String(first?.get('version') ?? 'unknown'),
      edition: String(first?.get('edition') ?? 'unknown'),
    };
  } catch (err) {
    if (err instanceof Neo4jError && PERMANENT_CODES.has(err.code)) return { state: 'rejected', reason: describe(err) };
    return { state: 'unreachable', reason: describe(err) };
  }
}

// Bounds one probe: connectionTimeout only covers the TCP connect, and a
// listener that accepts but never speaks Bolt (or a server shutting down
// mid-handshake) would otherwise hang the probe indefinitely.
const PROBE_TIMEOUT_MS = 10_000;

function probeWithTimeout(driver: Driver, settings: ProbeSettings): Promise<ProbeResult> {
  // ref: false so a pending timer never keeps the caller's process alive.
  const timeout = sleep(PROBE_TIMEOUT_MS, { state: 'unreachable', reason: `no answer within ${PROBE_TIMEOUT_MS / 1000}s` } as const, {
    ref: false,
  });
  return Promise.race([probeOnce(driver, settings), timeout]);
}

function closeQuietly(driver: Driver): void {
  // A hung connection can make close() wait too; nobody needs to wait for it.
  void driver.close().catch(() => undefined);
}

/** Single check with its own short-lived driver, for `status` and "is it already up?". */
export async function probeServer(settings: ProbeSettings): Promise<ProbeResult> {
  const driver = createProbeDriver(settings);
  try {
    return await probeWithTimeout(driver, settings);
  } finally {
    closeQuietly(driver);
  }
}

/**
 * Polls until ready, rejected, the deadline passes, or `abandon` settles (the
 * JVM died: no point waiting out the full timeout for a server that is gone).
 */
export async function waitUntilReady(
  settings: ProbeSettings,
  options: { timeoutMs: number; abandon?: Promise<unknown> },
): Promise<ProbeResult | { state: 'abandoned' }> {
  const driver = createProbeDriver(settings);
  const abandoned = (options.abandon ?? new Promise<never>(() => {})).then(() => ({ state: 'abandoned' }) as const);
  const deadline = Date.now() + options.timeoutMs;
  let last: ProbeResult = { state: 'unreachable', reason: 'no attempt made' };
  try {
    while (Date.now() < deadline) {
      const outcome = await Promise.race([probeWithTimeout(driver, settings), abandoned]);
      if (outcome.state === 'abandoned') return outcome;
      last = outcome;
      if (last.state !== 'unreachable') return last;
      const pause = await Promise.race([sleep(500, null), abandoned]);
      if (pause !== null) return pause;
    }
    return last;
  } finally {
    closeQuietly(driver);
  }
}
