import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConfig } from '../../config/index.js';
import { Neo4jProvisionError } from './errors.js';
import type { Neo4jHome } from './home.js';
import { JAVA_HINT, serverJavaArgs } from './java.js';

/** A server process we launched; `exited` settles when it dies, for fail-fast waits. */
export interface ServerProcess {
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException }>;
}

export function readPidFile(home: Neo4jHome): number | null {
  try {
    const pid = Number.parseInt(readFileSync(home.pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else, which still means "alive".
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A pid file survives `kill -9` and reboots, and pids get reused, so "alive"
 * is not enough: on Linux also check the command line is a Neo4j server for
 * this home. Elsewhere (no /proc) fall back to plain liveness.
 */
export function isOurServer(pid: number, home: Neo4jHome): boolean {
  if (!isAlive(pid)) return false;
  const cmdlinePath = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdlinePath)) return true;
  try {
    const argv = readFileSync(cmdlinePath, 'utf8').split('\0');
    return argv.includes('org.neo4j.server.CommunityEntryPoint') && argv.includes(`--home-dir=${home.root}`);
  } catch {
    return false;
  }
}

/** The pid of a live server for this home, or null (clearing a stale pid file). */
export async function runningServerPid(home: Neo4jHome): Promise<number | null> {
  const pid = readPidFile(home);
  if (pid === null) return null;
  if (isOurServer(pid, home)) return pid;
  await rm(home.pidFile, { force: true });
  return null;
}

/**
 * Starts the JVM detached so it outlives this process (the CLI and test setup
 * exit right after start). Output goes to console.log; the previous run's is
 * kept as console.log.1 so a crash is still readable after a restart.
 */
export async function spawnServer(config: Pick<Neo4jConfig, 'heap'>, home: Neo4jHome): Promise<ServerProcess> {
  for (const dir of [home.logs, home.run, home.import, home.plugins, home.data]) mkdirSync(dir, { recursive: true });
  if (existsSync(home.consoleLog)) renameSync(home.consoleLog, `${home.consoleLog}.1`);
  const out = openSync(home.consoleLog, 'a');
  try {
    const child = spawn('java', serverJavaArgs(config, home), {
      cwd: home.root,
      detached: true,
      stdio: ['ignore', out, out],
      env: process.env,
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException }>((resolve) => {
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    if (child.pid === undefined) {
      const { error } = await exited;
      const missing = error?.code === 'ENOENT';
      throw new Neo4jProvisionError(missing ? `\`java\` is not on PATH. ${JAVA_HINT}` : `Could not start java: ${error?.message}`);
    }
    child.unref();
    // The server rewrites the same file once booted; writing it now covers the boot window.
    await writeFile(home.pidFile, `${child.pid}\n`);
    return { pid: child.pid, exited };
  } finally {
    closeSync(out);
  }
}

async function waitForExit(pid: number, home: Neo4jHome, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurServer(pid, home)) return true;
    await sleep(250);
  }
  return !isOurServer(pid, home);
}

/**
 * SIGTERM lets Neo4j checkpoint and close the store cleanly (takes ~10 s);
 * SIGKILL after the grace period still leaves a recoverable store, just a
 * slower next start.
 */
export async function stopServer(pid: number, home: Neo4jHome, graceMs = 60_000): Promise<'stopped' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  let outcome: 'stopped' | 'killed' = 'stopped';
  if (!(await waitForExit(pid, home, graceMs))) {
    process.kill(pid, 'SIGKILL');
    outcome = 'killed';
    await waitForExit(pid, home, 10_000);
  }
  await rm(home.pidFile, { force: true });
  return outcome;
}

/**
 * Settles once a server we did not spawn ourselves (so no exit event) is gone,
 * or when `signal` aborts: the caller must stop the polling once it no longer
 * cares, or the timer keeps its process alive.
 */
export async function whenGone(pid: number, home: Neo4jHome, signal: AbortSignal): Promise<void> {
  while (!signal.aborted && isOurServer(pid, home)) {
    await sleep(1_000, undefined, { signal }).catch(() => undefined);
  }
}
