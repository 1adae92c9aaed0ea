import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { equalErrorThreshold, quantile, shareAtOrAbove } from './calibration-stats.js';
import { CALIBRATION_SENTENCES, librivoxSpeech, speak, speakerOf, voiceLabel, type SyntheticVoice } from './calibration-voices.js';
import { cosineSimilarity } from '../embed/vector-math.js';
import { enrolSpeaker, identificationFrames, identifySpeaker, trainBackground, type EnrolledSpeakers } from './speaker-model.js';
import { backgroundFromSpeakers, cepstralMeans, DEFAULT_VOICEPRINT_DIMENSION, standardiseMeans, type VoiceprintBackground } from './voiceprint.js';

/**
 * Calibrates the voiceprint threshold and the identification score on
 * synthetic voices (and one real LibriVox reader), and prints the tables of
 * README.md. `--write-background` also regenerates voiceprint-background.ts
 * from every voice here.
 *
 *   npx tsx extractors/speakers/calibrate-voices.ts [--write-background]
 *
 * Similarities are measured leave-speakers-out: each pair is standardised
 * against a background computed without both of its speakers, as a voice
 * never heard in calibration would be.
 */

const FLITE: SyntheticVoice[] = (['kal16', 'awb', 'rms', 'slt'] as const).map((voice) => ({ engine: 'flite', voice }));
/** `kal` is `kal16`'s speaker at 8 kHz: only ever compared across the bandwidth change. */
const KAL_8K: SyntheticVoice = { engine: 'flite', voice: 'kal' };
const ESPEAK_EVAL: SyntheticVoice[] = ['m1', 'm3', 'm7', 'f1', 'f3', 'f5', 'klatt'].map((variant) => ({ engine: 'espeak-ng', variant }));
/** Voices only in the background (and, for identification, unknown speakers). */
const ESPEAK_BACKGROUND: SyntheticVoice[] = [
  'adam', 'Alex', 'Andy', 'Annie', 'aunty', 'belinda', 'benjamin', 'boris', 'caleb', 'david', 'ed', 'edward', 'f2', 'f4', 'm2',
  'm4', 'm5', 'm6', 'grandpa', 'iven', 'john', 'linda', 'max', 'Michael', 'paul', 'quincy', 'rob', 'robert', 'steph', 'zac',
].map((variant) => ({ engine: 'espeak-ng', variant }));
const LIBRIVOX = 'LibriVox reader';
const ENROL_SENTENCES = 5;
const ENROL_LIBRIVOX_CLIPS = 2;
const CROP_SECONDS = [1, 2] as const;

interface Clip {
  /** Voice as synthesised (`flite kal` and `flite kal16` differ here). */
  label: string;
  speaker: string;
  engine: 'flite' | 'espeak-ng' | 'librivox';
  index: number;
  samples: Float32Array;
}

const print = (line = '') => process.stdout.write(`${line}\n`);
const fixed = (x: number, digits = 3) => (Number.isNaN(x) ? '–' : x.toFixed(digits));

async function synthesiseCorpus(): Promise<Clip[]> {
  const voices = [...FLITE, KAL_8K, ...ESPEAK_EVAL, ...ESPEAK_BACKGROUND];
  const jobs = voices.flatMap((voice) => CALIBRATION_SENTENCES.map((text, index) => ({ voice, text, index })));
  const clips: Clip[] = [];
  // Two at a time: synthesis and decoding are child processes on a two-core machine.
  for (let i = 0; i < jobs.length; i += 2) {
    const batch = jobs.slice(i, i + 2);
    const samples = await Promise.all(batch.map((job) => speak(job.text, job.voice)));
    batch.forEach((job, k) => clips.push({ label: voiceLabel(job.voice), speaker: speakerOf(job.voice), engine: job.voice.engine, index: job.index, samples: samples[k]! }));
  }
  for (const [index, clip] of (await librivoxSpeech()).entries()) clips.push({ label: LIBRIVOX, speaker: LIBRIVOX, engine: 'librivox', index, samples: clip.samples });
  return clips;
}

const isBackgroundOnly = (clip: Clip) => ESPEAK_BACKGROUND.some((v) => voiceLabel(v) === clip.label);

function middle(samples: Float32Array, seconds: number): Float32Array {
  const length = Math.min(samples.length, seconds * 16_000);
  const start = Math.floor((samples.length - length) / 2);
  return samples.subarray(start, start + length);
}

