export { humanEngine, HUMAN_MODEL_FILES, type HumanEngine, type FacePassOptions, type ObjectPassOptions } from './human-engine.js';
export { HumanFaceDetector, humanFacesCard, FACE_DESCRIPTOR_DIM, type FaceDetection, type FaceDetectorOptions } from './detect-faces.js';
export { HumanObjectDetector, humanObjectsCard, type ObjectDetection, type ObjectDetectorOptions } from './detect-objects.js';
export { faceSimilarity, isSameFace, clusterFaces, CALIBRATED_FACE_MATCH_THRESHOLD } from './face-match.js';
export { faceQuality, FULL_QUALITY_FACE_PX, type FaceQualityInput } from './face-quality.js';
export { assertRgbImage, type RgbImage } from './rgb-image.js';
export { clampBox, type PixelBox } from './pixel-box.js';
