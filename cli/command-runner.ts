import { ConfigError, type Logger } from '../config/index.js';
import { ExtractorError } from '../extractors/base/errors.js';
import { GraphError } from '../graph-schema/index.js';
import { createRuntime, type Runtime } from './runtime.js';

/** What a command's action returns: the process exit code (0 when nothing is returned). */
export type CommandAction = (runtime: Runtime) => Promise<number | void>;

/** Known failures are the user's to fix, so they get a message; anything else is a bug and gets the logger's stack trace. */
export function reportError(err: unknown, logger: Logger | null): void {
  if (err instanceof GraphError || err instanceof ConfigError || err instanceof ExtractorError) {
    console.error(err.message);
    return;
  }
  if (logger) logger.error({ err }, 'command failed');
  console.error(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * Creates the runtime, runs the action, reports errors and always closes the
 * runtime. Sets `process.exitCode` instead of exiting so pending output and
 * logs are flushed.
 */
export async function runWithRuntime(action: CommandAction): Promise<void> {
  let runtime: Runtime | null = null;
  try {
    runtime = createRuntime();
    process.exitCode = (await action(runtime)) ?? 0;
  } catch (err) {
    reportError(err, runtime?.logger ?? null);
    process.exitCode = 1;
  } finally {
    await runtime?.close();
  }
}
