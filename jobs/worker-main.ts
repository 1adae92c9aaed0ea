import { createRuntime } from '../cli/runtime.js';
import { reportError } from '../cli/command-runner.js';
import { onShutdown, runWorker } from './run-worker.js';

/** `npm run worker`: processes ingest jobs until SIGTERM. */
const runtime = createRuntime(undefined, 'kg-worker');
try {
  const worker = await runWorker(runtime);
  runtime.logger.info({ concurrency: runtime.config.worker.concurrency }, 'worker ready');
  onShutdown(async () => {
    await worker.stop();
    await runtime.close();
  });
} catch (err) {
  reportError(err, runtime.logger);
  await runtime.close();
  process.exitCode = 1;
}
