export { decodeAudio } from './decode-audio.js';
export { SAMPLE_RATE, type DecodedAudio, type MediaInput, type MediaLimits } from './decoded-audio.js';
export { encodeWav16, assertCompleteWav } from './wav.js';
export { probeMedia, type ProbedMedia, type ProbedStream, type ProbeOptions } from './probe-media.js';
