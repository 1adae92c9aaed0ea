import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { createRuntime, type Runtime } from '../../cli/runtime.js';
import { loadConfig } from '../../config/index.js';
import { deleteByIdPrefix } from '../../graph-schema/index.js';

/** Namespaces handed out in this test file (vitest gives each file its own module instance). */
const used = new Set<string>();
/** Sources whose ids cannot carry a namespace (ingested files: `file:<hash>`), deleted with their facts after the file. */
const sources = new Set<string>();

/** Deletes the source, and the facts only it supported, once the test file is done. */
export function deleteAfterFile(sourceId: string): void {
  sources.add(sourceId);
}

/**
 * One runtime per test file against the real Neo4j that global setup ensured,
 * closed after the file, once everything written under the file's namespaces
 * is deleted: test entities carry real names ("Anna Weber"), and left in a
 * developer's graph they would be merge candidates for real documents.
 * Logs stay quiet unless LOG_LEVEL says otherwise.
 */
export function useGraph(): Runtime {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  const runtime = createRuntime(config, 'kg-test');
  afterAll(async () => {
    try {
      for (const id of sources) await runtime.writer.deleteSourceTree(id);
      for (const ns of used) await deleteByIdPrefix(runtime.gateway, ns);
    } finally {
      await runtime.close();
    }
  });
  return runtime;
}

/** A fresh namespace for ids in one test, so tests never see each other's data. */
export function namespace(prefix = 't'): string {
  const ns = `${prefix}-${randomUUID().slice(0, 8)}`;
  used.add(ns);
  return ns;
}
