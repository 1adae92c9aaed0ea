export { createRedis } from './connection.js';
export * from './ingest-queue.js';
export { createIngestProcessor, type IngestFn } from './ingest-processor.js';
export { startIngestWorker, type IngestWorker, type IngestWorkerOptions } from './worker.js';
