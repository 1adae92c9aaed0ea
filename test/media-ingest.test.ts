import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegTransform, synthesizeSpeech } from '../extractors/audio/test-media.js';
import { captionedPhoto, jpegWithExif, pixelBombPng, samplePhoto } from '../extractors/image/test-media.js';
import { createIngestEngines, type IngestEngines } from '../jobs/create-ingest.js';
import { sourceIdForPath, type IngestJob, type IngestJobResult } from '../jobs/index.js';
import { deleteAfterFile, namespace, useGraph } from './support/graph.js';

/**
 * Images, recordings and a video through the real ingest function, the real
 * engines (human on wasm, PP-OCR, silero VAD, pocketsphinx, MFCC voiceprints)
 * and the real Neo4j. Each test's files live in their own folder, so source
 * ids are the test's own; entities and identities are global, so checks
 * start from this test's sources.
 */

const runtime = useGraph();
let engines: IngestEngines;
let dir: string;
const MODEL_WARMUP_MS = 300_000;

beforeAll(async () => {
  engines = createIngestEngines(runtime, { embeddings: false });
  dir = await mkdtemp(join(tmpdir(), 'kg-media-'));
}, MODEL_WARMUP_MS);
afterAll(() => engines.dispose());

async function ingest(name: string, bytes: Uint8Array): Promise<IngestJobResult & { stages: string[] }> {
  const path = join(dir, `${namespace('m')}-${name}`);
  await writeFile(path, bytes);
  const job: IngestJob = { path, name, sourceId: sourceIdForPath(path) };
  deleteAfterFile(job.sourceId);
  const stages: string[] = [];
  const result = await engines.ingest(job, { progress: (p) => Promise.resolve(void stages.push(p.detail ? `${p.stage} ${p.detail}` : p.stage)) });
  return { ...result, stages };
}

async function rows<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return runtime.gateway.executeRead(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T));
}

