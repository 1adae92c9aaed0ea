import type { GraphPatchInput } from '../../graph-schema/index.js';
import type { RunContext } from '../base/contract.js';
import type { PatchSource } from '../text/pipeline/index.js';
import { audioPart, findInAudio, type AudioFindings, type AudioPartDeps, type AudioStage } from './audio-part.js';
import type { AudioSamples } from './engines.js';
import { toPatch } from './media-patch.js';
import { timed } from './stage-timings.js';

export interface AudioPipelineDeps extends AudioPartDeps {
  /** Decodes to 16 kHz mono and enforces the byte and duration limits. */
  decode(input: { bytes: Uint8Array; name: string }, context?: RunContext): Promise<AudioSamples>;
}

export interface AudioExtraction {
  patch: GraphPatchInput;
  findings: AudioFindings;
  durationMs: number;
  timings: Partial<Record<AudioStage | 'decode', number>>;
}

/**
 * Recording → graph patch: decode, voice activity, transcript with word
 * timings, the text pipeline on the transcript, voiceprints clustered into
 * speakers. Reads the graph, never writes.
 */
export class AudioPipeline {
  constructor(private readonly deps: AudioPipelineDeps) {}

  async extract(bytes: Uint8Array, source: PatchSource, context: RunContext = {}): Promise<AudioExtraction> {
    const timings: AudioExtraction['timings'] = {};
    context.onStage?.('decode', 0);
    const audio = await timed(timings, 'decode', () => this.deps.decode({ bytes, name: source.name }, context));
    context.onStage?.('transcribe', 0.1);
    const findings = await findInAudio(audio, this.deps.engines, timings, context);
    context.onStage?.('resolve', 0.8);
    const part = await audioPart({ findings, source, idPrefix: source.id }, this.deps, timings, context);
    const language = part.segments.some((s) => s.text) ? { language: 'en' } : {};
    const patch = toPatch(
      { id: source.id, kind: 'audio', name: source.name, mediaType: source.mediaType, contentHash: source.contentHash, bytes: source.bytes, durationMs: Math.round(audio.durationMs), ...language, ...(source.uri ? { uri: source.uri } : {}) },
      part,
    );
    return { patch, findings, durationMs: audio.durationMs, timings };
  }
}
