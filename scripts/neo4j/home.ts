import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jConfig } from '../../config/index.js';

/** Everything the local server owns, under one directory so `rm -rf .neo4j` is a full reset. */
export interface Neo4jHome {
  root: string;
  lib: string;
  conf: string;
  confFile: string;
  data: string;
  /** Present once the server has created its system database, i.e. the password is fixed. */
  systemDatabase: string;
  logs: string;
  consoleLog: string;
  neo4jLog: string;
  run: string;
  pidFile: string;
  import: string;
  plugins: string;
  pom: string;
  /** Written last by the installer; its content is the installed version. */
  versionMarker: string;
}

// A relative NEO4J_HOME means "relative to the repo", not to wherever a test
// runner or IDE happened to set cwd, so every caller finds the same server.
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function neo4jHome(config: Pick<Neo4jConfig, 'home'>): Neo4jHome {
  const root = isAbsolute(config.home) ? config.home : resolve(REPO_ROOT, config.home);
  const data = join(root, 'data');
  const logs = join(root, 'logs');
  const run = join(root, 'run');
  const lib = join(root, 'lib');
  return {
    root,
    lib,
    conf: join(root, 'conf'),
    confFile: join(root, 'conf', 'neo4j.conf'),
    data,
    systemDatabase: join(data, 'databases', 'system'),
    logs,
    consoleLog: join(logs, 'console.log'),
    neo4jLog: join(logs, 'neo4j.log'),
    run,
    // Same file the server itself maintains in console mode, so the two agree.
    pidFile: join(run, 'neo4j.pid'),
    import: join(root, 'import'),
    plugins: join(root, 'plugins'),
    pom: join(root, 'pom.xml'),
    versionMarker: join(lib, '.version'),
  };
}
