export { probeVideo, type VideoInfo } from './probe-video.js';
export { extractFrames, type FrameSampling, type VideoFrame } from './extract-frames.js';
export { extractAudioTrack } from './extract-audio-track.js';
export { splitPngStream, type PngImage } from './png-stream.js';
