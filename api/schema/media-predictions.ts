import type { ModelCard } from '../../extractors/base/contract.js';
import { ExtractorError } from '../../extractors/base/errors.js';
import type { MediaExtractors } from '../../extractors/media/create-media.js';
import type { Engine, FoundFace, FoundObject, FoundText, FoundWords, RgbFrame } from '../../extractors/media/index.js';
import { findNearestBiometrics, type BiometricMatch } from '../../graph-schema/index.js';
import type { SegmentRecord, SourceRecord } from '../graph/records.js';
import { builder, type FieldBuilder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { ApiError, ClientErrorCode, ForbiddenError, InvalidInputError } from '../errors.js';
import { IdentityRef } from './biometrics.js';
import { ErrorInterface } from './errors.js';
import { ModelCardRef } from './prediction-types.js';
import { PredictRef } from './predictions.js';
import { BoxRef, EntityRef, SegmentRef, SourceRef } from './refs.js';

/**
 * `predict { ocr objects faces transcribe }` on an uploaded image or
 * recording, and `findFaces`: the media extractors the ingest pipeline runs,
 * on caller input, nothing stored. Uploads are held in memory only up to
 * `MAX_UPLOAD_BYTES`; the decoders refuse the rest (type, pixels, duration)
 * with messages for the caller, returned as `InvalidInputError`.
 */

/** Faces and voiceprints are not computed on this server (`BIOMETRICS_ENABLED=false`). */
export class BiometricsDisabledError extends ApiError {
  override name = 'BiometricsDisabledError';
  readonly code = ClientErrorCode.ExtractorUnavailable;
  constructor() {
    super('Face detection is switched off on this server (BIOMETRICS_ENABLED=false): faces are biometric data and are not computed.');
  }
}

builder.objectType(BiometricsDisabledError, {
  name: 'BiometricsDisabledError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof BiometricsDisabledError,
  fields: () => ({}),
});

/** Stored faces per detected face in `findFaces`. */
const MAX_MATCHES = 50;

type MediaTask = 'ocr' | 'objects' | 'faces' | 'transcribe';
type Output<T> = T & { model: ModelCard };

/** The upload's bytes, refused as soon as they pass `maxBytes`: the declared size first, then what actually arrives. */
async function readUpload(file: File, field: string, maxBytes: number): Promise<Uint8Array> {
  const name = file.name || 'the upload';
  if (file.size > maxBytes) throw new InvalidInputError(`${name}: ${file.size} bytes is over the ${maxBytes}-byte limit`, field);
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InvalidInputError(`${name}: more than the ${maxBytes}-byte limit`, field);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, total);
}

/** The caller's bad file becomes a typed result naming the argument; other extractor failures stay masked (unavailable, failed). */
async function inputErrors<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ExtractorError && err.isInputError) throw new InvalidInputError(err.message, field);
    throw err;
  }
}

/** Runs one engine, timed under its model id (read afterwards: pocketsphinx learns its version when it loads). */
async function run<I, O>(ctx: ApiContext, task: MediaTask, engine: Engine<I, O>, input: I): Promise<{ output: O; model: ModelCard }> {
  const started = performance.now();
  try {
    return { output: await engine.run(input), model: engine.card };
  } finally {
    ctx.deps.metrics.extractorSeconds.observe({ task, model: engine.card.id }, (performance.now() - started) / 1000);
  }
}

async function onImage<O>(ctx: ApiContext, media: MediaExtractors, file: File, task: MediaTask, engine: Engine<RgbFrame, O>) {
  const bytes = await readUpload(file, 'image', ctx.deps.config.limits.maxUploadBytes);
  const source = { fileName: file.name || 'image', ...(file.type ? { declaredType: file.type } : {}) };
  return inputErrors('image', async () => run(ctx, task, engine, await media.decodeImage(bytes, source)));
}

async function detectFaces(ctx: ApiContext, file: File): Promise<{ output: FoundFace[]; model: ModelCard }> {
  // Checked before anything is read or loaded: with biometrics off the server never looks at faces.
  if (!ctx.deps.config.media.biometrics) throw new BiometricsDisabledError();
  const media = await ctx.deps.engines.media();
  if (!media.raw.faces) throw new BiometricsDisabledError();
  return onImage(ctx, media, file, 'faces', media.raw.faces);
}

const PredictedTextLineRef = builder.objectRef<FoundText>('PredictedTextLine').implement({
  fields: (t) => ({ text: t.exposeString('text'), confidence: t.exposeFloat('confidence'), box: t.field({ type: BoxRef, resolve: (l) => l.box }) }),
});