/** Grouped by voice as synthesised, so a background never mixes kal's 8 kHz channel into kal16's spread. */
function backgroundWithout(clips: readonly Clip[], means: readonly number[][], speakers: ReadonlySet<string>): VoiceprintBackground {
  const byVoice = new Map<string, number[][]>();
  clips.forEach((clip, i) => {
    if (speakers.has(clip.speaker)) return;
    byVoice.set(clip.label, [...(byVoice.get(clip.label) ?? []), means[i]!]);
  });
  return backgroundFromSpeakers(byVoice);
}

type Condition = string;
function conditionOf(a: Clip, b: Clip): { genuine: boolean; condition: Condition } {
  if (a.speaker === b.speaker) {
    if (a.label !== b.label) return { genuine: true, condition: 'same speaker, kal (8 kHz) vs kal16 (16 kHz)' };
    if (a.engine === 'librivox') return { genuine: true, condition: 'same voice, other passage: LibriVox reader (real)' };
    return { genuine: true, condition: `same voice, other sentence: ${a.engine}` };
  }
  const engines = [a.engine, b.engine].sort().join(' vs ');
  return { genuine: false, condition: `different voices: ${engines.includes('librivox') ? 'LibriVox vs synthetic' : engines}` };
}

function similarityPairs(clips: readonly Clip[], means: readonly number[][]): Map<Condition, { genuine: boolean; values: number[] }> {
  const backgrounds = new Map<string, VoiceprintBackground>();
  const out = new Map<Condition, { genuine: boolean; values: number[] }>();
  const evaluated = clips.map((clip, i) => ({ clip, i })).filter(({ clip }) => !isBackgroundOnly(clip));
  for (let x = 0; x < evaluated.length; x++) {
    for (let y = x + 1; y < evaluated.length; y++) {
      const a = evaluated[x]!;
      const b = evaluated[y]!;
      // The same sentence by the same voice is not a test of anything.
      if (a.clip.label === b.clip.label && a.clip.index === b.clip.index) continue;
      const key = [a.clip.speaker, b.clip.speaker].sort().join('|');
      let background = backgrounds.get(key);
      if (!background) {
        background = backgroundWithout(clips, means, new Set([a.clip.speaker, b.clip.speaker]));
        backgrounds.set(key, background);
      }
      const similarity = cosineSimilarity(
        standardiseMeans(means[a.i]!, DEFAULT_VOICEPRINT_DIMENSION, background),
        standardiseMeans(means[b.i]!, DEFAULT_VOICEPRINT_DIMENSION, background),
      );
      const { genuine, condition } = conditionOf(a.clip, b.clip);
      const entry = out.get(condition) ?? { genuine, values: [] };
      entry.values.push(similarity);
      out.set(condition, entry);
    }
  }
  return out;
}

const isSameChannelGenuine = (condition: Condition) => condition.startsWith('same voice');

function printSimilarityTable(pairs: Map<Condition, { genuine: boolean; values: number[] }>, threshold: number): void {
  print(`| pairs (${DEFAULT_VOICEPRINT_DIMENSION}-d voiceprints, whole sentences) | n | min | 5 % | median | 95 % | max | ≥ ${threshold} |`);
  print('|---|---|---|---|---|---|---|---|');
  const rows = [...pairs].sort(([a, x], [b, y]) => Number(y.genuine) - Number(x.genuine) || a.localeCompare(b));
  for (const [condition, { values }] of rows) {
    const cells = [values.length, ...[0, 0.05, 0.5, 0.95, 1].map((q) => fixed(quantile(values, q))), `${(shareAtOrAbove(values, threshold) * 100).toFixed(1)} %`];
    print(`| ${condition} | ${cells.join(' | ')} |`);
  }
}

function splitPairs(pairs: Map<Condition, { genuine: boolean; values: number[] }>): { genuine: number[]; impostor: number[] } {
  const genuine = [...pairs].filter(([c]) => isSameChannelGenuine(c)).flatMap(([, p]) => p.values);
  const impostor = [...pairs].filter(([, p]) => !p.genuine).flatMap(([, p]) => p.values);
  return { genuine, impostor };
}

/** Config's VOICE_MATCH_THRESHOLD default when this was written, for comparison. */
const CONFIG_DEFAULT_THRESHOLD = 0.8;

