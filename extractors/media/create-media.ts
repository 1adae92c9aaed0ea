import type { MediaConfig } from '../../config/index.js';
import { findNearestBiometrics, type GraphGateway } from '../../graph-schema/index.js';
import { PocketsphinxTranscriber, VoiceActivityDetector, decodeAudio } from '../audio/index.js';
import { modelId, type ModelCard } from '../base/contract.js';
import { installedPackageVersion } from '../base/package-version.js';
import { createOcr, decodeImage, readExif } from '../image/index.js';
import { VoiceprintExtractor, clusterVoices } from '../speakers/index.js';
import type { TextPipeline } from '../text/pipeline/index.js';
import { extractAudioTrack, extractFrames, probeVideo } from '../video/index.js';
import { HumanFaceDetector, HumanObjectDetector, clusterFaces } from '../vision/index.js';
import { AudioPipeline } from './audio-pipeline.js';
import type { AudioEngines } from './audio-part.js';
import type { FindNearest } from './identities.js';
import type { ImageEngines } from './image-part.js';
import { ImagePipeline } from './image-pipeline.js';
import { VideoPipeline } from './video-pipeline.js';
import type { MediaPipelines } from './index.js';

/** How many stored faces or voices a new one is compared with. */
const NEAREST_K = 10;
/** A video contributes at most this many frames (with the default 5 s interval: 25 minutes). */
const MAX_VIDEO_FRAMES = 300;

export interface MediaEngines extends MediaPipelines {
  image: ImagePipeline;
  audio: AudioPipeline;
  video: VideoPipeline;
  /** The engines themselves, for `predict` and the bench's raw-engine baselines. */
  raw: ImageEngines & AudioEngines;
  dispose(): Promise<void>;
}

async function exifCard(): Promise<ModelCard> {
  const version = await installedPackageVersion('exifr');
  return { id: modelId('exifr', version), name: 'exifr', version, task: 'objects', licence: 'MIT', origin: `npm:exifr@${version}`, engine: 'bundled' };
}

/**
 * Wires the media engines to the pipelines. Nothing loads here: every model
 * (human's wasm graphs, PP-OCR, silero VAD) loads on first use and is kept
 * until `dispose`. With `media.biometrics` off, faces and voiceprints are
 * never computed, let alone stored.
 */
export async function createMediaPipelines(options: { media: MediaConfig; text: TextPipeline; gateway: GraphGateway }): Promise<MediaEngines> {
  const { media, text, gateway } = options;
  const limits = { maxSeconds: media.maxSeconds, maxBytes: media.maxBytes };
  const ocr = await createOcr(media.ocrEngine);
  const objects = new HumanObjectDetector();
  const faces = media.biometrics ? new HumanFaceDetector() : null;
  const vad = new VoiceActivityDetector();
  const transcribe = new PocketsphinxTranscriber();
  const speakers = media.biometrics ? new VoiceprintExtractor() : null;
  const findNearest: FindNearest = (kind, embedding) => findNearestBiometrics(gateway, kind, embedding, { k: NEAREST_K, minSimilarity: kind === 'face' ? media.faceMatchThreshold : media.voiceMatchThreshold });

  const imageDeps = {
    engines: { ocr, objects, faces },
    text,
    findNearest,
    clusterFaces,
    faceThreshold: media.faceMatchThreshold,
    exifCard: await exifCard(),
  };
  const audioDeps = { engines: { vad, transcribe, speakers }, text, findNearest, clusterVoices, voiceThreshold: media.voiceMatchThreshold };

  const image = new ImagePipeline({
    ...imageDeps,
    decode: (bytes, source) => decodeImage(bytes, { ...source, maxPixels: media.maxPixels, maxBytes: media.maxBytes }),
    readExif,
  });
  const audio = new AudioPipeline({ ...audioDeps, decode: (input, context) => decodeAudio(input, limits, context) });
  const video = new VideoPipeline({
    image: imageDeps,
    audio: audioDeps,
    probe: async (input, context) => {
      const info = await probeVideo(input, limits, context);
      return { durationMs: info.durationMs ?? 0, width: info.width, height: info.height, hasAudio: info.hasAudio };
    },
    frames: async (input, context) => {
      const stills = await extractFrames(input, { intervalS: media.frameIntervalS, maxFrames: MAX_VIDEO_FRAMES, maxPixels: media.maxPixels }, limits, context);
      return stills.map((s) => ({ timeMs: s.timeMs, decode: () => decodeImage(s.png, { fileName: `${input.name}@${s.timeMs}ms`, maxPixels: media.maxPixels, maxBytes: media.maxBytes }) }));
    },
    audioTrack: (input, context) => extractAudioTrack(input, limits, context),
  });

  return {
    image,
    audio,
    video,
    raw: { ocr, objects, faces, vad, transcribe, speakers },
    async dispose() {
      await Promise.all([ocr.dispose(), objects.dispose(), faces?.dispose(), vad.dispose(), transcribe.dispose(), speakers?.dispose()]);
    },
  };
}
