import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AutomaticSpeechRecognitionOutput, AutomaticSpeechRecognitionPipeline } from '@huggingface/transformers';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { configureTransformers, NeuralModelNotInstalled, readNeuralModelCard } from '../neural/index.js';
import { SAMPLE_RATE, type DecodedAudio } from './decoded-audio.js';
import type { Transcript, TranscriptWord } from './transcript.js';

/** What transformers.js reads from a Whisper-style folder (fp32 weights: `dtype: 'fp32'` selects these names). */
export const WHISPER_FOLDER_FILES = [
  'config.json',
  'generation_config.json',
  'preprocessor_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/encoder_model.onnx',
  'onnx/decoder_model_merged.onnx',
] as const;

/** transformers.js ASR pipelines report no per-word score; this stands in so `confidence` stays a number. */
export const UNSCORED_CONFIDENCE = 1;

/** Options of `NeuralTranscriber`. */
export interface NeuralAsrOptions {
  /** The models folder (`Config.modelsDir`). */
  modelsDir: string;
  /** The model's sub-folder (the `NEURAL_ASR_MODEL` setting), e.g. `whisper-base.en`. */
  folder: string;
  /** Audio is cut into windows this long. Default 30 s, Whisper's input length. */
  chunkLengthS?: number;
  /** Overlap between windows, so words on a cut are heard whole once. Default 5 s. */
  strideLengthS?: number;
  /**
   * `word`: per-word times from cross-attention (needs an export with
   * attention outputs, e.g. the `_timestamped` ones); `segment`: Whisper's
   * segment times, words spread over their segment by length. Default `segment`,
   * which every Whisper export supports.
   */
  timestamps?: 'word' | 'segment';
}

/** Folder names come from configuration; a path would let it read outside the models folder. */
const FOLDER_NAME = /^(?!\.{1,2}$)[\w.-]+$/u;

interface LoadedAsr {
  card: ModelCard;
  pipeline: AutomaticSpeechRecognitionPipeline;
}

/**
 * Speech to text with a Whisper-class model on transformers.js, loaded from
 * the local models folder only (downloads are off). Nothing loads until the
 * first `run` or `load`; a missing folder is `ModelNotInstalled` listing the
 * files expected, and the failed load is forgotten so installing the folder
 * needs no restart.
 */
export class NeuralTranscriber implements Extractor<DecodedAudio, Transcript> {
  readonly task = 'transcribe' as const;
  readonly modality = 'audio' as const;
  /** Read from the folder by `load()` (its model-card.json, else a hash of the weights); `<folder>@unknown` before. */
  card: ModelCard;
  private readonly folderPath: string;
  private readonly models = new ModelCache<LoadedAsr>(async ({ pipeline }) => {
    await pipeline.dispose();
  });

  constructor(private readonly options: NeuralAsrOptions) {
    if (!FOLDER_NAME.test(options.folder)) {
      throw new ExtractorError(ExtractorErrorCode.ModelNotInstalled, `"${options.folder}" is not a model folder name (letters, digits, ".", "_" and "-" only, no paths)`);
    }
    this.folderPath = resolve(options.modelsDir, options.folder);
    this.card = unloadedCard(options.folder, this.folderPath);
  }

  async load(): Promise<ModelCard> {
    return (await this.model()).card;
  }

  async run(input: DecodedAudio, context: RunContext = {}): Promise<Transcript> {
    const { pipeline } = await this.model();
    context.signal?.throwIfAborted();
    const wordTimes = (this.options.timestamps ?? 'segment') === 'word';
    let output: AutomaticSpeechRecognitionOutput;
    try {
      output = await pipeline(input.samples, {
        return_timestamps: wordTimes ? 'word' : true,
        chunk_length_s: this.options.chunkLengthS ?? 30,
        stride_length_s: this.options.strideLengthS ?? 5,
        language: 'en',
        task: 'transcribe',
      });
    } catch (cause) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.card.id} failed to transcribe: ${messageOf(cause)}`, { cause });
    }
    context.signal?.throwIfAborted();
    const words = wordsFromChunks(output, (input.samples.length / SAMPLE_RATE) * 1000);
    return { text: words.map((w) => w.word).join(' '), words, language: 'en' };
  }

  async dispose(): Promise<void> {
    await this.models.dispose();
  }

  private model(): Promise<LoadedAsr> {
    return this.models.get(this.folderPath, async () => {
      await assertWhisperFolder(this.folderPath);
      const runtime = await configureTransformers(this.options.modelsDir);
      const card = await readNeuralModelCard({ folderPath: this.folderPath, task: 'transcribe', weightsFile: 'onnx/encoder_model.onnx' });
      let pipeline: AutomaticSpeechRecognitionPipeline;
      try {
        pipeline = await runtime.pipeline('automatic-speech-recognition', this.folderPath, { dtype: 'fp32', device: 'cpu', local_files_only: true });
      } catch (cause) {
        throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load the neural ASR model in ${this.folderPath}: ${messageOf(cause)}`, { cause });
      }
      this.card = card;
      return { card, pipeline };
    });
  }
}

function unloadedCard(folder: string, folderPath: string): ModelCard {
  return { id: modelId(folder, 'unknown'), name: folder, version: 'unknown', task: 'transcribe', licence: 'unknown', origin: `models folder ${folderPath}`, engine: 'neural' };
}

/** Checks every file up front, so the error lists all that is missing, not the first one transformers.js trips on. */
async function assertWhisperFolder(folderPath: string): Promise<void> {
  const missing: string[] = [];
  for (const file of WHISPER_FOLDER_FILES) {
    if (!(await access(join(folderPath, file)).then(() => true, () => false))) missing.push(file);
  }
  if (missing.length > 0) throw new NeuralModelNotInstalled(folderPath, WHISPER_FOLDER_FILES, missing);
}

/**
 * Words with times from the pipeline's chunks. A chunk is one word in `word`
 * mode and a phrase in `segment` mode; a phrase's duration is shared among
 * its words by character count. A missing end (the last chunk of a window)
 * runs to the end of the audio.
 */
export function wordsFromChunks(output: AutomaticSpeechRecognitionOutput, audioMs: number): TranscriptWord[] {
  const chunks = output.chunks ?? [{ text: output.text, timestamp: [0, audioMs / 1000] as [number, number] }];
  const words: TranscriptWord[] = [];
  for (const { text, timestamp } of chunks) {
    const tokens = text.split(/\s+/u).filter(Boolean);
    const startMs = Math.min(audioMs, (timestamp[0] ?? 0) * 1000);
    const endRaw = timestamp[1] as number | null;
    const endMs = Math.max(startMs, Math.min(audioMs, endRaw === null ? audioMs : endRaw * 1000));
    const totalChars = tokens.reduce((n, t) => n + t.length, 0);
    let cursor = startMs;
    for (const token of tokens) {
      const share = totalChars === 0 ? 0 : ((endMs - startMs) * token.length) / totalChars;
      words.push({ word: token, startMs: Math.round(cursor), endMs: Math.round(cursor + share), confidence: UNSCORED_CONFIDENCE });
      cursor += share;
    }
  }
  return words;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
