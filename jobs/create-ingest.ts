import type { Runtime } from '../cli/runtime.js';
import { UniversalSentenceEncoder } from '../extractors/embed/index.js';
import { NeuralModels } from '../extractors/neural/index.js';
import { createMediaPipelines, type MediaEngines } from '../extractors/media/create-media.js';
import { chooseEngine } from '../extractors/registry.js';
import { TextPipeline, neuralNerEngine, neuralTextEmbedder, type TextEmbedder } from '../extractors/text/pipeline/index.js';
import { createTranslator } from '../extractors/translate/index.js';
import { findEntityCandidates } from '../graph-schema/entity-candidates.js';
import { createFileIngest } from './ingest-file.js';
import type { IngestFn } from './ingest-processor.js';

export interface IngestEngines {
  ingest: IngestFn;
  pipeline: TextPipeline;
  /** Image, audio and video pipelines, created on first use. */
  media(): Promise<MediaEngines>;
  dispose(): Promise<void>;
}

/**
 * Wires the extractors to the graph for ingestion. Nothing loads here: the
 * translator, dictionaries and the sentence encoder load on first use and are
 * kept until `dispose`.
 */
export function createIngestEngines(runtime: Pick<Runtime, 'config' | 'gateway' | 'writer'>, options: { embeddings?: boolean } = {}): IngestEngines {
  const { config } = runtime;
  const neural = new NeuralModels({ modelsDir: config.modelsDir });
  const translator = createTranslator({ modelsDir: config.modelsDir, neuralModels: config.neural.translation });
  const ner = chooseEngine('ner', config.neural);
  const embed = chooseEngine('embed', config.neural);
  const embedder: TextEmbedder | null =
    options.embeddings === false ? null : embed.engine === 'neural' ? neuralTextEmbedder(neural, embed.folder, config.embeddings.textDim) : new UniversalSentenceEncoder();
  const pipeline = new TextPipeline({
    translator,
    embedder,
    neuralNer: ner.engine === 'neural' ? neuralNerEngine(neural, ner.folder) : null,
    findCandidates: (keys, names) => findEntityCandidates(runtime.gateway, keys, names),
  });
  let media: Promise<MediaEngines> | null = null;
  const mediaEngines = (): Promise<MediaEngines> => {
    media ??= createMediaPipelines({ media: config.media, text: pipeline, gateway: runtime.gateway, models: { dir: config.modelsDir, asr: config.neural.asr } }).catch((err: unknown) => {
      media = null;
      throw err;
    });
    return media;
  };
  return {
    ingest: createFileIngest({ pipeline, writer: runtime.writer, maxBytes: runtime.config.limits.maxUploadBytes, media: mediaEngines }),
    pipeline,
    media: mediaEngines,
    async dispose() {
      const loaded = media ? await media.catch(() => null) : null;
      await Promise.all([translator.dispose(), embedder instanceof UniversalSentenceEncoder ? embedder.dispose() : undefined, neural.dispose(), loaded?.dispose()]);
    },
  };
}