describe('media ingestion into the graph', () => {
  it('an image: printed names link to the same entities as text, objects become concepts, the face gets an identity', async () => {
    // A face no other test stores, so its identity (and any label on it) is this test's own.
    const photo = await captionedPhoto('webcam.jpg', 'Ada Lovelace visited London', { fontSize: 28, left: 40, top: 430 });
    const result = await ingest('webcam-caption.jpg', photo.jpeg);
    expect(result).toMatchObject({ kind: 'image', outcome: 'created' });
    expect(result.faces).toBe(1);

    const mentions = await rows<{ name: string; type: string; kind: string; y: number; model: string }>(
      `MATCH (:Source {id: $id})-[:HAS_SEGMENT]->(seg)-[m:MENTIONS]->(e) RETURN e.name AS name, e.type AS type, seg.kind AS kind, seg.y AS y, m.model AS model`,
      { id: result.sourceId },
    );
    const person = mentions.find((m) => m.name === 'Ada Lovelace');
    // Found by OCR, recognised by the text pipeline, located by the OCR line's box on the label.
    expect(person).toMatchObject({ type: 'Person', kind: 'region' });
    expect(person?.y).toBeGreaterThanOrEqual(photo.label.y - 10);
    expect(mentions.find((m) => m.name === 'London')).toMatchObject({ type: 'Location' });
    expect(mentions.some((m) => m.type === 'Concept' && m.model.startsWith('human-'))).toBe(true);

    const face = await rows<{ identity: string; person: string | null; w: number }>(
      `MATCH (:Source {id: $id})-[:HAS_SEGMENT]->(seg)-[:HAS_FACE]->(f)-[:OF_IDENTITY]->(i)
       OPTIONAL MATCH (i)-[:IDENTIFIED_AS]->(p) RETURN i.id AS identity, p.name AS person, seg.w AS w`,
      { id: result.sourceId },
    );
    expect(face).toHaveLength(1);
    // Exactly one face and exactly one person named in the picture: the identity is linked to her.
    expect(face[0]?.person).toBe('Ada Lovelace');
    expect(face[0]?.w).toBeGreaterThan(50);
  }, MODEL_WARMUP_MS);

  it('the same face in another picture joins the same identity; another person does not', async () => {
    const original = await readFile(samplePhoto('astronaut.png'));
    const mirrored = await sharp(original).flop().png().toBuffer();
    const first = await ingest('astronaut.png', original);
    const second = await ingest('astronaut-mirrored.png', mirrored);
    const cameraman = await ingest('camera.png', await sharp(await readFile(samplePhoto('camera.png'))).toColourspace('srgb').png().toBuffer());
    const identityOf = async (sourceId: string) =>
      (await rows<{ i: string }>(`MATCH (:Source {id: $id})-[:HAS_SEGMENT]->()-[:HAS_FACE]->()-[:OF_IDENTITY]->(i) RETURN i.id AS i`, { id: sourceId })).map((r) => r.i);
    const [a] = await identityOf(first.sourceId);
    expect(a).toBeDefined();
    expect(await identityOf(second.sourceId)).toEqual([a]);
    const others = await identityOf(cameraman.sourceId);
    expect(others.length).toBeGreaterThan(0);
    expect(others).not.toContain(a);
  }, MODEL_WARMUP_MS);

  it('a recording: transcript segments with times, mentions with the time of their words, a speaker voice', async () => {
    const wav = await synthesizeSpeech('Angela Merkel met Barack Obama in Berlin yesterday.', 'kal16');
    const result = await ingest('meeting.wav', wav);
    expect(result).toMatchObject({ kind: 'audio', outcome: 'created' });
    expect(result.durationMs).toBeGreaterThan(1000);
    const said = await rows<{ text: string; startMs: number; endMs: number }>(
      `MATCH (:Source {id: $id})-[:HAS_SEGMENT]->(seg {kind: 'time'}) WHERE seg.text IS NOT NULL RETURN seg.text AS text, seg.startMs AS startMs, seg.endMs AS endMs ORDER BY startMs`,
      { id: result.sourceId },
    );
    expect(said.map((s) => s.text).join(' ')).toMatch(/berlin/i);
    for (const s of said) expect(s.endMs).toBeGreaterThan(s.startMs);
    const berlin = await rows<{ startMs: number; endMs: number; segStart: number; segEnd: number }>(
      `MATCH (:Source {id: $id})-[:HAS_SEGMENT]->(seg)-[m:MENTIONS]->(e:Location) WHERE toLower(e.name) = 'berlin'
       RETURN m.startMs AS startMs, m.endMs AS endMs, seg.startMs AS segStart, seg.endMs AS segEnd`,
      { id: result.sourceId },
    );
    expect(berlin).toHaveLength(1);
    const [m] = berlin;
    expect(m?.startMs).toBeGreaterThanOrEqual((m?.segStart ?? 0) - 50);
    expect(m?.endMs).toBeLessThanOrEqual((m?.segEnd ?? 0) + 50);
    expect(result.voices).toBeGreaterThan(0);
    expect(result.stages).toEqual(['read', 'extract audio', 'extract audio: decode', 'extract audio: transcribe', 'extract audio: resolve', 'write', 'done']);
  }, MODEL_WARMUP_MS);

  it('a video: faces from its frames and words from its sound track reach one source, with times', async () => {
    const speech = await synthesizeSpeech('Welcome to Paris.', 'slt');
    const video = await ffmpegTransform(
      [await readFile(samplePhoto('astronaut.png')), speech],
      ['-loop', '1', '-framerate', '5', '-i', '{0}', '-i', '{1}', '-t', '4', '-vf', 'scale=320:320,format=yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest'],
      'mp4',
    );
    const result = await ingest('astronaut-talks.mp4', video);
    expect(result).toMatchObject({ kind: 'video', outcome: 'created' });
    expect(result.faces).toBeGreaterThan(0);
    const facts = await rows<{ kind: string; hasFace: boolean; text: string | null; startMs: number | null }>(
      `MATCH (:Source {id: $id})-[:HAS_SEGMENT]->(seg)
       RETURN seg.kind AS kind, EXISTS { (seg)-[:HAS_FACE]->() } AS hasFace, seg.text AS text, seg.startMs AS startMs`,
      { id: result.sourceId },
    );
    expect(facts.some((f) => f.kind === 'region' && f.hasFace && f.startMs !== null)).toBe(true);
    expect(facts.some((f) => f.kind === 'time' && /paris/i.test(f.text ?? ''))).toBe(true);
  }, MODEL_WARMUP_MS);

  it('a photo\'s EXIF: the source gets its capture time and camera, the GPS position a Location with a point', async () => {
    const coffee = await sharp(await readFile(samplePhoto('coffee.png'))).jpeg().toBuffer();
    // A position no other test uses, so the Location node is this test's own.
    const latitude = 48.8 + Math.random() / 10;
    const jpeg = await jpegWithExif(coffee, {
      Make: 'Canon', Model: 'Canon EOS 5D Mark IV', DateTimeOriginal: '2021:06:05 14:30:15', OffsetTimeOriginal: '+02:00',
      GPSLatitude: latitude, GPSLatitudeRef: 'N', GPSLongitude: 2.35, GPSLongitudeRef: 'E',
    });
    const result = await ingest('coffee-in-paris.jpg', jpeg);
    const [facts] = await rows<{ capturedAt: string; device: string; place: string; lat: number; lon: number }>(
      `MATCH (s:Source {id: $id})-[:HAS_SEGMENT]->()-[:MENTIONS]->(l:Location)
       RETURN s.capturedAt AS capturedAt, s.device AS device, l.name AS place, l.location.latitude AS lat, l.location.longitude AS lon`,
      { id: result.sourceId },
    );
    expect(facts).toMatchObject({ capturedAt: '2021-06-05T14:30:15+02:00', device: 'Canon EOS 5D Mark IV' });
    expect(facts?.lat).toBeCloseTo(latitude, 3);
    expect(facts?.lon).toBeCloseTo(2.35, 3);
  }, MODEL_WARMUP_MS);

  it('refuses bad media with clear input errors', async () => {
    const truncatedWav = (await synthesizeSpeech('This recording is cut short.', 'kal16')).subarray(0, 3000);
    const jpeg = await readFile(samplePhoto('astronaut.png')).then((png) => sharp(png).jpeg().toBuffer());
    const cases: [string, Uint8Array, RegExp][] = [
      ['truncated.wav', truncatedWav, /truncated|cut|incomplete/i],
      ['corrupt.jpg', Buffer.concat([jpeg.subarray(0, 2000), Buffer.alloc(2000, 7)]), /corrupt|truncated|damaged|cannot/i],
      ['bomb.png', pixelBombPng(20_000, 20_000), /megapixel|limit/i],
      ['song.wav', jpeg, /the name says audio but the content is an image/],
    ];
    for (const [name, bytes, message] of cases) {
      const err = await ingest(name, bytes).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(Error);
      expect((err as { isInputError?: boolean }).isInputError, name).toBe(true);
      expect((err as Error).message, name).toMatch(message);
    }
  }, MODEL_WARMUP_MS);
});
