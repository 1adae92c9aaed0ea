import { modelId, type ModelCard, type RunContext } from '../base/contract.js';
import { runProcess, runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import type { DecodedImage } from './decode-image.js';
import { assertRgbImage, type OcrExtractor, type OcrLine } from './ocr-line.js';
import { parseTesseractTsv } from './tesseract-tsv.js';

/** Options for `createTesseractOcr`; every field has a default. */
export interface TesseractOcrOptions {
  /** Traineddata names, tried together. Default `['eng', 'chi_sim']`. */
  languages?: readonly string[];
  /** Page segmentation mode (`--psm`). Default 3, fully automatic layout; 6 (one block) or 7 (one line) suit crops. */
  pageSegmentation?: number;
  /**
   * Lines whose mean word confidence is below this are dropped. Default 0.5,
   * the floor @gutenye/ocr-node applies to PP-OCR lines, so the engines are
   * interchangeable; below it tesseract's lines are mostly texture read as letters.
   */
  minConfidence?: number;
  /** Kills tesseract after this long. Default 60,000 ms. */
  timeoutMs?: number;
  /** The executable. Default `tesseract` on PATH. */
  command?: string;
}

const DEFAULT_LANGUAGES = ['eng', 'chi_sim'] as const;
const DEFAULT_PAGE_SEGMENTATION = 3;
const DEFAULT_MIN_CONFIDENCE = 0.5;
const DEFAULT_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 15_000;
/** A dense A4 scan gives well under 1 MB of TSV; more means something is wrong. */
const MAX_TSV_BYTES = 16 * 1024 * 1024;

function debianPackageOf(language: string): string {
  return `tesseract-ocr-${language.toLowerCase().replace(/_/g, '-')}`;
}

function installHint(languages: readonly string[]): string {
  return `apt-get install tesseract-ocr ${languages.map(debianPackageOf).join(' ')}`;
}

async function probe(command: string, args: readonly string[], languages: readonly string[]): Promise<string> {
  try {
    return await runProcess(command, args, { timeoutMs: PROBE_TIMEOUT_MS, label: `${command} ${args.join(' ')}` });
  } catch (error) {
    if (error instanceof ExtractorError && error.code === ExtractorErrorCode.EngineMissing) {
      throw new ExtractorError(ExtractorErrorCode.EngineMissing, `${command} is not installed; install it with: ${installHint(languages)}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** The version `tesseract --version` reports, after checking that every language's traineddata is installed. */
async function tesseractVersion(command: string, languages: readonly string[]): Promise<string> {
  const versionText = await probe(command, ['--version'], languages);
  const version = /tesseract\s+v?(\d+\.\d+(?:\.\d+)?\S*)/i.exec(versionText)?.[1];
  if (version === undefined) throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${command} --version did not report a version: ${versionText.slice(0, 200)}`);
  const installed = new Set((await probe(command, ['--list-langs'], languages)).split('\n').slice(1).map((line) => line.trim()));
  const missing = languages.filter((language) => !installed.has(language));
  if (missing.length > 0) {
    throw new ExtractorError(
      ExtractorErrorCode.EngineMissing,
      `tesseract has no ${missing.join(', ')} language data; install it with: apt-get install ${missing.map(debianPackageOf).join(' ')}`,
    );
  }
  return version;
}

/** Binary PPM: a 15-byte header over the RGB bytes, so the image reaches tesseract without an encode. */
function toPpm(image: DecodedImage): Buffer {
  return Buffer.concat([Buffer.from(`P6\n${image.width} ${image.height}\n255\n`, 'latin1'), image.data]);
}

class TesseractOcr implements OcrExtractor {
  readonly task = 'ocr';
  readonly modality = 'image';

  constructor(
    readonly card: ModelCard,
    private readonly settings: Required<TesseractOcrOptions>,
  ) {}

  async run(image: DecodedImage, context: RunContext = {}): Promise<OcrLine[]> {
    assertRgbImage(image);
    const { command, languages, pageSegmentation, minConfidence, timeoutMs } = this.settings;
    // Sauvola local thresholding at a stated 300 dpi (pixels carry no resolution; 300 fixes the local window at
    // 99 px). With the default global Otsu, a caption on a photo or a page shot under uneven light binarises to
    // one dark region and reads as nothing; adaptive Otsu shatters clean multi-line documents instead.
    const args = ['stdin', 'stdout', '-l', languages.join('+'), '--psm', String(pageSegmentation), '--dpi', '300', '-c', 'thresholding_method=2', 'tsv'];
    const tsv = await runProcessBytes(command, args, {
      timeoutMs,
      label: `tesseract ${languages.join('+')}`,
      input: toPpm(image),
      maxOutputBytes: MAX_TSV_BYTES,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    return parseTesseractTsv(tsv.toString('utf8')).filter((line) => line.confidence >= minConfidence);
  }

  /** Nothing to free: each run is its own process, killed on timeout or abort. */
  dispose(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Debian's tesseract-ocr behind the OCR contract. Checks the executable and
 * the language data now (EngineMissing with the apt-get line when either is
 * absent) so a misconfigured worker fails at start-up, not on its first
 * image. Each run starts one tesseract process that reads the image on stdin,
 * so the language data is loaded on every run: there is no warm state.
 */
export async function createTesseractOcr(options: TesseractOcrOptions = {}): Promise<OcrExtractor> {
  const settings: Required<TesseractOcrOptions> = {
    languages: options.languages ?? DEFAULT_LANGUAGES,
    pageSegmentation: options.pageSegmentation ?? DEFAULT_PAGE_SEGMENTATION,
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    command: options.command ?? 'tesseract',
  };
  const version = await tesseractVersion(settings.command, settings.languages);
  const card: ModelCard = {
    id: modelId('tesseract', version),
    name: 'tesseract',
    version,
    task: 'ocr',
    licence: 'Apache-2.0',
    origin: `debian:tesseract-ocr (${settings.languages.map(debianPackageOf).join(', ')})`,
    engine: 'bundled',
  };
  return new TesseractOcr(card, settings);
}
