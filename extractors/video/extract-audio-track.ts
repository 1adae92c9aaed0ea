import type { RunContext } from '../base/contract.js';
import { decodeProbedAudio, type DecodedAudio, type MediaInput, type MediaLimits } from '../audio/index.js';
import { withVideoFile } from './probe-video.js';

/**
 * The video's first audio track, decoded as `decodeAudio` does (mono 16 kHz);
 * null when the video has no audio track. Refuses non-video input as
 * `probeVideo` does.
 */
export function extractAudioTrack(input: MediaInput, limits: MediaLimits, context: RunContext = {}): Promise<DecodedAudio | null> {
  return withVideoFile(input, limits, context, async ({ path, probed, info, name }) =>
    info.hasAudio ? decodeProbedAudio({ path, probed, limits, name }, context) : null,
  );
}