const PredictedObjectRef = builder.objectRef<FoundObject>('PredictedObject').implement({
  fields: (t) => ({ label: t.exposeString('label'), score: t.exposeFloat('score'), box: t.field({ type: BoxRef, resolve: (o) => o.box }) }),
});

const PredictedFaceRef = builder.objectRef<FoundFace>('PredictedFace').implement({
  fields: (t) => ({
    box: t.field({ type: BoxRef, resolve: (f) => f.box }),
    score: t.exposeFloat('score', { description: 'Confidence that the box holds a face, 0..1.' }),
    quality: t.exposeFloat('quality', { description: 'How usable the face is for identification, 0..1.' }),
    descriptor: t.floatList({
      description: 'The biometric descriptor (unit length; compare only descriptors of the same model). Admin only.',
      authScopes: { biometrics: true },
      errors: { types: [ForbiddenError] },
      resolve: (f) => f.descriptor,
    }),
  }),
});

const PredictedWordRef = builder.objectRef<FoundWords['words'][number]>('PredictedWord').implement({
  fields: (t) => ({ word: t.exposeString('word'), startMs: t.exposeFloat('startMs'), endMs: t.exposeFloat('endMs'), confidence: t.exposeFloat('confidence') }),
});

const modelField = <T extends { model: ModelCard }>(t: FieldBuilder<T>) => t.field({ type: ModelCardRef, resolve: (p) => p.model });

const OcrRef = builder.objectRef<Output<{ lines: FoundText[] }>>('OcrPrediction').implement({
  fields: (t) => ({ model: modelField(t), lines: t.field({ type: [PredictedTextLineRef], description: 'In reading order.', resolve: (p) => p.lines }) }),
});

const ObjectsRef = builder.objectRef<Output<{ objects: FoundObject[] }>>('ObjectsPrediction').implement({
  fields: (t) => ({ model: modelField(t), objects: t.field({ type: [PredictedObjectRef], description: 'Highest score first.', resolve: (p) => p.objects }) }),
});

const FacesRef = builder.objectRef<Output<{ faces: FoundFace[] }>>('FacesPrediction').implement({
  fields: (t) => ({ model: modelField(t), faces: t.field({ type: [PredictedFaceRef], description: 'Highest score first.', resolve: (p) => p.faces }) }),
});

const TranscriptionRef = builder.objectRef<Output<FoundWords & { text: string; durationMs: number }>>('TranscriptionPrediction').implement({
  fields: (t) => ({
    model: modelField(t),
    text: t.exposeString('text', { description: 'The words joined by spaces.' }),
    words: t.field({ type: [PredictedWordRef], description: 'In time order.', resolve: (p) => p.words }),
    durationMs: t.exposeFloat('durationMs', { description: 'Of the decoded audio.' }),
  }),
});

builder.objectFields(PredictRef, (t) => {
  const guarded = { authScopes: { predict: true }, errors: { types: [ForbiddenError, InvalidInputError], directResult: true as const } };
  const image = { image: t.arg({ type: 'Upload', required: true }) };
  return {
    ocr: t.field({
      ...guarded,
      type: OcrRef,
      args: image,
      description: 'Printed text in an image (PNG, JPEG, WebP, GIF, TIFF…), line by line with pixel boxes.',
      resolve: async (_p, args, ctx) => {
        const media = await ctx.deps.engines.media();
        const { output, model } = await onImage(ctx, media, args.image, 'ocr', media.raw.ocr);
        return { lines: output, model };
      },
    }),
    objects: t.field({
      ...guarded,
      type: ObjectsRef,
      args: image,
      description: 'Things in an image (COCO labels: person, car, motorcycle…) with scores and pixel boxes.',
      resolve: async (_p, args, ctx) => {
        const media = await ctx.deps.engines.media();
        const { output, model } = await onImage(ctx, media, args.image, 'objects', media.raw.objects);
        return { objects: output, model };
      },
    }),
    faces: t.field({
      ...guarded,
      errors: { types: [ForbiddenError, InvalidInputError, BiometricsDisabledError], directResult: true },
      type: FacesRef,
      args: image,
      description: 'Faces in an image with boxes and quality; the descriptor for admins only.',
      resolve: async (_p, args, ctx) => {
        const { output, model } = await detectFaces(ctx, args.image);
        return { faces: output, model };
      },
    }),
    transcribe: t.field({
      ...guarded,
      type: TranscriptionRef,
      args: { audio: t.arg({ type: 'Upload', required: true, description: 'Audio, or a video whose sound track is transcribed.' }) },
      description: 'English speech to words with times.',
      resolve: async (_p, args, ctx) => {
        const media = await ctx.deps.engines.media();
        const bytes = await readUpload(args.audio, 'audio', ctx.deps.config.limits.maxUploadBytes);
        return inputErrors('audio', async () => {
          const audio = await media.decodeAudio({ bytes, name: args.audio.name || 'audio' });
          const { output, model } = await run(ctx, 'transcribe', media.raw.transcribe, audio);
          const words = [...output.words].sort((a, b) => a.startMs - b.startMs);
          return { text: words.map((w) => w.word).join(' '), words, durationMs: audio.durationMs, model };
        });
      },
    }),
  };
});

