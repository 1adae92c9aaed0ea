import type { Config, Neo4jConfig } from '../../config/index.js';
import { writeNeo4jConf } from './conf.js';
import { Neo4jProvisionError } from './errors.js';
import { neo4jHome, type Neo4jHome } from './home.js';
import { installNeo4j } from './install.js';
import { assertSupportedJava } from './java.js';
import { acquireStartLock } from './lock.js';
import { tailFile } from './logs.js';
import { setInitialPasswordIfNew } from './password.js';
import { probeServer, waitUntilReady, type ProbeResult } from './probe.js';
import { runningServerPid, spawnServer, stopServer, whenGone } from './process.js';

export type Log = (line: string) => void;

/** Cold starts take ~10 s here; the margin covers slow disks and first-time store creation. */
const READY_TIMEOUT_MS = 120_000;
const CRASH_LOG_LINES = 40;

// Callers hold either the whole Config (npm start) or just its neo4j slice (tests).
function neo4jSettings(config: Config | Neo4jConfig): Neo4jConfig {
  return 'neo4j' in config ? config.neo4j : config;
}

function credentialsHint(home: Neo4jHome): string {
  return (
    'Check NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. If this is the local server, its data directory ' +
    `${home.data} was initialised with another password: set NEO4J_PASSWORD to that, or stop it and delete ${home.data} (loses the graph).`
  );
}

function readyLine(uri: string, probe: Extract<ProbeResult, { state: 'ready' }>): string {
  return `Neo4j ${probe.version} (${probe.edition}) ready at ${uri}`;
}

async function crashReport(home: Neo4jHome): Promise<string> {
  const log = await tailFile(home.consoleLog, Number.MAX_SAFE_INTEGER);
  if (!log) return `(${home.consoleLog} is empty)`;
  const lines = log.split('\n');
  // The tail is mostly stack frames; the innermost "Caused by" names the real
  // problem (port in use, bad setting), the ERROR line only says start failed.
  const summary = lines.findLast((line) => line.startsWith('Caused by: ')) ?? lines.find((line) => / ERROR /.test(line));
  const tail = lines.slice(-CRASH_LOG_LINES).join('\n');
  return `${summary ? `${summary}\n` : ''}Last ${CRASH_LOG_LINES} lines of ${home.consoleLog}:\n${tail}`;
}

/**
 * Starts the project's local Neo4j unless one already answers, and waits until
 * it serves queries. Safe to call from every entry point: an answering server
 * (ours from an earlier run, or one still booting) is reused, never doubled.
 * `startedByUs` tells a test teardown whether stopping it is its job.
 */
export async function ensureNeo4jRunning(
  config: Config | Neo4jConfig,
  log: Log = console.log,
): Promise<{ startedByUs: boolean }> {
  const settings = neo4jSettings(config);

  if (!settings.managed) {
    const probe = await probeServer(settings);
    if (probe.state !== 'ready') {
      throw new Neo4jProvisionError(`External Neo4j at ${settings.uri} (NEO4J_URI) is not usable: ${probe.reason}`);
    }
    log(`Using external ${readyLine(settings.uri, probe)} (NEO4J_URI is set; nothing started).`);
    return { startedByUs: false };
  }

  const home = neo4jHome(settings);
  const existing = await probeServer(settings);
  if (existing.state === 'ready') {
    log(`Neo4j already running: ${readyLine(settings.uri, existing)}`);
    return { startedByUs: false };
  }
  if (existing.state === 'rejected') {
    throw new Neo4jProvisionError(
      `A server answers at ${settings.uri} but refused us (${existing.reason}). ${credentialsHint(home)}`,
    );
  }

  const release = await acquireStartLock(home, (holder) => log(`Another process (pid ${holder}) is starting Neo4j; waiting for it...`));
  try {
    return await startUnlessRunning(settings, home, log);
  } finally {
    await release();
  }
}