function calibrateVoiceprints(clips: readonly Clip[], means: readonly number[][], elapsed: number): number {
  const audioSeconds = clips.reduce((sum, c) => sum + c.samples.length / 16_000, 0);
  print(`Voiceprint analysis: ${fixed(elapsed / audioSeconds, 1)} ms per second of audio (${clips.length} clips, ${audioSeconds.toFixed(0)} s).`);

  const pairs = similarityPairs(clips, means);
  const { genuine, impostor } = splitPairs(pairs);
  const eer = equalErrorThreshold(genuine, impostor);
  print(`\nEqual-error threshold (same-channel genuine vs all impostor pairs): ${eer.threshold} — ${fixed(eer.falseRejects * 100, 1)} % genuine rejected, ${fixed(eer.falseAccepts * 100, 1)} % impostors accepted.\n`);
  print(`At config's default ${CONFIG_DEFAULT_THRESHOLD}: ${fixed((1 - shareAtOrAbove(genuine, CONFIG_DEFAULT_THRESHOLD)) * 100, 1)} % genuine rejected, ${fixed(shareAtOrAbove(impostor, CONFIG_DEFAULT_THRESHOLD) * 100, 1)} % impostors accepted.\n`);
  printSimilarityTable(pairs, eer.threshold);

  print('\n| speech per voiceprint | equal-error threshold | genuine rejected | impostors accepted | at the chosen threshold: rejected / accepted |');
  print('|---|---|---|---|---|');
  for (const seconds of CROP_SECONDS) {
    const cropped = clips.map((clip, i) => (isBackgroundOnly(clip) ? means[i]! : cepstralMeans(middle(clip.samples, seconds)).means));
    const split = splitPairs(similarityPairs(clips, cropped));
    const e = equalErrorThreshold(split.genuine, split.impostor);
    const atChosen = `${fixed((1 - shareAtOrAbove(split.genuine, eer.threshold)) * 100, 1)} % / ${fixed(shareAtOrAbove(split.impostor, eer.threshold) * 100, 1)} %`;
    print(`| middle ${seconds} s of each sentence | ${e.threshold} | ${fixed(e.falseRejects * 100, 1)} % | ${fixed(e.falseAccepts * 100, 1)} % | ${atChosen} |`);
  }
  print(`| whole sentence (2.5–5 s) | ${eer.threshold} | ${fixed(eer.falseRejects * 100, 1)} % | ${fixed(eer.falseAccepts * 100, 1)} % | same |`);
  return eer.threshold;
}

