export {
  VoiceprintExtractor,
  voiceprintCard,
  VOICEPRINT_METHOD_VERSION,
  MIN_SEGMENT_MS,
  type SpeakerInput,
  type SegmentVoiceprint,
  type VoiceprintExtractorOptions,
} from './speaker-extractor.js';
export {
  computeVoiceprint,
  DEFAULT_VOICEPRINT_DIMENSION,
  MIN_VOICEPRINT_DIMENSION,
  MAX_VOICEPRINT_DIMENSION,
  MIN_VOICED_SECONDS,
  type Voiceprint,
} from './voiceprint.js';
export { clusterVoices } from './cluster-voices.js';
export { CALIBRATED_VOICE_MATCH_THRESHOLD, voiceSimilarity, isSameVoice } from './voice-match.js';
export { mfccFrames, SPEAKER_SAMPLE_RATE, type MfccOptions, type MfccFrames } from './mfcc.js';
export { trainGmm, meanLogLikelihood, type DiagonalGmm, type GmmOptions, type TrainedGmm } from './gmm.js';
export {
  enrolSpeaker,
  trainBackground,
  identifySpeaker,
  identificationFrames,
  DEFAULT_MIN_IDENTIFICATION_SCORE,
  type EnrolledSpeaker,
  type EnrolledSpeakers,
  type Identification,
  type IdentifyOptions,
} from './speaker-model.js';
