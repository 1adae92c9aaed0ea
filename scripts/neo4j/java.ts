import type { Neo4jConfig } from '../../config/index.js';
import { Neo4jProvisionError } from './errors.js';
import { runCommand } from './exec.js';
import type { Neo4jHome } from './home.js';

export const JAVA_HINT = 'Neo4j 5.26 needs Java 17 or 21 as `java` on PATH (e.g. `apt-get install openjdk-17-jre-headless`).';

/** Fails early with a readable message; otherwise an old JVM dies with UnsupportedClassVersionError. */
export async function assertSupportedJava(): Promise<void> {
  const { output } = await runCommand('java', ['-version'], { installHint: JAVA_HINT });
  const major = /version "(?:1\.)?(\d+)/.exec(output)?.[1];
  if (major === undefined || Number(major) < 17) {
    throw new Neo4jProvisionError(`Unsupported Java (${output.split('\n')[0] ?? 'unknown'}). ${JAVA_HINT}`);
  }
}

/**
 * The JVM command the official `neo4j console` launcher would build, minus
 * profiling-only flags. We run the entry point directly so there is one
 * process to track and the heap comes from config, not from neo4j.conf.
 */
export function serverJavaArgs(config: Pick<Neo4jConfig, 'heap'>, home: Neo4jHome): string[] {
  return [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    '-XX:+UseG1GC',
    // A JVM that hit OOM is in an unknown state; dying lets the next
    // ensureNeo4jRunning() start a clean one instead of talking to a zombie.
    '-XX:+ExitOnOutOfMemoryError',
    // Full stack traces even for hot exceptions, so logs stay debuggable.
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dfile.encoding=UTF-8',
    // Neo4j's page cache and Netty use JDK internals; without these it falls
    // back to slower paths or fails to start.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    // Java expands a trailing `*` itself; plugins first so dropped-in jars (e.g. APOC) load.
    [`${home.plugins}/*`, `${home.conf}/*`, `${home.lib}/*`].join(':'),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home.root}`,
    `--config-dir=${home.conf}`,
    '--console-mode',
  ];
}

/**
 * `neo4j-admin` in the tarball is a launcher that starts a second JVM running
 * org.neo4j.cli.AdminTool; calling AdminTool directly skips that hop. It finds
 * the home and config through these environment variables, not flags.
 */
export function adminToolCommand(home: Neo4jHome, args: readonly string[]): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: ['-cp', `${home.lib}/*`, 'org.neo4j.cli.AdminTool', ...args],
    env: { ...process.env, NEO4J_HOME: home.root, NEO4J_CONF: home.conf },
  };
}
