import type { RunContext } from '../base/contract.js';
import { truecase } from '../text/ner/index.js';
import type { PatchSource, TextPipeline } from '../text/pipeline/index.js';
import type { AudioSamples, ClusterFn, Engine, FoundVoiceprint, FoundWords, TimeRange } from './engines.js';
import { assignIdentities, type FindNearest } from './identities.js';
import { emptyPart, mergeParts, modelVersion, partFromTextPatch, type PatchPart, type Segment } from './media-patch.js';
import { timed } from './stage-timings.js';
import { joinPieces, locateTextInMedia, type TextPiece, type TimedWord } from './text-in-media.js';

export interface AudioEngines {
  vad: Engine<AudioSamples, TimeRange[]>;
  transcribe: Engine<AudioSamples, FoundWords>;
  /** Null when biometric extraction is switched off. */
  speakers: Engine<AudioSamples & { segments: TimeRange[] }, FoundVoiceprint[]> | null;
}

export interface AudioPartDeps {
  engines: AudioEngines;
  text: TextPipeline;
  findNearest: FindNearest;
  clusterVoices: ClusterFn;
  voiceThreshold: number;
}

export type AudioStage = 'vad' | 'transcribe' | 'speakers' | 'text' | 'identities';

export interface AudioFindings {
  /** The recogniser's language, when it has only one (pocketsphinx en-us). */
  language?: string;
  speech: TimeRange[];
  words: FoundWords['words'];
  voiceprints: FoundVoiceprint[];
}


/** Voice activity, then the transcript and the voiceprints of the speech found. */
export async function findInAudio(audio: AudioSamples, engines: AudioEngines, timings: Partial<Record<AudioStage, number>>, context: RunContext = {}): Promise<AudioFindings> {
  const speech = await timed(timings, 'vad', () => engines.vad.run(audio, context));
  if (speech.length === 0) return { speech, words: [], voiceprints: [] };
  const transcript = await timed(timings, 'transcribe', () => engines.transcribe.run(audio, context));
  const speakers = engines.speakers;
  const voiceprints = speakers ? await timed(timings, 'speakers', () => speakers.run({ ...audio, segments: speech }, context)) : [];
  context.signal?.throwIfAborted();
  return { speech, words: transcript.words, voiceprints, ...(transcript.language ? { language: transcript.language } : {}) };
}

/** Each word goes to the speech segment holding its midpoint, or the nearest one (VAD and recogniser disagree at the edges). */
export function wordsBySegment(speech: readonly TimeRange[], words: readonly TimedWord[]): TimedWord[][] {
  const out: TimedWord[][] = speech.map(() => []);
  for (const w of words) {
    const mid = (w.startMs + w.endMs) / 2;
    let best = 0;
    let bestDistance = Infinity;
    speech.forEach((s, i) => {
      const distance = mid < s.startMs ? s.startMs - mid : mid > s.endMs ? mid - s.endMs : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    out[best]?.push(w);
  }
  return out;
}

export interface AudioPartInput {
  findings: AudioFindings;
  source: PatchSource;
  idPrefix: string;
}

/**
 * A recording's findings as graph facts: one time segment per stretch of
 * speech holding its transcript, which goes through the text pipeline (so
 * mentions keep their words' time ranges), and the voiceprint of that
 * stretch as a Voice whose identity is the speaker.
 */
export async function audioPart(input: AudioPartInput, deps: AudioPartDeps, timings: Partial<Record<AudioStage, number>>, context: RunContext = {}): Promise<PatchPart> {
  const { findings, idPrefix } = input;
  const segmentOf = (i: number): Segment => {
    const s = findings.speech[i] as TimeRange;
    return { id: `${idPrefix}#t${i}`, kind: 'time', index: 0, startMs: Math.round(s.startMs), endMs: Math.round(s.endMs) };
  };
  const grouped = wordsBySegment(findings.speech, findings.words);
  const pieces: TextPiece[] = [];
  const silent: Segment[] = [];
  grouped.forEach((words, i) => {
    if (words.length === 0) silent.push(segmentOf(i));
    // Recognisers write lower case; names need their capitals back before entity recognition (same length, so offsets hold).
    else pieces.push({ text: truecase(words.map((w) => w.word).join(' ')), segment: segmentOf(i), words });
  });

  const parts: PatchPart[] = [];
  const transcribeCard = modelVersion(deps.engines.transcribe.card);
  const vadCard = modelVersion(deps.engines.vad.card);
  if (pieces.length > 0) {
    const joined = joinPieces(pieces);
    const extraction = await timed(timings, 'text', () => deps.text.extract({ text: joined.text, ...(input.findings.language ? { language: input.findings.language } : {}) }, { ...input.source, id: idPrefix }, context));
    const textPart = partFromTextPatch(locateTextInMedia(extraction.patch, pieces, joined));
    parts.push({ ...textPart, models: [...textPart.models, transcribeCard, vadCard] });
  }
  parts.push({ ...emptyPart(), segments: silent, models: [vadCard] });

  const speakers = deps.engines.speakers;
  if (speakers && findings.voiceprints.length > 0) {
    parts.push(await timed(timings, 'identities', () => voicesPart(findings, { idPrefix, card: speakers.card }, deps)));
  }
  return mergeParts(parts);
}

async function voicesPart(findings: AudioFindings, at: { idPrefix: string; card: { id: string; name: string; version: string; task: string } }, deps: AudioPartDeps): Promise<PatchPart> {
  const part = emptyPart();
  part.models.push(modelVersion(at.card));
  const located = findings.voiceprints.flatMap((v) => {
    const i = findings.speech.findIndex((s) => Math.abs(s.startMs - v.startMs) < 1 && Math.abs(s.endMs - v.endMs) < 1);
    return i < 0 ? [] : [{ id: `${at.idPrefix}#voice${i}`, segmentId: `${at.idPrefix}#t${i}`, print: v }];
  });
  const identities = await assignIdentities(
    located.map((l) => ({ id: l.id, embedding: l.print.voiceprint })),
    { kind: 'voice', threshold: deps.voiceThreshold, cluster: deps.clusterVoices, findNearest: deps.findNearest },
  );
  for (const l of located) {
    part.voices.push({
      id: l.id,
      segmentId: l.segmentId,
      embedding: l.print.voiceprint,
      confidence: l.print.quality,
      quality: l.print.quality,
      model: at.card.id,
      identityId: identities.get(l.id),
    });
  }
  return part;
}
