import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { assertSchemaCurrent } from '../graph-schema/index.js';
import { startApiServer } from './server.js';

/**
 * `npm run api`: the GraphQL API alone, on `API_PORT`. Ingest jobs it
 * enqueues are processed by a worker (`npm run worker`, or `npm start`).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = createRuntime(config, 'kg-api');
  await assertSchemaCurrent(runtime.gateway, config.embeddings);
  const running = await startApiServer(runtime);
  console.error(`GraphQL API at ${running.url}/graphql (health ${running.url}/health, readiness ${running.url}/ready, metrics ${running.url}/metrics)`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: stopping the API…`);
    running
      .close()
      .then(() => runtime.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
