import { pino, type Logger } from 'pino';
import type { Config } from './env.js';

export type { Logger };

/** JSON logs on stderr so CLI output on stdout stays machine-readable. */
export function createLogger(config: Pick<Config, 'logLevel'>, name = 'kg'): Logger {
  return pino({ name, level: config.logLevel }, pino.destination(2));
}
