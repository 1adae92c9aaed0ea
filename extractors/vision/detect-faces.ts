import type { FaceResult } from '@vladmandic/human';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { l2Normalise } from '../embed/vector-math.js';
import { faceQuality } from './face-quality.js';
import { EngineLease } from './engine-lease.js';
import { humanEngine, type HumanEngine } from './human-engine.js';
import { HUMAN_PACKAGE } from './human-package.js';
import { clampBox, type PixelBox } from './pixel-box.js';
import { assertRgbImage, type RgbImage } from './rgb-image.js';

/** Length of a faceres descriptor; the graph's face vector index must have this dimension (config FACE_EMBEDDING_DIM). */
export const FACE_DESCRIPTOR_DIM = 1024;
const MODEL_NAME = 'human-faceres';

/** A face found in an image. */
export interface FaceDetection {
  /** Clamped inside the image. */
  box: PixelBox;
  /** Confidence that the box holds a face, 0..1: the face mesh's score once the mesh confirmed the face, else the detector's. */
  score: number;
  /** How usable the face is for identification, 0..1; see `faceQuality`. */
  quality: number;
  /** 1024-d, unit length: cosine similarity is a dot product. Compare only descriptors with the same `card.id`. */
  descriptor: number[];
  /** Estimated age in years: rough, and unreliable for turned or greyscale faces (the cameraman gets 9.5). */
  age?: number;
  gender?: 'male' | 'female';
  /** How decided the gender estimate is: 2 × |p − 0.5|, 0 undecided … 1 certain. */
  genderScore?: number;
  /** Head pose in radians (0 = facing the camera), when the mesh gave one. */
  pose?: { yaw: number; pitch: number; roll: number };
}

export interface FaceDetectorOptions {
  /** At most this many faces per image, best first. Default 20. */
  maxFaces?: number;
  /** Faces scoring below this are dropped. Default 0.5. */
  minScore?: number;
  /** Default: the process-wide engine. */
  engine?: HumanEngine;
}

/** Model card for face descriptors: descriptors from different versions must not be compared. */
export function humanFacesCard(version: string = humanEngine().version): ModelCard {
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'faces',
    licence: 'MIT',
    origin: `npm:${HUMAN_PACKAGE}@${version} (blazeface, facemesh, faceres)`,
    engine: 'bundled',
  };
}

function toDetection(face: FaceResult, image: RgbImage): FaceDetection {
  if (face.embedding?.length !== FACE_DESCRIPTOR_DIM) {
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `faceres gave a ${face.embedding?.length ?? 0}-d descriptor, expected ${FACE_DESCRIPTOR_DIM}`);
  }
  const box = clampBox(face.box, image.width, image.height);
  const angle = face.rotation?.angle;
  const detection: FaceDetection = {
    box,
    score: face.score,
    quality: faceQuality({ score: face.score, width: box.w, height: box.h, yaw: angle?.yaw, pitch: angle?.pitch }),
    descriptor: l2Normalise(face.embedding),
  };
  if (face.age !== undefined && face.age > 0) detection.age = face.age;
  if (face.gender === 'male' || face.gender === 'female') {
    detection.gender = face.gender;
    detection.genderScore = face.genderScore ?? 0;
  }
  if (angle) detection.pose = { yaw: angle.yaw, pitch: angle.pitch, roll: angle.roll };
  return detection;
}

/**
 * Faces with identity descriptors, from `@vladmandic/human`: BlazeFace finds
 * faces, the face mesh confirms them and gives the head pose, faceres turns
 * the face crop into a 1024-d descriptor plus age and gender.
 */
export class HumanFaceDetector implements Extractor<RgbImage, FaceDetection[]> {
  readonly task = 'faces';
  readonly modality = 'image';
  readonly card: ModelCard;
  private readonly lease: EngineLease;
  private readonly maxFaces: number;
  private readonly minScore: number;

  constructor(options: FaceDetectorOptions = {}) {
    const engine = options.engine ?? humanEngine();
    this.lease = new EngineLease(engine);
    this.card = humanFacesCard(engine.version);
    this.maxFaces = options.maxFaces ?? 20;
    this.minScore = options.minScore ?? 0.5;
  }

  /** Faces, highest score first. */
  async run(image: RgbImage, context: RunContext = {}): Promise<FaceDetection[]> {
    assertRgbImage(image);
    context.signal?.throwIfAborted();
    const faces = await this.lease.acquire().detectFaces(image, { maxFaces: this.maxFaces, minScore: this.minScore, signal: context.signal });
    return faces
      .filter((face) => face.score >= this.minScore)
      .map((face) => toDetection(face, image))
      .sort((a, b) => b.score - a.score);
  }

  /** Releases this detector's hold on the engine; the last holder unloads the weights. */
  async dispose(): Promise<void> {
    await this.lease.release();
  }
}
