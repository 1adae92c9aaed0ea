import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { createRuntime, type Runtime } from '../../cli/runtime.js';
import { loadConfig } from '../../config/index.js';

/**
 * One runtime per test file against the real Neo4j that global setup ensured,
 * closed after the file. Logs stay quiet unless LOG_LEVEL says otherwise.
 */
export function useGraph(): Runtime {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const runtime = createRuntime(config, 'kg-test');
  afterAll(() => runtime.close());
  return runtime;
}

/** A fresh namespace for ids in one test, so tests never see each other's data. */
export function namespace(prefix = 't'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