/** Runs under the start lock, so the state seen here cannot change underneath it. */
async function startUnlessRunning(settings: Neo4jConfig, home: Neo4jHome, log: Log): Promise<{ startedByUs: boolean }> {
  // Whoever held the lock before us may have just started it.
  const afterWait = await probeServer(settings);
  if (afterWait.state === 'ready') {
    log(`Neo4j already running: ${readyLine(settings.uri, afterWait)}`);
    return { startedByUs: false };
  }

  const bootingPid = await runningServerPid(home);
  if (bootingPid !== null) {
    // Launched by a caller that gave up waiting (e.g. Ctrl-C during start); a second JVM would fail on the store lock.
    log(`Neo4j (pid ${bootingPid}) is already booting; waiting for it...`);
    const stopWatching = new AbortController();
    try {
      const exited = whenGone(bootingPid, home, stopWatching.signal);
      await waitForServer(settings, home, { pid: bootingPid, exited }, Date.now(), log);
    } finally {
      stopWatching.abort();
    }
    return { startedByUs: false };
  }

  await installNeo4j(home, log);
  await writeNeo4jConf(settings, home);
  await assertSupportedJava();
  await setInitialPasswordIfNew(settings, home, log);

  const started = Date.now();
  const server = await spawnServer(settings, home);
  log(`Starting Neo4j (pid ${server.pid}, heap ${settings.heap}, page cache ${settings.pageCache}); log: ${home.consoleLog}`);
  try {
    await waitForServer(settings, home, server, started, log);
  } catch (err) {
    // Never leave a half-working JVM behind holding the store lock and ports.
    if ((await runningServerPid(home)) === server.pid) await stopServer(server.pid, home, 30_000);
    throw err;
  }
  return { startedByUs: true };
}

async function waitForServer(
  settings: Neo4jConfig,
  home: Neo4jHome,
  server: { pid: number; exited: Promise<unknown> },
  started: number,
  log: Log,
): Promise<void> {
  const result = await waitUntilReady(settings, { timeoutMs: READY_TIMEOUT_MS, abandon: server.exited });
  switch (result.state) {
    case 'ready':
      log(`${readyLine(settings.uri, result)} after ${((Date.now() - started) / 1000).toFixed(1)}s (pid ${server.pid}).`);
      return;
    case 'abandoned':
      throw new Neo4jProvisionError(`Neo4j (pid ${server.pid}) exited during start-up.\n${await crashReport(home)}`);
    case 'rejected':
      throw new Neo4jProvisionError(`Neo4j started but refused us (${result.reason}). ${credentialsHint(home)}`);
    case 'unreachable':
      throw new Neo4jProvisionError(
        `Neo4j (pid ${server.pid}) did not become ready within ${READY_TIMEOUT_MS / 1000}s (last error: ${result.reason}).\n${await crashReport(home)}`,
      );
  }
}

export type StopOutcome = 'stopped' | 'killed' | 'not-running' | 'not-ours' | 'external';

/** Stops the local server this project started (found by pid file); never touches anything else. */
export async function stopNeo4j(config: Config | Neo4jConfig, log: Log = console.log): Promise<StopOutcome> {
  const settings = neo4jSettings(config);
  if (!settings.managed) {
    log(`NEO4J_URI is set: ${settings.uri} is an external server; not stopping it.`);
    return 'external';
  }
  const home = neo4jHome(settings);
  const pid = await runningServerPid(home);
  if (pid === null) {
    const probe = await probeServer(settings);
    if (probe.state !== 'unreachable') {
      log(`Something answers at ${settings.uri} but it is not the server in ${home.root} (no live pid file); not stopping it.`);
      return 'not-ours';
    }
    log('Neo4j is not running.');
    return 'not-running';
  }
  log(`Stopping Neo4j (pid ${pid})...`);
  const started = Date.now();
  const outcome = await stopServer(pid, home);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(outcome === 'stopped' ? `Stopped in ${seconds}s.` : `Did not stop within 60s; killed after ${seconds}s.`);
  return outcome;
}

export interface Neo4jStatus {
  managed: boolean;
  uri: string;
  home: string | null;
  /** Pid of the local server process, when one is alive (it may still be booting). */
  pid: number | null;
  probe: ProbeResult;
}

export async function neo4jStatus(config: Config | Neo4jConfig): Promise<Neo4jStatus> {
  const settings = neo4jSettings(config);
  const home = settings.managed ? neo4jHome(settings) : null;
  const pid = home ? await runningServerPid(home) : null;
  return { managed: settings.managed, uri: settings.uri, home: home?.root ?? null, pid, probe: await probeServer(settings) };
}
