import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jProvisionError } from './errors.js';
import type { Neo4jHome } from './home.js';
import { isAlive } from './process.js';

// Long enough for a first-run Maven download on a slow link plus a cold boot.
const LOCK_WAIT_MS = 10 * 60_000;

async function readHolder(lockFile: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Serialises install + start across processes (`npm start` and `npm test`
 * launched together would otherwise both spawn a JVM on the same store). The
 * lock file holds the owner's pid so a crashed owner's lock is taken over.
 * Returns the release function.
 */
export async function acquireStartLock(home: Neo4jHome, onWait: (holderPid: number) => void): Promise<() => Promise<void>> {
  await mkdir(home.run, { recursive: true });
  const lockFile = join(home.run, 'start.lock');
  const deadline = Date.now() + LOCK_WAIT_MS;
  let reportedHolder: number | null = null;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(lockFile);
    // No pid yet means the holder is between open and write; give it a moment.
    if (holder !== null && !isAlive(holder)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (holder !== null && holder !== reportedHolder) {
      onWait(holder);
      reportedHolder = holder;
    }
    if (Date.now() > deadline) {
      throw new Neo4jProvisionError(`Gave up waiting for another Neo4j start (pid ${holder ?? '?'}); if it is stuck, delete ${lockFile}.`);
    }
    await sleep(500);
  }
}
