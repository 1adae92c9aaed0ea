export { detectMediaKind, assertNameMatchesContent, type MediaKind } from './media-kind.js';
export { ImagePipeline, type ImagePipelineDeps, type ImageExtraction } from './image-pipeline.js';
export { AudioPipeline, type AudioPipelineDeps, type AudioExtraction } from './audio-pipeline.js';
export { VideoPipeline, type VideoPipelineDeps, type VideoExtraction } from './video-pipeline.js';
export { assignIdentities, newIdentityId, type FindNearest, type StoredMatch } from './identities.js';
export type { ImageEngines, ImageFindings } from './image-part.js';
export type { AudioEngines, AudioFindings } from './audio-part.js';
export type * from './engines.js';

import type { AudioPipeline } from './audio-pipeline.js';
import type { ImagePipeline } from './image-pipeline.js';
import type { VideoPipeline } from './video-pipeline.js';

export interface MediaPipelines {
  image: ImagePipeline;
  audio: AudioPipeline;
  video: VideoPipeline;
}
