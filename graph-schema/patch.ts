import { z } from 'zod';
import { InvalidPatchError } from './errors.js';
import { ENTITY_TYPES, RELATION_TYPES, SEGMENT_KINDS, SOURCE_KINDS } from './ontology.js';

/**
 * A graph patch: everything one extraction run found in one source. Extractors
 * produce patches; the writer is the only thing that turns them into graph.
 * Every fact carries the model version (`name@version`) that produced it and
 * its confidence; the run ties them to the source and time.
 */

const id = z.string().min(1).max(512);
const confidence = z.number().min(0).max(1);
const modelRef = z.string().regex(/^[^@\s]+@[^@\s]+$/, 'model reference must be name@version');
const language = z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 code like en, es, zh');
const vector = z.array(z.number().finite()).min(1);

export const BoxSchema = z.object({
  x: z.number().min(0),
  y: z.number().min(0),
  w: z.number().positive(),
  h: z.number().positive(),
});

export const SourceSchema = z.object({
  id,
  kind: z.enum(SOURCE_KINDS),
  mediaType: z.string().min(3).max(255),
  /** sha256 of the raw bytes: the idempotency key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 hex'),
  name: z.string().max(1024).optional(),
  uri: z.string().max(4096).optional(),
  language: language.optional(),
  bytes: z.number().int().nonnegative().optional(),
  title: z.string().max(1024).optional(),
  /** Images and recordings: when they were taken (EXIF), by what device. */
  /** ISO 8601; without an offset when the camera did not record one (EXIF clocks are local time). */
  capturedAt: z.string().datetime({ offset: true, local: true }).optional(),
  device: z.string().max(255).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  durationMs: z.number().nonnegative().optional(),
});

export const ModelVersionSchema = z.object({
  /** `name@version` */
  id: modelRef,
  name: z.string().min(1),
  version: z.string().min(1),
  task: z.string().min(1),
  licence: z.string().optional(),
  origin: z.string().optional(),
});

export const RunSchema = z.object({
  id,
  startedAt: z.string().datetime().optional(),
  models: z.array(ModelVersionSchema),
});

export const SegmentSchema = z
  .object({
    id,
    kind: z.enum(SEGMENT_KINDS),
    index: z.number().int().nonnegative(),
    text: z.string().optional(),
    /** Character offsets into the original text, end exclusive. */
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    box: BoxSchema.optional(),
    startMs: z.number().nonnegative().optional(),
    endMs: z.number().nonnegative().optional(),
    language: language.optional(),
    embedding: vector.optional(),
  })
  .superRefine((s, ctx) => {
    const need = (ok: boolean, message: string) => ok || ctx.addIssue({ code: 'custom', message });
    if (s.kind === 'text') need(s.start !== undefined && s.end !== undefined && s.end >= s.start, 'text segment needs start <= end');
    if (s.kind === 'region') need(s.box !== undefined, 'region segment needs a box');
    if (s.kind === 'time') need(s.startMs !== undefined && s.endMs !== undefined && s.endMs >= s.startMs, 'time segment needs startMs <= endMs');
  });

export const EntitySchema = z.object({
  /** Canonical id chosen by entity resolution; the same real-world thing gets the same id in every patch. */
  id,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1).max(1024),
  /** Normalised resolution key (lower case, no diacritics or suffixes). */
  key: z.string().min(1).max(1024).optional(),
  /** Name per language, e.g. { en: 'Beijing', zh: '北京', es: 'Pekín' }. */
  names: z.record(language, z.string().min(1).max(1024)).optional(),
  aliases: z.array(z.string().min(1).max(1024)).optional(),
  embedding: vector.optional(),
  /** Locations known by coordinates (a photo's GPS position); stored as a Neo4j point. */
  geo: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
});

export const MentionSchema = z.object({
  segmentId: id,
  entityId: id,
  surface: z.string().min(1),
  /** Offsets into the segment's source text (not the segment), end exclusive. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  confidence,
  model: modelRef,
  /**
   * How entity resolution chose `entityId` for this mention (e.g. `exact-key`,
   * `alias`, `translation`, `similar-name`) and its score: kept so a wrong
   * merge can be found and split again.
   */
  resolution: z
    .object({
      rule: z.string().min(1),
      score: z.number().min(0).max(1),
      /** The entity this mention would have been on its own; `kg split` moves it back there. */
      ownEntityId: id.optional(),
      ownName: z.string().optional(),
    })
    .optional(),
  /** Time range for mentions in transcripts. */
  startMs: z.number().nonnegative().optional(),
  endMs: z.number().nonnegative().optional(),
});

