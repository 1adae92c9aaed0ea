import type { Task } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { assertModelInstalled, modelFolderPath, type ModelShape } from './model-folder.js';
import { NeuralEmbedder } from './neural-embedder.js';
import { readNeuralModelCard } from './neural-model-card.js';
import { NeuralNer } from './neural-ner.js';
import { NeuralTranslator } from './neural-translator.js';
import { configureTransformers, LOCAL_FP32_CPU, type TransformersModule } from './transformers-runtime.js';

/**
 * Loads neural models from the models folder, one memoised load per task and
 * folder. A failed load (folder missing, corrupt weights) is evicted, so the
 * next call tries again: installing the folder needs no restart.
 */

export interface NeuralModelsOptions {
  /** The models folder (`Config.modelsDir`); each model is a sub-folder of it. */
  modelsDir: string;
  /** Texts per embedding call. Default 16. */
  embedBatchSize?: number;
  /** Texts per translation call. Default 8. */
  translateBatchSize?: number;
  /** Generation cap per translated text. Default 256. */
  maxNewTokens?: number;
}

interface Disposable {
  dispose(): Promise<void>;
}

interface LoadContext {
  folderPath: string;
  runtime: TransformersModule;
  onDispose: () => void;
}

const WEIGHTS_FILE: Record<ModelShape, string> = { encoder: 'onnx/model.onnx', seq2seq: 'onnx/encoder_model.onnx' };

async function loadingPipeline<T>(folderPath: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (cause instanceof ExtractorError) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load the neural model in ${folderPath}: ${reason}`, { cause });
  }
}

export class NeuralModels {
  private readonly nerModels = new ModelCache<NeuralNer>((m) => m.dispose());
  private readonly embedders = new ModelCache<NeuralEmbedder>((m) => m.dispose());
  private readonly translators = new ModelCache<NeuralTranslator>((m) => m.dispose());
  /** Bumped when a model is disposed by its user, so the next request loads a fresh one. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly options: NeuralModelsOptions) {}

  /** A token-classification (BERT-NER style) model in `<modelsDir>/<folder>`. */
  ner(folder: string): Promise<NeuralNer> {
    return this.load(this.nerModels, { task: 'ner', shape: 'encoder', folder }, async ({ folderPath, runtime, onDispose }) => {
      const card = await readNeuralModelCard({ folderPath, task: 'ner', weightsFile: WEIGHTS_FILE.encoder });
      const pipeline = await loadingPipeline(folderPath, () => runtime.pipeline('token-classification', folderPath, LOCAL_FP32_CPU));
      return constructOrRelease(pipeline, () => new NeuralNer({ card, pipeline, runtime, onDispose }));
    });
  }

  /** A feature-extraction (sentence-transformers style) model in `<modelsDir>/<folder>`. */
  embedder(folder: string): Promise<NeuralEmbedder> {
    return this.load(this.embedders, { task: 'embed', shape: 'encoder', folder }, async ({ folderPath, runtime, onDispose }) => {
      const card = await readNeuralModelCard({ folderPath, task: 'embed', weightsFile: WEIGHTS_FILE.encoder });
      const pipeline = await loadingPipeline(folderPath, () => runtime.pipeline('feature-extraction', folderPath, LOCAL_FP32_CPU));
      return new NeuralEmbedder({ card, pipeline, batchSize: this.options.embedBatchSize, onDispose });
    });
  }

  /** A seq2seq translation (Marian / OPUS-MT style) model in `<modelsDir>/<folder>`. */
  translator(folder: string): Promise<NeuralTranslator> {
    return this.load(this.translators, { task: 'translate', shape: 'seq2seq', folder }, async ({ folderPath, runtime, onDispose }) => {
      const card = await readNeuralModelCard({ folderPath, task: 'translate', weightsFile: WEIGHTS_FILE.seq2seq });
      const pipeline = await loadingPipeline(folderPath, () => runtime.pipeline('translation', folderPath, LOCAL_FP32_CPU));
      const { translateBatchSize: batchSize, maxNewTokens } = this.options;
      return new NeuralTranslator({ card, pipeline, batchSize, maxNewTokens, onDispose });
    });
  }

  /** Disposes every model this loader handed out. */
  async dispose(): Promise<void> {
    await Promise.all([this.nerModels.dispose(), this.embedders.dispose(), this.translators.dispose()]);
  }

  private async load<T>(
    cache: ModelCache<T>,
    { task, shape, folder }: { task: Task; shape: ModelShape; folder: string },
    build: (context: LoadContext) => Promise<T>,
  ): Promise<T> {
    const folderPath = modelFolderPath(this.options.modelsDir, folder);
    const slot = `${task}:${folderPath}`;
    const onDispose = () => this.generations.set(slot, (this.generations.get(slot) ?? 0) + 1);
    return cache.get(`${slot}#${this.generations.get(slot) ?? 0}`, async () => {
      // Checked inside the memoised load so a missing folder is evicted and re-checked next time.
      await assertModelInstalled(folderPath, shape);
      const runtime = await configureTransformers(this.options.modelsDir);
      return build({ folderPath, runtime, onDispose });
    });
  }
}

/** A model that fails its own checks after loading must not leak its session. */
async function constructOrRelease<T>(pipeline: Disposable, construct: () => T): Promise<T> {
  try {
    return construct();
  } catch (err) {
    await pipeline.dispose();
    throw err;
  }
}
