/**
 * Media extractors on these cores: images per minute and audio real-time
 * factor per extractor, and each extractor's overhead as the ratio of its own
 * `run` to the raw engine call on the same input, in the same run, rounds
 * interleaved so both see the same machine load. Then the whole pipelines
 * (decode → engines → text pipeline → identities, no write) per image and
 * per second of audio.
 *
 *   npm run bench:media -- [--rounds 3] [--quick] [--json]
 *
 * Needs Neo4j (the pipelines look up entity candidates and nearest faces)
 * and the Debian test media (python3-skimage, opencv-doc, pocketsphinx-testdata).
 * Prints figures; asserts nothing (target: every overhead ≤ 1.15×).
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { decodeAudio, type DecodedAudio } from '../extractors/audio/index.js';
import { librivoxClips } from '../extractors/audio/test-media.js';
import { decodeImage, type DecodedImage } from '../extractors/image/index.js';
import { renderTextImage, samplePhoto } from '../extractors/image/test-media.js';
import { createIngestEngines } from '../jobs/create-ingest.js';
import { rawEngines } from './media/raw-engines.js';
import { fixed, median, table } from './report.js';

const TARGET = 1.15;

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const rounds = Math.max(1, Number.parseInt(args.rounds, 10) || 3);

interface Row {
  extractor: string;
  inputs: number;
  /** Median over rounds of the total time over all inputs, ms. */
  runMs: number;
  rawMs: number;
  ratio: number;
  /** Images per minute (image extractors) or real-time factor (audio). */
  throughput: string;
}