/** A stored face near a detected one, with where it is: matches whose source was deleted meanwhile are dropped. */
type LocatedMatch = BiometricMatch & { segment: SegmentRecord; source: SourceRecord };

const FaceMatchRef = builder.objectRef<LocatedMatch>('FaceMatch').implement({
  description: 'A stored face similar to a detected one. Its embedding is not here.',
  fields: (t) => ({
    faceId: t.exposeID('id', { description: 'The stored Face.' }),
    similarity: t.exposeFloat('similarity', { description: 'Cosine similarity, -1..1 (the same person from about FACE_MATCH_THRESHOLD).' }),
    source: t.field({ type: SourceRef, resolve: (m) => m.source }),
    segment: t.field({ type: SegmentRef, resolve: (m) => m.segment }),
    box: t.field({ type: BoxRef, nullable: true, description: 'The face in its source.', resolve: (m) => m.segment.box }),
    identity: t.field({ type: IdentityRef, nullable: true, resolve: (m) => (m.identityId ? { id: m.identityId, entityId: m.personId } : null) }),
    person: t.field({ type: EntityRef, nullable: true, description: 'Who the identity was labelled as.', resolve: (m, _a, ctx) => (m.personId ? ctx.loaders.entity.load(m.personId) : null) }),
  }),
});

const FaceHitRef = builder.objectRef<FoundFace & { matches: LocatedMatch[] }>('FaceSearchHit').implement({
  description: 'A face found in the given image and the stored faces nearest to it.',
  fields: (t) => ({
    box: t.field({ type: BoxRef, resolve: (f) => f.box }),
    score: t.exposeFloat('score'),
    quality: t.exposeFloat('quality'),
    matches: t.field({ type: [FaceMatchRef], description: 'Most similar first.', resolve: (f) => f.matches }),
  }),
});

const FaceSearchRef = builder.objectRef<Output<{ faces: (FoundFace & { matches: LocatedMatch[] })[] }>>('FaceSearch').implement({
  fields: (t) => ({ model: modelField(t), faces: t.field({ type: [FaceHitRef], resolve: (s) => s.faces }) }),
});

async function nearestFaces(ctx: ApiContext, descriptor: readonly number[], first: number): Promise<LocatedMatch[]> {
  const { gateway, metrics, config } = ctx.deps;
  const matches = await metrics.time(metrics.neo4jSeconds, { query: 'nearestFaces' }, () =>
    findNearestBiometrics(gateway, 'face', descriptor, { k: first, minSimilarity: config.media.faceMatchThreshold }));
  const located = await Promise.all(matches.map(async (m) => {
    const [segment, source] = await Promise.all([ctx.loaders.segment.load(m.segmentId), ctx.loaders.source.load(m.sourceId)]);
    return segment && source ? { ...m, segment, source } : null;
  }));
  return located.filter((m) => m !== null);
}

builder.queryField('findFaces', (t) =>
  t.field({
    type: FaceSearchRef,
    description: `Detects the faces in an image and finds, for each, the most similar stored faces (at or above FACE_MATCH_THRESHOLD) with their sources, boxes and identities. Nothing is stored; no embedding is returned. Admin only: face search is biometric.`,
    args: {
      image: t.arg({ type: 'Upload', required: true }),
      first: t.arg.int({ defaultValue: 5, description: `Stored faces per detected face, 1–${MAX_MATCHES}.` }),
    },
    authScopes: { biometrics: true },
    errors: { types: [ForbiddenError, InvalidInputError, BiometricsDisabledError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 5;
      if (!Number.isSafeInteger(first) || first < 1 || first > MAX_MATCHES) throw new InvalidInputError(`first must be between 1 and ${MAX_MATCHES}`, 'first');
      const { output, model } = await detectFaces(ctx, args.image);
      const faces = await Promise.all(output.map(async (face) => ({ ...face, matches: await nearestFaces(ctx, face.descriptor, first) })));
      return { faces, model };
    },
  }));
