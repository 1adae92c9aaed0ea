import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { EngineLease } from './engine-lease.js';
import { humanEngine, type HumanEngine } from './human-engine.js';
import { HUMAN_PACKAGE } from './human-package.js';
import { clampBox, type PixelBox } from './pixel-box.js';
import { assertRgbImage, type RgbImage } from './rgb-image.js';

const MODEL_NAME = 'human-centernet';

/** An object found in an image. */
export interface ObjectDetection {
  /** COCO class name, one of 80 (`person`, `car`, `cup`, …). */
  label: string;
  /** Detection confidence, 0..1. CenterNet is cautious: correct detections often score 0.4–0.6. */
  score: number;
  /** Clamped inside the image. */
  box: PixelBox;
}

export interface ObjectDetectorOptions {
  /** Detections scoring below this are dropped. Default 0.3. */
  minScore?: number;
  /** At most this many detections per image, best first. Default 20. */
  maxObjects?: number;
  /** Default: the process-wide engine. */
  engine?: HumanEngine;
}

export function humanObjectsCard(version: string = humanEngine().version): ModelCard {
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'objects',
    licence: 'MIT',
    origin: `npm:${HUMAN_PACKAGE}@${version} (centernet, COCO classes)`,
    engine: 'bundled',
  };
}

/** COCO objects from human's CenterNet model. */
export class HumanObjectDetector implements Extractor<RgbImage, ObjectDetection[]> {
  readonly task = 'objects';
  readonly modality = 'image';
  readonly card: ModelCard;
  private readonly lease: EngineLease;
  private readonly minScore: number;
  private readonly maxObjects: number;

  constructor(options: ObjectDetectorOptions = {}) {
    const engine = options.engine ?? humanEngine();
    this.lease = new EngineLease(engine);
    this.card = humanObjectsCard(engine.version);
    this.minScore = options.minScore ?? 0.3;
    this.maxObjects = options.maxObjects ?? 20;
  }

  /** Detections, highest score first. */
  async run(image: RgbImage, context: RunContext = {}): Promise<ObjectDetection[]> {
    assertRgbImage(image);
    context.signal?.throwIfAborted();
    const objects = await this.lease.acquire().detectObjects(image, { maxObjects: this.maxObjects, minScore: this.minScore, signal: context.signal });
    return objects
      .filter((object) => object.score >= this.minScore)
      .map((object) => ({ label: object.label, score: object.score, box: clampBox(object.box, image.width, image.height) }))
      .sort((a, b) => b.score - a.score);
  }

  /** Releases this detector's hold on the engine; the last holder unloads the weights. */
  async dispose(): Promise<void> {
    await this.lease.release();
  }
}
