import { startApiServer } from '../../api/index.js';
import { createRuntime } from '../../cli/runtime.js';
import { loadConfig } from '../../config/index.js';

/**
 * The API under test, in its own process (so the load generator and the
 * server do not share an event loop), configured as in production except
 * that the rate limit is set out of reach. Prints its URL on stdout.
 */
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', API_KEYS: 'bench-key:reader' });
const runtime = createRuntime(config, 'kg-api-bench');
const running = await startApiServer(runtime, {
  port: 0,
  queueName: 'bench-api-queue',
  rateLimit: { burst: 1e9, perSecond: 1e9 },
  processMetrics: false,
});
console.log(running.url);
process.once('SIGTERM', () => {
  void running.close().then(() => runtime.close()).then(() => process.exit(0));
});