async function timeIt(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Alternates the extractor and the raw call over the inputs, `rounds` times; returns median totals. */
async function compare<I>(inputs: readonly I[], run: (input: I) => Promise<unknown>, raw: (input: I) => Promise<unknown>): Promise<{ runMs: number; rawMs: number }> {
  // One warm-up of each loads the models outside the timings.
  if (inputs[0] !== undefined) {
    await run(inputs[0]);
    await raw(inputs[0]);
  }
  const runTotals: number[] = [];
  const rawTotals: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let runMs = 0;
    let rawMs = 0;
    for (const input of inputs) {
      // Alternate which goes first so neither always gets the warmer cache.
      if (r % 2 === 0) {
        runMs += await timeIt(() => run(input));
        rawMs += await timeIt(() => raw(input));
      } else {
        rawMs += await timeIt(() => raw(input));
        runMs += await timeIt(() => run(input));
      }
    }
    runTotals.push(runMs);
    rawTotals.push(rawMs);
  }
  return { runMs: median(runTotals), rawMs: median(rawTotals) };
}

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  const runtime = createRuntime(config, 'bench-media');
  const engines = createIngestEngines(runtime, { embeddings: false });
  const media = await engines.media();
  const raw = await rawEngines();
  const limits = { maxPixels: config.media.maxPixels, maxBytes: config.media.maxBytes };
  try {
    const photoNames = args.quick ? (['astronaut.png', 'coffee.png'] as const) : (['astronaut.png', 'coffee.png', 'motorcycle_left.png', 'chelsea.png', 'messi5.jpg'] as const);
    const imageFiles = [
      ...(await Promise.all(photoNames.map(async (name) => ({ name, bytes: await readFile(samplePhoto(name)) })))),
      { name: 'text-line.png', bytes: await renderTextImage('Angela Merkel visited the Louvre in Paris') },
    ];
    const images: (DecodedImage & { name: string })[] = await Promise.all(imageFiles.map(async (f) => ({ ...(await decodeImage(f.bytes, { fileName: f.name, ...limits })), name: f.name })));
    const clips = (await librivoxClips()).slice(0, args.quick ? 2 : 5);
    const audios: DecodedAudio[] = await Promise.all(clips.map(async (c) => decodeAudio({ bytes: await readFile(c.path), name: c.path }, { maxSeconds: config.media.maxSeconds, maxBytes: config.media.maxBytes })));
    const audioSeconds = audios.reduce((s, a) => s + a.durationMs / 1000, 0);
    const perMinute = (ms: number, n: number) => `${fixed((n * 60_000) / ms, 1)} img/min`;
    const rtf = (ms: number) => `RTF ${fixed(ms / 1000 / audioSeconds, 3)}`;

    const rows: Row[] = [];
    const add = (extractor: string, inputs: number, m: { runMs: number; rawMs: number }, throughput: string) =>
      rows.push({ extractor, inputs, ...m, ratio: m.runMs / m.rawMs, throughput });
    const { ocr, objects, faces, vad, transcribe, speakers } = media.raw;

    const o = await compare(images, (img) => ocr.run(img), (img) => raw.ocr(img));
    add(`ocr ${ocr.card.id}`, images.length, o, perMinute(o.runMs, images.length));
    const ob = await compare(images, (img) => objects.run(img), (img) => raw.objects(img));
    add(`objects ${objects.card.id}`, images.length, ob, perMinute(ob.runMs, images.length));
    if (faces) {
      const f = await compare(images, (img) => faces.run(img), (img) => raw.faces(img));
      add(`faces ${faces.card.id}`, images.length, f, perMinute(f.runMs, images.length));
    }
    const v = await compare(audios, (a) => vad.run(a), (a) => raw.vad(a));
    add(`vad ${vad.card.id}`, audios.length, v, rtf(v.runMs));
    const t = await compare(audios, (a) => transcribe.run(a), (a) => raw.transcribe(a));
    add(`transcribe ${transcribe.card.id}`, audios.length, t, rtf(t.runMs));
    if (speakers) {
      const speech = await Promise.all(audios.map(async (a) => ({ ...a, segments: await vad.run(a) })));
      const s = await compare(speech, (a) => speakers.run(a), (a) => raw.speakers(a));
      add(`speakers ${speakers.card.id}`, audios.length, s, rtf(s.runMs));
    }

    // Whole pipelines: bytes in, patch out (graph reads included, nothing written).
    const source = (name: string, bytes: Uint8Array) => ({ id: `bench-media:${name}`, name, mediaType: 'application/octet-stream', contentHash: '0'.repeat(64), bytes: bytes.length });
    const imagePipelineMs: number[] = [];
    const audioPipelineMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      imagePipelineMs.push(await timeIt(async () => {
        for (const f of imageFiles) await media.image.extract(f.bytes, source(f.name, f.bytes));
      }));
      audioPipelineMs.push(await timeIt(async () => {
        for (const c of clips) {
          const bytes = await readFile(c.path);
          await media.audio.extract(bytes, source(c.path, bytes));
        }
      }));
    }
    const pipelines = [
      ['image pipeline (decode, exif, ocr+text, objects, faces+identities)', String(imageFiles.length), fixed(median(imagePipelineMs), 0), perMinute(median(imagePipelineMs), imageFiles.length)],
      ['audio pipeline (decode, vad, transcribe+text, voiceprints+identities)', String(clips.length), fixed(median(audioPipelineMs), 0), rtf(median(audioPipelineMs))],
    ];

    if (args.json) {
      console.log(JSON.stringify({ rounds, load: loadavg(), audioSeconds, rows, pipelines }, null, 2));
      return;
    }
    console.log(`media bench: ${rounds} round(s), ${images.length} images, ${clips.length} clips (${fixed(audioSeconds, 1)} s of audio); load ${loadavg().map((x) => fixed(x, 1)).join(' ')}`);
    console.log('\nPer extractor: its run() against the raw engine call on the same decoded input (total over the inputs, median of rounds)\n');
    console.log(table(['extractor', 'inputs', 'run ms', 'raw ms', 'ratio', 'target', 'throughput'], rows.map((r) => [r.extractor, String(r.inputs), fixed(r.runMs, 0), fixed(r.rawMs, 0), fixed(r.ratio, 3), r.ratio <= TARGET ? `≤ ${TARGET} met` : `> ${TARGET} missed`, r.throughput]), [5]));
    console.log('\nWhole pipelines (no graph write)\n');
    console.log(table(['pipeline', 'inputs', 'ms', 'throughput'], pipelines));
  } finally {
    await raw.dispose();
    await engines.dispose();
    await runtime.close();
  }
}

await main();
