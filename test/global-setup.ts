import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { migrate } from '../graph-schema/index.js';
import { ensureNeo4jRunning } from '../scripts/neo4j/index.js';

/**
 * Once per test run: make sure a real Neo4j answers (start the project's own
 * when NEO4J_URI is unset and nothing is up; reuse a running one) and that the
 * schema is current. The server is left running for the next run; `npm run
 * neo4j -- stop` stops it.
 */
export default async function setup(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  await ensureNeo4jRunning(config, (line) => console.error(`[neo4j] ${line}`));
  const runtime = createRuntime(config, 'kg-test-setup');
  try {
    await migrate({ gateway: runtime.gateway, dims: config.embeddings, logger: runtime.logger });
  } finally {
    await runtime.close();
  }
}