export const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  subjectId: id,
  objectId: id,
  /** The segment whose text is the evidence. */
  segmentId: id,
  confidence,
  model: modelRef,
  /** The evidence sentence and its offsets in the source text. */
  text: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const BiometricSchema = z.object({
  id,
  segmentId: id,
  embedding: vector,
  confidence,
  quality: z.number().min(0).max(1).optional(),
  model: modelRef,
  /** Identity cluster this face or voice belongs to, when already known. */
  identityId: id.optional(),
  /**
   * A Person entity of this patch the identity is (e.g. the caption names
   * exactly one person and the image has exactly one face). Never replaces a
   * label a user gave.
   */
  person: z.object({ entityId: id, rule: z.string().min(1), score: confidence }).optional(),
});

export const GraphPatchSchema = z.object({
  source: SourceSchema,
  run: RunSchema,
  segments: z.array(SegmentSchema).default([]),
  entities: z.array(EntitySchema).default([]),
  mentions: z.array(MentionSchema).default([]),
  relations: z.array(RelationSchema).default([]),
  faces: z.array(BiometricSchema).default([]),
  voices: z.array(BiometricSchema).default([]),
});

export type GraphPatch = z.infer<typeof GraphPatchSchema>;
export type GraphPatchInput = z.input<typeof GraphPatchSchema>;
export type SourceInput = z.infer<typeof SourceSchema>;
export type SegmentInput = z.infer<typeof SegmentSchema>;
export type EntityInput = z.infer<typeof EntitySchema>;
export type MentionInput = z.infer<typeof MentionSchema>;
export type RelationInput = z.infer<typeof RelationSchema>;
export type BiometricInput = z.infer<typeof BiometricSchema>;
export type ModelVersionInput = z.infer<typeof ModelVersionSchema>;

/**
 * Parses a patch and checks what a schema cannot: references resolve within
 * the patch, ids are unique, every entity is mentioned, every model is declared
 * on the run. Throws `InvalidPatchError` listing every problem.
 */
export function parsePatch(input: unknown): GraphPatch {
  const parsed = GraphPatchSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidPatchError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const patch = parsed.data;
  const problems: string[] = [];
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const v of ids) {
      if (seen.has(v)) problems.push(`${what} id "${v}" appears twice`);
      seen.add(v);
    }
    return seen;
  };
  const segments = unique('segment', patch.segments.map((s) => s.id));
  const entities = unique('entity', patch.entities.map((e) => e.id));
  unique('face', patch.faces.map((f) => f.id));
  unique('voice', patch.voices.map((v) => v.id));
  const models = new Set(patch.run.models.map((m) => m.id));
  const mentioned = new Set<string>();

  const checkModel = (where: string, model: string) => {
    if (!models.has(model)) problems.push(`${where}: model ${model} is not declared on the run`);
  };
  patch.mentions.forEach((m, i) => {
    if (!segments.has(m.segmentId)) problems.push(`mentions.${i}: unknown segment "${m.segmentId}"`);
    if (!entities.has(m.entityId)) problems.push(`mentions.${i}: unknown entity "${m.entityId}"`);
    if (m.start !== undefined && m.end !== undefined && m.end < m.start) problems.push(`mentions.${i}: end before start`);
    checkModel(`mentions.${i}`, m.model);
    mentioned.add(m.entityId);
  });
  patch.relations.forEach((r, i) => {
    if (!segments.has(r.segmentId)) problems.push(`relations.${i}: unknown segment "${r.segmentId}"`);
    if (!entities.has(r.subjectId)) problems.push(`relations.${i}: unknown subject "${r.subjectId}"`);
    if (!entities.has(r.objectId)) problems.push(`relations.${i}: unknown object "${r.objectId}"`);
    if (r.subjectId === r.objectId) problems.push(`relations.${i}: an entity cannot relate to itself`);
    checkModel(`relations.${i}`, r.model);
  });
  for (const [kind, list] of [['faces', patch.faces], ['voices', patch.voices]] as const) {
    list.forEach((b, i) => {
      if (!segments.has(b.segmentId)) problems.push(`${kind}.${i}: unknown segment "${b.segmentId}"`);
      if (b.person && !entities.has(b.person.entityId)) problems.push(`${kind}.${i}: unknown person entity "${b.person.entityId}"`);
      if (b.person && !b.identityId) problems.push(`${kind}.${i}: a person link needs an identity`);
      checkModel(`${kind}.${i}`, b.model);
    });
  }
  for (const e of patch.entities) {
    // An entity exists because something mentions it; this keeps deletion by support exact.
    if (!mentioned.has(e.id)) problems.push(`entity "${e.id}" is not mentioned by any segment of the patch`);
  }
  if (problems.length > 0) throw new InvalidPatchError(problems);
  return patch;
}