function calibrateIdentification(clips: readonly Clip[]): void {
  const started = performance.now();
  const frames = clips.map((clip) => identificationFrames(clip.samples));
  const featureMs = performance.now() - started;
  const audioSeconds = clips.reduce((sum, c) => sum + c.samples.length / 16_000, 0);
  const isEnrolment = (clip: Clip) => clip.index < (clip.engine === 'librivox' ? ENROL_LIBRIVOX_CLIPS : ENROL_SENTENCES);
  const enrolledLabels = [...FLITE, ...ESPEAK_EVAL].map(voiceLabel).concat(LIBRIVOX);
  const backgroundLabels = new Set(ESPEAK_BACKGROUND.filter((_, i) => i % 2 === 0).map(voiceLabel));
  const framesOf = (keep: (clip: Clip) => boolean) => clips.flatMap((clip, i) => (keep(clip) ? frames[i]! : []));

  const enrolStarted = performance.now();
  const speakers = enrolledLabels.map((label) => enrolSpeaker(label, framesOf((c) => c.label === label && isEnrolment(c))));
  const enrolMs = (performance.now() - enrolStarted) / speakers.length;
  // Every second frame: the background needs the spread of many voices, not every frame of them.
  const background = trainBackground(framesOf((c) => backgroundLabels.has(c.label) && isEnrolment(c)).filter((_, i) => i % 2 === 0));
  const enrolled: EnrolledSpeakers = { speakers, background };

  const tests = clips.map((clip, i) => ({ clip, frames: frames[i]! })).filter(({ clip }) => !isEnrolment(clip));
  const identifyStarted = performance.now();
  const known = tests.filter(({ clip }) => enrolledLabels.includes(clip.label)).map(({ clip, frames: f }) => ({ clip, result: identifySpeaker(f, enrolled) }));
  const identifyMs = (performance.now() - identifyStarted) / Math.max(1, known.length);
  const kal = tests.filter(({ clip }) => clip.label === voiceLabel(KAL_8K)).map(({ frames: f }) => identifySpeaker(f, enrolled));
  const unknown = tests.filter(({ clip }) => isBackgroundOnly(clip) && !backgroundLabels.has(clip.label)).map(({ frames: f }) => identifySpeaker(f, enrolled));

  const right = known.filter(({ clip, result }) => result.bestCandidate === clip.label);
  const wrong = known.filter(({ clip, result }) => result.bestCandidate !== clip.label).map(({ clip, result }) => `${clip.label} → ${result.bestCandidate}`);
  const eer = equalErrorThreshold(
    right.map((r) => r.result.score),
    unknown.map((u) => u.score),
    { from: -10, to: 20, step: 0.1 },
  );
  print(`\nIdentification: ${speakers.length} enrolled speakers (${ENROL_SENTENCES} sentences each; LibriVox ${ENROL_LIBRIVOX_CLIPS} clips), background of ${backgroundLabels.size} other espeak-ng voices.`);
  print(`| test | n | result |`);
  print('|---|---|---|');
  print(`| held-out sentences of enrolled voices, closed set | ${known.length} | ${right.length} right (${fixed((right.length / known.length) * 100, 1)} %)${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''} |`);
  print(`| kal (8 kHz) against the kal16 enrolment | ${kal.length} | ${kal.filter((r) => r.bestCandidate === 'flite kal16').length} identified as kal16 |`);
  print(`| score: enrolled voices (right answers) | ${right.length} | min ${fixed(quantile(right.map((r) => r.result.score), 0), 2)}, 5 % ${fixed(quantile(right.map((r) => r.result.score), 0.05), 2)}, median ${fixed(quantile(right.map((r) => r.result.score), 0.5), 2)} |`);
  print(`| score: ${ESPEAK_BACKGROUND.length - backgroundLabels.size} unknown espeak-ng voices | ${unknown.length} | median ${fixed(quantile(unknown.map((u) => u.score), 0.5), 2)}, 95 % ${fixed(quantile(unknown.map((u) => u.score), 0.95), 2)}, max ${fixed(quantile(unknown.map((u) => u.score), 1), 2)} |`);
  print(`| equal-error score threshold | | ${eer.threshold}: ${fixed(eer.falseRejects * 100, 1)} % of enrolled rejected, ${fixed(eer.falseAccepts * 100, 1)} % of unknown accepted |`);
  print(`\nIdentification timings: features ${fixed(featureMs / audioSeconds, 1)} ms per audio second; enrolment ${enrolMs.toFixed(0)} ms per speaker; identification ${identifyMs.toFixed(1)} ms per clip against ${speakers.length} speakers.`);
}

async function writeBackground(clips: readonly Clip[], means: readonly number[][]): Promise<void> {
  const byVoice = new Map<string, number[][]>();
  clips.forEach((clip, i) => byVoice.set(clip.label, [...(byVoice.get(clip.label) ?? []), means[i]!]));
  const background = backgroundFromSpeakers(byVoice);
  const list = (values: readonly number[]) => {
    const rounded = values.map((v) => String(Number(v.toPrecision(6))));
    const lines = Array.from({ length: Math.ceil(rounded.length / 10) }, (_, i) => `    ${rounded.slice(i * 10, i * 10 + 10).join(', ')},`);
    return `\n${lines.join('\n')}\n  `;
  };
  const source = `// Generated by calibrate-voices.ts --write-background from ${byVoice.size} voices × their clips: do not edit.
/** Background statistics of the voiceprint (see voiceprint.ts): mean and within-speaker scale of each cepstral mean. */
export const VOICEPRINT_BACKGROUND = {
  mean: [${list(background.mean)}],
  scale: [${list(background.scale)}],
} as const;
`;
  await writeFile(fileURLToPath(new URL('./voiceprint-background.ts', import.meta.url)), source);
  print(`Wrote voiceprint-background.ts from ${byVoice.size} voices.`);
}

async function main(): Promise<void> {
  const clips = await synthesiseCorpus();
  print(`${clips.length} clips from ${new Set(clips.map((c) => c.label)).size} voices.`);
  const started = performance.now();
  const means = clips.map((clip) => cepstralMeans(clip.samples).means);
  const elapsed = performance.now() - started;
  if (process.argv.includes('--write-background')) await writeBackground(clips, means);
  calibrateVoiceprints(clips, means, elapsed);
  calibrateIdentification(clips);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
