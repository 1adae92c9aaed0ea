import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createApiServices, type Api } from '../api/index.js';
import { createRuntime } from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import { synthesizeSpeech } from '../extractors/audio/test-media.js';
import { pixelBombPng, renderTextImage, samplePhoto } from '../extractors/image/test-media.js';
import { namespace } from './support/graph.js';
import { sha256 } from './support/patches.js';

/**
 * Media predictions and face search through the API in process (`api.fetch`),
 * with GraphQL multipart uploads, the real engines (PP-OCR, human on wasm,
 * pocketsphinx) and the real Neo4j and Redis. Nothing predicted is stored;
 * the one face `findFaces` finds is written by the test, in its own source.
 */

const KEYS = { reader: 'media-reader-key', editor: 'media-editor-key', analyst: 'media-analyst-key', admin: 'media-admin-key' } as const;
type Role = keyof typeof KEYS;
/** Room for the sample photos (under 1 MB), small enough to send one byte over. */
const MAX_UPLOAD = 4 * 1024 * 1024;
/** A test that may be the first to load a model (human's graphs, PP-OCR, pocketsphinx) waits for it. */
const MODEL_LOAD_MS = 180_000;
/** Refusals happen before any model runs (the media modules may still be imported on first use). */
const REFUSAL_MS = 60_000;

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'ANONYMOUS_ROLE'));
const config = loadConfig({
  LOG_LEVEL: 'silent',
  ...env,
  NODE_ENV: 'test',
  MAX_UPLOAD_BYTES: String(MAX_UPLOAD),
  API_KEYS: Object.entries(KEYS).map(([role, key]) => `${key}:${role}`).join(','),
});
const runtime = createRuntime(config, 'kg-api-media-test');
const ns = namespace('apimedia');
const T = `M${ns.slice(-8)}`;
const services = createApiServices(runtime, { queueName: namespace('test-api-media'), spoolDir: join(tmpdir(), `kg-api-media-${ns}`), spoolSweep: false, processMetrics: false });
const api = createApi(services.deps, { rateLimit: false });
// Biometrics switched off: a second API over the same engines with only the switch changed.
const noBiometrics = createApiServices(
  { ...runtime, config: { ...config, media: { ...config.media, biometrics: false } } },
  { queueName: namespace('test-api-media-off'), spoolSweep: false, processMetrics: false, engines: services.deps.engines },
);
const apiNoBiometrics = createApi(noBiometrics.deps, { rateLimit: false });
const people: string[] = [];

interface Upload {
  name: string;
  type: string;
  bytes: Uint8Array;
}

