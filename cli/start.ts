import { createRuntime } from './runtime.js';
import { collectStatus, renderStatus } from './commands/status.js';
import { reportError } from './command-runner.js';
import { loadConfig } from '../config/index.js';
import { migrate } from '../graph-schema/index.js';
import { ensureNeo4jRunning } from '../scripts/neo4j/index.js';

/**
 * `npm start`: everything on the local default. Today that is the graph:
 * Neo4j (provisioned and started when NEO4J_URI is unset), migrations, status.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  await ensureNeo4jRunning(config);
  const runtime = createRuntime(config, 'kg-start');
  try {
    const { applied, current } = await migrate({ gateway: runtime.gateway, dims: config.embeddings, logger: runtime.logger });
    console.log(applied.length > 0 ? `Applied migrations ${applied.join(', ')}; schema at version ${current}.` : `Schema current (version ${current}).`);
    const report = await collectStatus(runtime);
    console.log(`\n${renderStatus(report)}`);
    console.log(`\nNeo4j Browser: http://127.0.0.1:${config.neo4j.httpPort}  ·  stop with: npm run neo4j -- stop`);
    return report.healthy ? 0 : 1;
  } finally {
    await runtime.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    reportError(err, null);
    process.exitCode = 1;
  },
);
