import { existsSync } from 'node:fs';
import type { Neo4jConfig } from '../../config/index.js';
import { Neo4jProvisionError } from './errors.js';
import { lastLines, runCommand } from './exec.js';
import type { Neo4jHome } from './home.js';
import { adminToolCommand, JAVA_HINT } from './java.js';

/**
 * Sets the configured password before the very first start. The server only
 * reads the file this writes (data/dbms/auth.ini) while creating its system
 * database, so once that database exists the password is whatever was set then
 * and there is nothing to do; a mismatch is reported at connect time.
 */
export async function setInitialPasswordIfNew(
  config: Pick<Neo4jConfig, 'authEnabled' | 'user' | 'password'>,
  home: Neo4jHome,
  log: (line: string) => void,
): Promise<void> {
  if (!config.authEnabled || existsSync(home.systemDatabase)) return;
  if (config.user !== 'neo4j') {
    // set-initial-password only covers the built-in admin user; any other user would have to be created by hand.
    throw new Neo4jProvisionError(
      `A new local server only has the admin user "neo4j", but NEO4J_USER is "${config.user}". Unset NEO4J_USER, or point NEO4J_URI at a server that has that user.`,
    );
  }

  const { args, env } = adminToolCommand(home, ['dbms', 'set-initial-password', config.password]);
  const result = await runCommand('java', args, { env, installHint: JAVA_HINT });
  if (result.exitCode !== 0) {
    throw new Neo4jProvisionError(
      `Could not set the initial Neo4j password (exit ${result.exitCode}):\n${lastLines(result.output, 20)}`,
    );
  }
  log('Set the initial password for user neo4j on the new data directory.');
}
