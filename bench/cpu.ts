import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * CPU seconds used by the local Neo4j server process, read from /proc. Wall
 * time on a small shared machine moves with whatever else runs; the server's
 * CPU time for the same work moves much less, so the bench reports both.
 * Only available on Linux, for a server on this machine (the project-managed
 * one, found by its home directory, or any single Neo4j server process).
 */

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every mainstream Linux build

function cmdline(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The pid of the Neo4j server whose home is `home` (or the only Neo4j server, when there is just one). */
export function findNeo4jPid(home: string): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const servers = entries.map((pid) => ({ pid, cmd: cmdline(pid) })).filter((p) => p.cmd.includes('org.neo4j.server'));
  const wanted = `--home-dir=${resolve(home)}`;
  const match = servers.find((p) => p.cmd.includes(`${wanted} `) || p.cmd.endsWith(wanted)) ?? (servers.length === 1 ? servers[0] : undefined);
  return match ? Number(match.pid) : null;
}

/** utime + stime of a process, in seconds; null when it cannot be read. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface CpuSample {
  server: number | null;
  client: number;
}

export function cpuNow(serverPid: number | null): CpuSample {
  const { user, system } = process.cpuUsage();
  return { server: serverPid === null ? null : processCpuSeconds(serverPid), client: (user + system) / 1e6 };
}

export function cpuSince(start: CpuSample, serverPid: number | null): CpuSample {
  const end = cpuNow(serverPid);
  return { server: start.server === null || end.server === null ? null : end.server - start.server, client: end.client - start.client };
}

/**
 * Waits until the server process is (nearly) idle: background work left by
 * the previous write (index merges, deletes' clean-up, GC) would otherwise be
 * billed to whichever system runs next. Returns the seconds waited.
 */
export async function waitForIdleServer(pid: number | null, options: { maxMs?: number; busyCores?: number; windowMs?: number } = {}): Promise<number> {
  if (pid === null) return 0;
  const { maxMs = 10_000, busyCores = 0.15, windowMs = 500 } = options;
  const started = performance.now();
  let last = processCpuSeconds(pid);
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = processCpuSeconds(pid);
    if (now === null || last === null) break;
    if ((now - last) / (windowMs / 1000) < busyCores) break;
    last = now;
  }
  return (performance.now() - started) / 1000;
}
