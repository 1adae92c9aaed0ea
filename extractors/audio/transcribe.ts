import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { runProcess } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { SAMPLE_RATE, type DecodedAudio } from './decoded-audio.js';
import { parsePocketsphinxWords } from './pocketsphinx-output.js';
import { transcriptOf, type Transcript, type TranscriptWord } from './transcript.js';
import type { SpeechSegment } from './voice-activity.js';
import { encodeWav16 } from './wav.js';

/** Options of `PocketsphinxTranscriber`. */
export interface PocketsphinxOptions {
  /** The recogniser. Default `pocketsphinx_continuous` (Debian `pocketsphinx`). */
  command?: string;
  /** Folder with `en-us/` (acoustic model), `en-us.lm.bin` and `cmudict-en-us.dict`. Default `/usr/share/pocketsphinx/model/en-us` (Debian `pocketsphinx-en-us`). */
  modelDir?: string;
  /** A JSGF grammar file used instead of the language model: recognition restricted to its sentences. Default none. */
  grammarPath?: string;
  /** Fixed part of the per-call timeout. Default 30 000 ms (model loading takes about a second). */
  timeoutBaseMs?: number;
  /** Timeout per second of audio, on top. Default 3 000 ms (it runs at about 0.3–0.5× real time). */
  timeoutPerAudioSecondMs?: number;
}

const ENGINE_PACKAGE = 'pocketsphinx';
const MODEL_PACKAGE = 'pocketsphinx-en-us';

/**
 * English speech to text with CMU pocketsphinx as a child process. Audio goes
 * to it as a temporary 16-bit WAV file, removed in `finally`: it reads only
 * `-infile`, and `/dev/stdin` cannot stand in because Node's stdio pipes are
 * sockets, which `fopen` refuses. The recogniser segments the audio itself
 * and reports times from the start of the stream, so a whole recording is
 * one call.
 */
export class PocketsphinxTranscriber implements Extractor<DecodedAudio, Transcript> {
  readonly task = 'transcribe' as const;
  readonly modality = 'audio' as const;
  /** Filled by `load()` from the installed Debian package; `pocketsphinx-en-us@unknown` before. */
  card: ModelCard = pocketsphinxCard('unknown');
  private readonly command: string;
  private readonly modelDir: string;
  private readonly grammarPath: string | undefined;
  private readonly timeoutBaseMs: number;
  private readonly timeoutPerAudioSecondMs: number;
  private readonly checks = new ModelCache<ModelCard>();

  constructor(options: PocketsphinxOptions = {}) {
    this.command = options.command ?? 'pocketsphinx_continuous';
    this.modelDir = options.modelDir ?? '/usr/share/pocketsphinx/model/en-us';
    this.grammarPath = options.grammarPath;
    this.timeoutBaseMs = options.timeoutBaseMs ?? 30_000;
    this.timeoutPerAudioSecondMs = options.timeoutPerAudioSecondMs ?? 3_000;
  }

  /** Checks that the model files exist and reads the model version; `EngineMissing` naming the apt package otherwise. */
  load(): Promise<ModelCard> {
    return this.checks.get('model', async () => {
      const missing: string[] = [];
      for (const file of this.modelFiles()) {
        if (!(await access(file).then(() => true, () => false))) missing.push(file);
      }
      if (missing.length > 0) {
        throw new ExtractorError(
          ExtractorErrorCode.EngineMissing,
          `the pocketsphinx English model is not installed (missing ${missing.join(', ')}): apt-get install ${MODEL_PACKAGE}`,
        );
      }
      this.card = pocketsphinxCard(await debianVersion(MODEL_PACKAGE));
      return this.card;
    });
  }

  /** Transcribes the whole recording in one call. */
  async run(input: DecodedAudio, context: RunContext = {}): Promise<Transcript> {
    return transcriptOf(await this.recognise(input.samples, 0, context));
  }

  /**
   * Transcribes only the given speech segments (from voice activity), one
   * call each, times shifted back to the whole recording. Skips long
   * silences, but pays the model load once per segment.
   */
  async runSegments(input: DecodedAudio, segments: readonly SpeechSegment[], context: RunContext = {}): Promise<Transcript> {
    const words: TranscriptWord[] = [];
    for (const segment of segments) {
      const from = Math.floor((segment.startMs / 1000) * SAMPLE_RATE);
      const to = Math.ceil((segment.endMs / 1000) * SAMPLE_RATE);
      const samples = input.samples.subarray(from, to);
      if (samples.length > 0) words.push(...(await this.recognise(samples, (from / SAMPLE_RATE) * 1000, context)));
    }
    return transcriptOf(words);
  }

  /** Nothing is held between calls: each runs its own process. */
  async dispose(): Promise<void> {
    await this.checks.dispose();
  }

  private async recognise(samples: Float32Array, offsetMs: number, context: RunContext): Promise<TranscriptWord[]> {
    if (samples.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, 'no audio to transcribe');
    await this.load();
    const [hmm, lm, dict] = this.modelFiles();
    const languageModel = this.grammarPath === undefined ? ['-lm', lm] : ['-jsgf', this.grammarPath];
    const audioSeconds = samples.length / SAMPLE_RATE;
    const dir = await mkdtemp(join(tmpdir(), 'kg-pocketsphinx-'));
    let stdout: string;
    try {
      // The `.wav` name makes pocketsphinx check and skip the header instead of hearing it as a click.
      const wavPath = join(dir, 'audio.wav');
      await writeFile(wavPath, encodeWav16(samples, SAMPLE_RATE));
      stdout = await runProcess(
        this.command,
        ['-infile', wavPath, '-samprate', String(SAMPLE_RATE), '-time', 'yes', '-logfn', '/dev/null', '-hmm', hmm, '-dict', dict, ...languageModel],
        {
          timeoutMs: this.timeoutBaseMs + audioSeconds * this.timeoutPerAudioSecondMs,
          label: 'pocketsphinx',
          signal: context.signal,
          maxOutputBytes: 16 * 1024 * 1024,
        },
      );
    } catch (err) {
      if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) {
        throw new ExtractorError(ExtractorErrorCode.EngineMissing, `${err.message}: apt-get install ${ENGINE_PACKAGE}`, { cause: err });
      }
      throw err;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return parsePocketsphinxWords(stdout, Math.round(offsetMs));
  }

  private modelFiles(): [hmm: string, lm: string, dict: string] {
    return [join(this.modelDir, 'en-us'), join(this.modelDir, 'en-us.lm.bin'), join(this.modelDir, 'cmudict-en-us.dict')];
  }
}

function pocketsphinxCard(version: string): ModelCard {
  return {
    id: modelId(MODEL_PACKAGE, version),
    name: MODEL_PACKAGE,
    version,
    task: 'transcribe',
    licence: 'BSD-2-Clause',
    origin: `Debian ${MODEL_PACKAGE} (CMU Sphinx en-us acoustic model, language model and dictionary)`,
    engine: 'bundled',
  };
}

/** The installed version of a Debian package, or 'unknown' (not Debian, dpkg missing, package absent). */
export async function debianVersion(pkg: string): Promise<string> {
  try {
    const version = (await runProcess('dpkg-query', ['-W', '-f=${Version}', pkg], { timeoutMs: 10_000, label: 'dpkg-query' })).trim();
    return version || 'unknown';
  } catch {
    return 'unknown';
  }
}
