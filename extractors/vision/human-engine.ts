import { createRequire } from 'node:module';
import type * as Tf from '@tensorflow/tfjs';
import type * as HumanModule from '@vladmandic/human';
import type { Config, FaceResult, Human, ObjectResult, Result } from '@vladmandic/human';
import { modelId } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { withFileUrlFetch } from './file-url-fetch.js';
import { assertModelFilesPresent, humanPackage, type HumanPackage } from './human-package.js';
import { assertRgbImage, type RgbImage } from './rgb-image.js';

/**
 * `@vladmandic/human` on tfjs's WebAssembly backend, loaded on first use and
 * shared by the face and object extractors.
 *
 * One engine per process: human keeps its loaded models in module-level
 * variables that every `Human` instance shares, so two engines would run on,
 * and unload, each other's weights. Extractors `retain()` the engine on first
 * use and `release()` it on dispose; the last release unloads the weights.
 * Calls run one at a time, because `detect` merges each call's options into
 * the instance's configuration.
 */

/** Models the two passes need (blazeface detector, face mesh, faceres descriptor; CenterNet objects). */
export const HUMAN_MODEL_FILES = ['blazeface.json', 'facemesh.json', 'faceres.json', 'centernet.json'] as const;

export interface FacePassOptions {
  maxFaces: number;
  minScore: number;
  signal?: AbortSignal;
}

export interface ObjectPassOptions {
  maxObjects: number;
  minScore: number;
  signal?: AbortSignal;
}

type Tfjs = typeof Tf;

/** Side of the synthetic warm-up image: small, so warming costs little beyond kernel set-up. */
const WARM_UP_SIZE = 256;

function engineConfig(pkg: HumanPackage): Partial<Config> {
  return {
    backend: 'wasm',
    wasmPath: pkg.wasmDir,
    modelBasePath: pkg.modelBaseUrl,
    debug: false,
    // Still images, not video: never reuse the previous input's boxes or descriptors.
    cacheSensitivity: 0,
    // Sequential passes are as fast on wasm and leave nothing running when one fails.
    async: false,
    cacheModels: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      // Rotation correction stays off (human's default): in calibration it lost turned and
      // rotated faces and lowered same-person similarity (README).
      detector: { rotation: false, return: false },
      mesh: { enabled: true },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: true },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
    },
    object: { enabled: true },
  };
}

function loadHumanBundle(pkg: HumanPackage): typeof HumanModule {
  try {
    return createRequire(import.meta.url)(pkg.bundlePath) as typeof HumanModule;
  } catch (cause) {
    throw new ExtractorError(ExtractorErrorCode.EngineMissing, `cannot load ${pkg.bundlePath}`, { cause });
  }
}

/**
 * Runs every model once on zeros, then one face and one object pass on a grey
 * image, so the first real image does not pay for kernel set-up (seconds on wasm).
 */
async function warmUp(human: Human): Promise<void> {
  const tf = human.tf as Tfjs;
  for (const model of Object.values(human.models.models)) {
    if (!model) continue;
    const shape = (model.inputs[0]?.shape ?? []).map((dim) => (dim > 0 ? dim : 1));
    tf.tidy(() => {
      model.execute(tf.zeros(shape, model.inputs[0]?.dtype));
    });
  }
  const grey = tf.fill([WARM_UP_SIZE, WARM_UP_SIZE, 3], 128, 'int32');
  try {
    await human.detect(grey, { face: { enabled: true }, object: { enabled: true } });
  } finally {
    grey.dispose();
  }
}

async function loadHuman(pkg: HumanPackage): Promise<Human> {
  assertModelFilesPresent(HUMAN_MODEL_FILES);
  const { Human } = loadHumanBundle(pkg);
  const human = new Human(engineConfig(pkg));
  try {
    await withFileUrlFetch(() => human.load());
    await warmUp(human);
    return human;
  } catch (cause) {
    unloadHuman(human);
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `could not load ${HUMAN_MODEL_FILES.join(', ')} from ${pkg.modelBaseUrl}`, { cause });
  }
}

