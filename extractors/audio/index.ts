// Public surface of the audio extractors. Test media generators (flite speech,
// LibriVox clips, silence) live in `test-media.ts`, imported by tests only.
export { decodeAudio, decodeProbedAudio, assertDecodable, assertDurationWithin, describeInput, type ProbedAudioSource } from './decode-audio.js';
export { SAMPLE_RATE, type DecodedAudio, type MediaInput, type MediaLimits } from './decoded-audio.js';
export { encodeWav16, encodePcm16, assertCompleteWav } from './wav.js';
export { probeMedia, type ProbedMedia, type ProbedStream, type ProbeOptions } from './probe-media.js';
export { withMediaFile } from './media-file.js';
export { asMediaError, FFMPEG_PACKAGE } from './ffmpeg-errors.js';
export { VoiceActivityDetector, mergeSegments, type SpeechSegment, type VoiceActivityOptions } from './voice-activity.js';
export { PocketsphinxTranscriber, debianVersion, type PocketsphinxOptions } from './transcribe.js';
export { NeuralTranscriber, WHISPER_FOLDER_FILES, UNSCORED_CONFIDENCE, wordsFromChunks, type NeuralAsrOptions } from './neural-asr.js';
export { transcriptOf, type Transcript, type TranscriptWord } from './transcript.js';
export { isFiller, parsePocketsphinxWords } from './pocketsphinx-output.js';