interface Gql<D> {
  status: number;
  data: D;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A GraphQL multipart request (operations, map, then one part per file),
 * serialised by the platform's FormData: each key of `files` is a variable.
 */
async function upload<D>(role: Role, query: string, files: Record<string, Upload>, variables: Record<string, unknown> = {}, target: Api = api): Promise<Gql<D>> {
  const names = Object.keys(files);
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(names.map((n) => [n, null])) } }));
  form.set('map', JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), [`variables.${n}`]]))));
  names.forEach((n, i) => {
    const file = files[n] as Upload;
    form.set(String(i), new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
  });
  const request = new Request('http://api.test/graphql', { method: 'POST', body: form });
  const response = await target.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${KEYS[role]}`, 'content-type': request.headers.get('content-type') ?? '' },
    body: new Uint8Array(await request.arrayBuffer()),
  });
  return { status: response.status, ...((await response.json()) as Omit<Gql<D>, 'status'>) };
}

async function gql<D>(role: Role, query: string, variables: Record<string, unknown>): Promise<Gql<D>> {
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${KEYS[role]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Gql<D>, 'status'>) };
}

const png = (name: string, bytes: Uint8Array): Upload => ({ name, type: 'image/png', bytes });
const photo = async (name: 'astronaut.png' | 'motorcycle_left.png'): Promise<Upload> => png(name, await readFile(samplePhoto(name)));

type Box = { x: number; y: number; w: number; h: number };
type Model = { id: string; name: string; version: string; task: string };
type Failure = { __typename: string; code?: string; message?: string; field?: string | null };
type Result<T> = ({ __typename: string } & Partial<T>) & Failure;

const MODEL = 'model { id name version task }';
const FAILURE = '__typename ... on Error { code message } ... on InvalidInputError { field }';
const OCR = `predict { ocr(image: $image) { ${FAILURE} ... on OcrPrediction { ${MODEL} lines { text confidence box { x y w h } } } } }`;
const FACES = `predict { faces(image: $image) { ${FAILURE} ... on FacesPrediction { ${MODEL} faces { box { x y w h } score quality
  descriptor { __typename ... on ForbiddenError { code } ... on PredictedFaceDescriptorSuccess { data } } } } } }`;
const TRANSCRIBE = `predict { transcribe(audio: $audio) { ${FAILURE} ... on TranscriptionPrediction { ${MODEL} text durationMs words { word startMs endMs confidence } } } }`;

type Ocr = { predict: { ocr: Result<{ model: Model; lines: { text: string; confidence: number; box: Box }[] }> } };
type Face = { box: Box; score: number; quality: number; descriptor: { __typename: string; code?: string; data?: number[] } };
type Faces = { predict: { faces: Result<{ model: Model; faces: Face[] }> } };
type Transcription = { predict: { transcribe: Result<{ model: Model; text: string; durationMs: number; words: { word: string; startMs: number; endMs: number; confidence: number }[] }> } };

const ocr = (role: Role, image: Upload) => upload<Ocr>(role, `query ($image: Upload!) { ${OCR} }`, { image });
const faces = (role: Role, image: Upload, target: Api = api) => upload<Faces>(role, `query ($image: Upload!) { ${FACES} }`, { image }, {}, target);
const transcribe = (role: Role, audio: Upload) => upload<Transcription>(role, `query ($audio: Upload!) { ${TRANSCRIBE} }`, { audio });

beforeAll(async () => {
  await services.deps.jobs.queue.waitUntilReady();
});

afterAll(async () => {
  await runtime.gateway.executeWrite((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $ns OR n.id IN $people DETACH DELETE n', { ns, people }));
  for (const [instance, own] of [[apiNoBiometrics, noBiometrics], [api, services]] as const) {
    await own.deps.jobs.queue.obliterate({ force: true });
    await instance.dispose();
    await own.close();
  }
  await runtime.close();
});

describe('predict on images', () => {
  it('ocr reads a rendered English line, with boxes and the model, and times it in the extractor metric', async () => {
    const res = await ocr('editor', png('line.png', await renderTextImage('The quick brown fox jumps over the lazy dog')));
    expect(res.errors).toBeUndefined();
    const result = res.data.predict.ocr;
    expect(result.__typename).toBe('OcrPrediction');
    expect(result.model).toMatchObject({ task: 'ocr' });
    expect(result.lines?.map((l) => l.text).join(' ')).toMatch(/quick\s*brown\s*fox/i);
    for (const line of result.lines ?? []) expect(line.box.w).toBeGreaterThan(0);
    const metric = await services.deps.metrics.registry.getSingleMetricAsString('kg_api_extractor_duration_seconds');
    expect(metric).toContain(`task="ocr",model="${result.model?.id}"`);
  }, MODEL_LOAD_MS);

  it('objects finds the motorcycle in motorcycle_left.png', async () => {
    type Objects = { predict: { objects: Result<{ model: Model; objects: { label: string; score: number; box: Box }[] }> } };
    const res = await upload<Objects>('analyst', `query ($image: Upload!) { predict { objects(image: $image) { ${FAILURE} ... on ObjectsPrediction { ${MODEL} objects { label score box { x y w h } } } } } }`, {
      image: await photo('motorcycle_left.png'),
    });
    expect(res.errors).toBeUndefined();
    const result = res.data.predict.objects;
    expect(result.__typename).toBe('ObjectsPrediction');
    expect(result.objects?.map((o) => o.label)).toContain('motorcycle');
    expect(result.model).toMatchObject({ task: 'objects' });
  }, MODEL_LOAD_MS);

  it('faces finds the one face in astronaut.png; the descriptor is refused to an editor and given to an admin', async () => {
    const image = await photo('astronaut.png');
    const editor = (await faces('editor', image)).data.predict.faces;
    expect(editor.__typename).toBe('FacesPrediction');
    expect(editor.faces).toHaveLength(1);
    expect(editor.faces?.[0]).toMatchObject({ descriptor: { __typename: 'ForbiddenError', code: 'FORBIDDEN' } });
    expect(editor.faces?.[0]?.score).toBeGreaterThan(0.5);

    const admin = (await faces('admin', image)).data.predict.faces;
    const descriptor = admin.faces?.[0]?.descriptor.data ?? [];
    expect(descriptor).toHaveLength(1024);
    expect(Math.hypot(...descriptor)).toBeCloseTo(1, 3);
    expect(admin.faces?.[0]?.box).toEqual(editor.faces?.[0]?.box);
  }, MODEL_LOAD_MS);
});

describe('predict on audio', () => {
  it('transcribe hears a flite sentence: words in time order, the key word among them', async () => {
    const res = await transcribe('editor', { name: 'fox.wav', type: 'audio/wav', bytes: await synthesizeSpeech('the quick brown fox jumps over the lazy dog', 'kal16') });
    expect(res.errors).toBeUndefined();
    const result = res.data.predict.transcribe;
    expect(result.__typename).toBe('TranscriptionPrediction');
    expect(result.model).toMatchObject({ task: 'transcribe' });
    const words = result.words ?? [];
    expect(words.map((w) => w.word.toLowerCase())).toContain('fox');
    const starts = words.map((w) => w.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const w of words) expect(w.endMs).toBeGreaterThanOrEqual(w.startMs);
    expect(result.text).toBe(words.map((w) => w.word).join(' '));
    expect(result.durationMs).toBeGreaterThan(1000);
  }, MODEL_LOAD_MS);
});

describe('refusals', () => {
  it('bad files are InvalidInputError results naming the argument, with a clear message', async () => {
    const astronaut = await photo('astronaut.png');
    const jpeg = await sharp(astronaut.bytes).jpeg().toBuffer();
    const images: [string, Upload, RegExp][] = [
      ['a text file sent as an image', { name: 'notes.png', type: 'image/png', bytes: new TextEncoder().encode('just some words, not pixels') }, /is text, not an image/],
      ['a corrupt JPEG', { name: 'corrupt.jpg', type: 'image/jpeg', bytes: Buffer.concat([jpeg.subarray(0, 2000), Buffer.alloc(2000, 7)]) }, /corrupt|truncated|damaged/i],
      ['a 20,000 × 20,000 PNG', png('bomb.png', pixelBombPng(20_000, 20_000)), /20000 × 20000 = 400 megapixels; the limit is 40/],
      ['an upload over the limit', png('huge.png', new Uint8Array(MAX_UPLOAD + 1)), /limit/],
    ];
    for (const [what, image, message] of images) {
      const result = (await ocr('editor', image)).data.predict.ocr;
      expect(result, what).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field: 'image' });
      expect(result.message, what).toMatch(message);
    }
    const pngAsAudio = (await transcribe('editor', { name: 'speech.wav', type: 'audio/wav', bytes: astronaut.bytes })).data.predict.transcribe;
    expect(pngAsAudio).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field: 'audio' });
    expect(pngAsAudio.message).toMatch(/PNG|image/);
  }, REFUSAL_MS);

  it('a reader may not predict', async () => {
    const res = await upload<{ predict: Record<string, Failure> }>('reader', `query ($image: Upload!, $audio: Upload!) { predict {
      ocr(image: $image) { __typename } objects(image: $image) { __typename } faces(image: $image) { __typename } transcribe(audio: $audio) { __typename } } }`, {
      image: png('x.png', new Uint8Array(8)),
      audio: { name: 'x.wav', type: 'audio/wav', bytes: new Uint8Array(8) },
    });
    expect(res.data.predict).toEqual({ ocr: { __typename: 'ForbiddenError' }, objects: { __typename: 'ForbiddenError' }, faces: { __typename: 'ForbiddenError' }, transcribe: { __typename: 'ForbiddenError' } });
  }, REFUSAL_MS);

  it('with biometrics switched off, faces and findFaces say so', async () => {
    const image = await photo('astronaut.png');
    const predicted = (await faces('admin', image, apiNoBiometrics)).data.predict.faces;
    expect(predicted).toMatchObject({ __typename: 'BiometricsDisabledError', code: 'EXTRACTOR_UNAVAILABLE' });
    expect(predicted.message).toMatch(/switched off/);
    type Found = { findFaces: Failure };
    const found = await upload<Found>('admin', `query ($image: Upload!) { findFaces(image: $image) { ${FAILURE} } }`, { image }, {}, apiNoBiometrics);
    expect(found.data.findFaces).toMatchObject({ __typename: 'BiometricsDisabledError' });
  }, REFUSAL_MS);
});

describe('findFaces', () => {
  type Match = { faceId: string; similarity: number; source: { id: string }; segment: { id: string }; box: Box | null; identity: { id: string; person: { name: string } | null } | null; person: { id: string } | null };
  type Found = { findFaces: Result<{ model: Model; faces: { box: Box; score: number; matches: Match[] }[] }> };
  const FIND = `query ($image: Upload!, $first: Int) { findFaces(image: $image, first: $first) { ${FAILURE}
    ... on FaceSearch { ${MODEL} faces { box { x y w h } score matches { faceId similarity source { id } segment { id } box { x y w h } identity { id person { name } } person { id } } } } } }`;

  it('finds a stored face with its source, box and person, for an admin only', async () => {
    const image = await photo('astronaut.png');
    const predicted = (await faces('admin', image)).data.predict.faces;
    const descriptor = predicted.faces?.[0]?.descriptor.data;
    const card = predicted.model;
    expect(descriptor).toHaveLength(1024);
    expect(card).toBeDefined();
    if (!descriptor || !card) return;

    const sourceId = `${ns}:photo`;
    const box = { x: 10, y: 20, w: 30, h: 40 };
    await runtime.writer.write({
      source: { id: sourceId, kind: 'image', mediaType: 'image/png', contentHash: sha256(sourceId), name: `${sourceId}.png`, width: 512, height: 512 },
      run: { id: `${sourceId}:run`, models: [card] },
      segments: [{ id: `${sourceId}#face0`, kind: 'region', index: 0, box }],
      faces: [{ id: `${ns}:face`, segmentId: `${sourceId}#face0`, embedding: descriptor, confidence: 0.99, quality: 0.8, model: card.id, identityId: `${ns}:fid` }],
    });
    const name = `Astronaut ${T}`;
    type Label = { labelFace: { __typename: string; person?: { id: string } } };
    const labelled = await gql<Label>('admin', `mutation ($id: ID!, $name: String!) { labelFace(id: $id, name: $name) { __typename ... on LabelIdentityPayload { person { id } } } }`, { id: `${ns}:face`, name });
    const personId = labelled.data.labelFace.person?.id;
    expect(personId).toBeDefined();
    if (personId) people.push(personId);

    // Other suites store this photo's face too (identical descriptors), so ask for enough to include ours.
    const res = await upload<Found>('admin', FIND, { image }, { first: 50 });
    expect(res.errors).toBeUndefined();
    const result = res.data.findFaces;
    expect(result.__typename).toBe('FaceSearch');
    expect(result.faces).toHaveLength(1);
    const match = result.faces?.[0]?.matches.find((m) => m.faceId === `${ns}:face`);
    expect(match).toEqual({
      faceId: `${ns}:face`,
      similarity: expect.any(Number) as number,
      source: { id: sourceId },
      segment: { id: `${sourceId}#face0` },
      box,
      identity: { id: `${ns}:fid`, person: { name } },
      person: { id: personId },
    });
    expect(match?.similarity).toBeGreaterThan(0.99);
    for (const m of result.faces?.[0]?.matches ?? []) expect(m.similarity).toBeGreaterThanOrEqual(config.media.faceMatchThreshold - 1e-6);

    for (const role of ['reader', 'editor', 'analyst'] as const) {
      expect((await upload<Found>(role, FIND, { image })).data.findFaces, role).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    }
    const tooMany = (await upload<Found>('admin', FIND, { image }, { first: 51 })).data.findFaces;
    expect(tooMany).toMatchObject({ __typename: 'InvalidInputError', field: 'first' });
  }, MODEL_LOAD_MS);
});