function unloadHuman(human: Human): void {
  for (const model of Object.values(human.models.models)) model?.dispose();
  // Marks the next load as initial, which is what clears human's module-level model variables.
  human.reset();
}

/** The engine's public surface; `humanEngine()` returns the one instance. */
export interface HumanEngine {
  /** Installed `@vladmandic/human` version. */
  readonly version: string;
  /** True once a load has started and until the weights are unloaded. */
  readonly loaded: boolean;
  /** Counts a user; the weights stay loaded until every user has released. */
  retain(): void;
  /** Uncounts a user; the last release unloads the weights. */
  release(): Promise<void>;
  /** Loads and warms up now rather than on the first image. */
  load(): Promise<void>;
  /** Faces with human's raw results (boxes may overhang the image). */
  detectFaces(image: RgbImage, options: FacePassOptions): Promise<FaceResult[]>;
  detectObjects(image: RgbImage, options: ObjectPassOptions): Promise<ObjectResult[]>;
  /** Live tensors in this process's tfjs engine (0 before the first load): for leak checks. */
  numTensors(): number;
  /** Frees the weights after any call in flight; the next call loads them again. Safe to call twice. */
  dispose(): Promise<void>;
}

class SharedHumanEngine implements HumanEngine {
  readonly version: string;
  private readonly id: string;
  private readonly humans = new ModelCache<Human>(unloadHuman);
  private users = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private tf: Tfjs | undefined;

  constructor(private readonly pkg: HumanPackage) {
    this.version = pkg.version;
    this.id = modelId('human', pkg.version);
  }

  get loaded(): boolean {
    return this.humans.has(this.id);
  }

  retain(): void {
    this.users++;
  }

  async release(): Promise<void> {
    if (this.users === 0) return;
    this.users--;
    if (this.users === 0) await this.dispose();
  }

  async load(): Promise<void> {
    await this.exclusive(() => this.human());
  }

  async detectFaces(image: RgbImage, { maxFaces, minScore, signal }: FacePassOptions): Promise<FaceResult[]> {
    const pass: Partial<Config> = {
      face: { enabled: true, detector: { maxDetected: maxFaces, minConfidence: minScore } },
      object: { enabled: false },
    };
    return (await this.detect(image, pass, signal)).face;
  }

  async detectObjects(image: RgbImage, { maxObjects, minScore, signal }: ObjectPassOptions): Promise<ObjectResult[]> {
    const pass: Partial<Config> = {
      face: { enabled: false },
      object: { enabled: true, maxDetected: maxObjects, minConfidence: minScore },
    };
    return (await this.detect(image, pass, signal)).object;
  }

  numTensors(): number {
    return this.tf?.engine().state.numTensors ?? 0;
  }

  async dispose(): Promise<void> {
    await this.exclusive(() => this.humans.dispose());
  }

  private async human(): Promise<Human> {
    const human = await this.humans.get(this.id, () => loadHuman(this.pkg));
    this.tf = human.tf as Tfjs;
    return human;
  }

  private async detect(image: RgbImage, pass: Partial<Config>, signal: AbortSignal | undefined): Promise<Result> {
    assertRgbImage(image);
    return this.exclusive(async () => {
      signal?.throwIfAborted();
      const human = await this.human();
      const tf = human.tf as Tfjs;
      const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
      try {
        // detect() reports failures in `result.error`; an exception inside it would leave its promise
        // pending forever, which is why images are validated before a tensor is made.
        const result = await human.detect(input, pass);
        if (result.error) throw new Error(result.error);
        return result;
      } catch (cause) {
        throw new ExtractorError(ExtractorErrorCode.ModelFailed, `human ${this.version} failed on a ${image.width}×${image.height} image`, { cause });
      } finally {
        input.dispose();
      }
    });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

let shared: SharedHumanEngine | undefined;

/** The process-wide engine. Creating it reads two package.json files; nothing loads until the first image. */
export function humanEngine(): HumanEngine {
  return (shared ??= new SharedHumanEngine(humanPackage()));
}
