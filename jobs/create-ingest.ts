import type { Runtime } from '../cli/runtime.js';
import { UniversalSentenceEncoder } from '../extractors/embed/index.js';
import { TextPipeline } from '../extractors/text/pipeline/index.js';
import { createTranslator } from '../extractors/translate/index.js';
import { findEntityCandidates } from '../graph-schema/entity-candidates.js';
import { createFileIngest } from './ingest-file.js';
import type { IngestFn } from './ingest-processor.js';

export interface IngestEngines {
  ingest: IngestFn;
  pipeline: TextPipeline;
  dispose(): Promise<void>;
}

/**
 * Wires the extractors to the graph for ingestion. Nothing loads here: the
 * translator, dictionaries and the sentence encoder load on first use and are
 * kept until `dispose`.
 */
export function createIngestEngines(runtime: Pick<Runtime, 'config' | 'gateway' | 'writer'>, options: { embeddings?: boolean } = {}): IngestEngines {
  const translator = createTranslator({ modelsDir: runtime.config.modelsDir });
  const embedder = options.embeddings === false ? null : new UniversalSentenceEncoder();
  const pipeline = new TextPipeline({
    translator,
    embedder,
    findCandidates: (keys, names) => findEntityCandidates(runtime.gateway, keys, names),
  });
  return {
    ingest: createFileIngest({ pipeline, writer: runtime.writer, maxBytes: runtime.config.limits.maxUploadBytes }),
    pipeline,
    async dispose() {
      await Promise.all([translator.dispose(), embedder?.dispose()]);
    },
  };
}
