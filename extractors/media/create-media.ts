import type { MediaConfig } from '../../config/index.js';
import { findNearestBiometrics, type GraphGateway } from '../../graph-schema/index.js';
import { NeuralTranscriber, PocketsphinxTranscriber, VoiceActivityDetector, decodeAudio, type DecodedAudio } from '../audio/index.js';
import { modelId, type ModelCard, type RunContext } from '../base/contract.js';
import { installedPackageVersion } from '../base/package-version.js';
import { chooseEngine } from '../registry.js';
import { createOcr, decodeImage, readExif, type DecodedImage } from '../image/index.js';
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

/** The media engines without the pipelines around them: what `predict` runs and the bench measures. */
export interface MediaExtractors {
  raw: ImageEngines & AudioEngines;
  decodeImage(bytes: Uint8Array, source: { fileName: string; declaredType?: string }): Promise<DecodedImage>;
  decodeAudio(input: { bytes: Uint8Array; name: string }, context?: RunContext): Promise<DecodedAudio>;
  dispose(): Promise<void>;
}

export interface MediaEngines extends MediaPipelines, MediaExtractors {}

async function exifCard(): Promise<ModelCard> {
  const version = await installedPackageVersion('exifr');
  return { id: modelId('exifr', version), name: 'exifr', version, task: 'objects', licence: 'MIT', origin: `npm:exifr@${version}`, engine: 'bundled' };
}

export interface MediaExtractorOptions {
  media: MediaConfig;
  /** Where neural model folders live, and which one (if any) transcribes. */
  models: { dir: string; asr: string | null };
}

/**
 * The engines the registry routes to, with the configured limits. Nothing
 * loads here: every model (human's wasm graphs, PP-OCR, silero VAD) loads on
 * first use and is kept until `dispose`. With `media.biometrics` off, faces
 * and voiceprints are never computed.
 */
export async function createMediaExtractors(options: MediaExtractorOptions): Promise<MediaExtractors> {
  const { media } = options;
  const limits = { maxSeconds: media.maxSeconds, maxBytes: media.maxBytes };
  const ocr = await createOcr(media.ocrEngine);
  const objects = new HumanObjectDetector();
  const faces = media.biometrics ? new HumanFaceDetector() : null;
  const vad = new VoiceActivityDetector();
  const asr = chooseEngine('transcribe', { ner: null, embed: null, asr: options.models.asr });
  const transcribe = asr.engine === 'neural' ? new NeuralTranscriber({ modelsDir: options.models.dir, folder: asr.folder }) : new PocketsphinxTranscriber();
  const speakers = media.biometrics ? new VoiceprintExtractor() : null;
  return {
    raw: { ocr, objects, faces, vad, transcribe, speakers },
    decodeImage: (bytes, source) => decodeImage(bytes, { ...source, maxPixels: media.maxPixels, maxBytes: media.maxBytes }),
    decodeAudio: (input, context) => decodeAudio(input, limits, context),
    async dispose() {
      await Promise.all([ocr.dispose(), objects.dispose(), faces?.dispose(), vad.dispose(), transcribe.dispose(), speakers?.dispose()]);
    },
  };
}

export interface MediaPipelineOptions extends MediaExtractorOptions {
  text: TextPipeline;
  gateway: GraphGateway;
}

/** The extractors wired into the image, audio and video pipelines, which read the graph for identities and entity candidates. */
export async function createMediaPipelines(options: MediaPipelineOptions): Promise<MediaEngines> {
  const { media, text, gateway } = options;
  const extractors = await createMediaExtractors(options);
  const { ocr, objects, faces, vad, transcribe, speakers } = extractors.raw;
  const limits = { maxSeconds: media.maxSeconds, maxBytes: media.maxBytes };
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

  const image = new ImagePipeline({ ...imageDeps, decode: (bytes, source) => extractors.decodeImage(bytes, source), readExif });
  const audio = new AudioPipeline({ ...audioDeps, decode: (input, context) => extractors.decodeAudio(input, context) });
  const video = new VideoPipeline({
    image: imageDeps,
    audio: audioDeps,
    probe: async (input, context) => {
      const info = await probeVideo(input, limits, context);
      return { durationMs: info.durationMs ?? 0, width: info.width, height: info.height, hasAudio: info.hasAudio };
    },
    frames: async (input, context) => {
      const stills = await extractFrames(input, { intervalS: media.frameIntervalS, maxFrames: MAX_VIDEO_FRAMES, maxPixels: media.maxPixels }, limits, context);
      return stills.map((s) => ({ timeMs: s.timeMs, decode: () => extractors.decodeImage(s.png, { fileName: `${input.name}@${s.timeMs}ms` }) }));
    },
    audioTrack: (input, context) => extractAudioTrack(input, limits, context),
  });
  return { ...extractors, image, audio, video };
}
