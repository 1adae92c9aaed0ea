import { resolve } from 'node:path';
import { modelId, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { inspectModelFolder, type ModelFolder } from './neural-model-folder.js';

/** A translation model in the models folder. A plain string in config means `{ folder }`. */
export interface NeuralModelSpec {
  /** Folder name under `modelsDir`, e.g. `opus-mt-zh-en`. */
  folder: string;
  /** Source language code as the tokenizer expects it (NLLB `zho_Hans`, M2M `zh`); omit for one-pair Marian models. */
  srcLang?: string;
  /** Target language code as the tokenizer expects it; omit for one-pair Marian models. */
  tgtLang?: string;
}

/** The loaded model, reduced to what translation needs; the seam for tests with a generated tiny model. */
export interface LoadedTranslationModel {
  translate(texts: string[], options: { srcLang?: string; tgtLang?: string }): Promise<string[]>;
  dispose(): Promise<void>;
}

export interface NeuralTranslatorOptions {
  modelsDir: string;
  /** Replaces the transformers.js loader. Default: a local-only `translation` pipeline. */
  loadModel?: (folder: ModelFolder) => Promise<LoadedTranslationModel>;
}

export interface NeuralResult {
  texts: string[];
  engine: 'neural';
  model: ModelCard;
}

interface Loaded {
  model: LoadedTranslationModel;
  card: ModelCard;
}

/**
 * Neural MT (Marian / opus-mt style) with transformers.js, from
 * `<modelsDir>/<folder>/` only: remote downloads are switched off, so a
 * missing model fails fast with `ModelNotInstalled` naming the folder. Loads
 * are memoised per folder and a failed load is retried on the next call.
 */
export class NeuralTranslator {
  private readonly models: ModelCache<Loaded>;
  private readonly loadModel: (folder: ModelFolder) => Promise<LoadedTranslationModel>;

  constructor(private readonly options: NeuralTranslatorOptions) {
    this.models = new ModelCache<Loaded>((loaded) => loaded.model.dispose());
    this.loadModel = options.loadModel ?? ((folder) => loadTransformersPipeline(options.modelsDir, folder));
  }

  async card(spec: NeuralModelSpec): Promise<ModelCard> {
    return (await this.load(spec)).card;
  }

  async translate(texts: readonly string[], spec: NeuralModelSpec, context: RunContext = {}): Promise<NeuralResult> {
    const { model, card } = await this.load(spec);
    context.signal?.throwIfAborted();
    try {
      const out = await model.translate([...texts], { srcLang: spec.srcLang, tgtLang: spec.tgtLang });
      return { texts: out, engine: 'neural', model: card };
    } catch (err) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${card.id} failed to translate: ${String(err)}`, { cause: err });
    }
  }

  async dispose(): Promise<void> {
    await this.models.dispose();
  }

  private load(spec: NeuralModelSpec): Promise<Loaded> {
    return this.models.get(spec.folder, async () => {
      const folder = await inspectModelFolder(this.options.modelsDir, spec.folder);
      const model = await this.loadModel(folder);
      const card: ModelCard = {
        id: modelId(spec.folder, folder.fingerprint),
        name: spec.folder,
        version: folder.fingerprint,
        task: 'translate',
        licence: folder.licence,
        origin: `models folder ${folder.path} (${folder.dtype})`,
        engine: 'neural',
      };
      return { model, card };
    });
  }
}

async function loadTransformersPipeline(modelsDir: string, folder: ModelFolder): Promise<LoadedTranslationModel> {
  const { env, pipeline } = await import('@huggingface/transformers');
  // Process-wide settings; every extractor in this project loads from the
  // models folder only, so setting them here agrees with the others.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${resolve(modelsDir)}/`;
  try {
    const translator = await pipeline('translation', folder.name, { local_files_only: true, dtype: folder.dtype });
    return {
      async translate(texts, { srcLang, tgtLang }) {
        const options = srcLang && tgtLang ? { src_lang: srcLang, tgt_lang: tgtLang } : {};
        const output = await translator(texts, options);
        return output.map((o) => o.translation_text);
      },
      dispose: () => translator.dispose(),
    };
  } catch (err) {
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load translation model from ${folder.path}: ${String(err)}`, { cause: err });
  }
}
