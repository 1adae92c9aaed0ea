import { fileURLToPath } from 'node:url';
import { createRuntime, type Runtime } from './runtime.js';
import { collectStatus, renderStatus } from './commands/status.js';
import { reportError } from './command-runner.js';
import { startApiServer } from '../api/index.js';
import { loadConfig } from '../config/index.js';
import { migrate } from '../graph-schema/index.js';
import { collectFiles, describeFile } from '../jobs/collect-files.js';
import { createIngestQueue, createRedis, enqueueFile } from '../jobs/index.js';
import { onShutdown, runWorker } from '../jobs/run-worker.js';
import { prepareSampleMedia } from '../samples/media/prepare-media.js';
import { ensureNeo4jRunning } from '../scripts/neo4j/index.js';

const SAMPLES = fileURLToPath(new URL('../samples/corpus/', import.meta.url));
/** Generated on first run from Debian packages (git-ignored). */
const SAMPLE_MEDIA = fileURLToPath(new URL('../.kg-samples/media/', import.meta.url));

async function isEmptyGraph(runtime: Runtime): Promise<boolean> {
  return runtime.gateway.executeRead(async (tx) => (await tx.run('MATCH (s:Source) RETURN count(s) > 0 AS any')).records[0]?.get('any') !== true);
}

/** First run only: the sample corpus and a few images and recordings, so a newcomer has something to query. */
async function seedSamples(runtime: Runtime): Promise<{ documents: number; media: number; skipped: string[] }> {
  const documents = (await collectFiles([SAMPLES])).filter((f) => f.endsWith('.txt'));
  const media = await prepareSampleMedia(SAMPLE_MEDIA);
  const files = [...documents, ...media.files];
  const redis = createRedis(runtime.config.redisUrl);
  const queue = createIngestQueue(redis, runtime.config.worker.queue);
  try {
    for (const file of files) await enqueueFile(queue, await describeFile(file, runtime.config.limits.maxUploadBytes));
  } finally {
    await queue.close();
    await redis.quit();
  }
  return { documents: documents.length, media: media.files.length, skipped: media.skipped };
}

/**
 * `npm start`: everything on the local default. Neo4j (provisioned and
 * started when NEO4J_URI is unset), migrations, the ingest worker, the
 * GraphQL API, the sample corpus on first run; then it runs until Ctrl-C.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureNeo4jRunning(config);
  const runtime = createRuntime(config, 'kg-start');
  const { applied, current } = await migrate({ gateway: runtime.gateway, dims: config.embeddings, logger: runtime.logger });
  console.log(applied.length > 0 ? `Applied migrations ${applied.join(', ')}; schema at version ${current}.` : `Schema current (version ${current}).`);

  const worker = await runWorker(runtime);
  const api = await startApiServer(runtime);
  onShutdown(async () => {
    await api.close();
    await worker.stop();
    await runtime.close();
  });
  console.log(`Worker running (concurrency ${config.worker.concurrency}).`);
  console.log(`GraphQL API:   ${api.url}/graphql  (GraphiQL in development; /health, /ready, /metrics)`);
  if (await isEmptyGraph(runtime)) {
    const seeded = await seedSamples(runtime);
    console.log(`First run: enqueued ${seeded.documents} sample documents from samples/corpus and ${seeded.media} images and recordings (watch with: npm run kg -- jobs).`);
    for (const reason of seeded.skipped) console.log(`  skipped sample ${reason}`);
  }

  console.log(`\n${renderStatus(await collectStatus(runtime))}`);
  console.log(`\nNeo4j Browser: http://127.0.0.1:${config.neo4j.httpPort}   Bolt: ${config.neo4j.uri}`);
  console.log('Ingest more:   npm run kg -- ingest <files or folders> --wait');
  console.log('Stop:          Ctrl-C (Neo4j keeps running: npm run neo4j -- stop)');
}

main().catch((err: unknown) => {
  reportError(err, null);
  process.exit(1);
});
