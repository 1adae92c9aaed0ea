import type { RunContext } from '../base/contract.js';
import type { PatchSource, TextPipeline } from '../text/pipeline/index.js';
import type { Engine, FoundFace, FoundObject, FoundText, PhotoFacts, RgbFrame } from './engines.js';
import { assignIdentities, type FindNearest } from './identities.js';
import { conceptEntity, emptyPart, gpsLocation, mergeParts, modelVersion, partFromTextPatch, type PatchPart, type Segment } from './media-patch.js';
import { timed } from './stage-timings.js';
import { joinPieces, locateTextInMedia, type TextPiece } from './text-in-media.js';
import type { ClusterFn } from './engines.js';

/** Printed text too short to identify: Han characters are Chinese, anything else is taken as English, the pivot. */
function fallbackFor(text: string): string {
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
}

export interface ImageEngines {
  ocr: Engine<RgbFrame, FoundText[]>;
  objects: Engine<RgbFrame, FoundObject[]>;
  /** Null when biometric extraction is switched off (`BIOMETRICS_ENABLED=false`). */
  faces: Engine<RgbFrame, FoundFace[]> | null;
}

export interface ImagePartDeps {
  engines: ImageEngines;
  text: TextPipeline;
  findNearest: FindNearest;
  clusterFaces: ClusterFn;
  faceThreshold: number;
  /** The EXIF facts' model card (exifr), when EXIF gave anything. */
  exifCard?: { id: string; name: string; version: string; task: string };
}

export interface ImageFindings {
  lines: FoundText[];
  objects: FoundObject[];
  faces: FoundFace[];
}

export type ImageStage = 'ocr' | 'objects' | 'faces' | 'text' | 'identities';

/**
 * Runs the image engines on one picture (a photo, or a video frame). OCR runs
 * on onnxruntime's threads while the wasm detector works, so the two overlap.
 */
export async function findInImage(frame: RgbFrame, engines: ImageEngines, timings: Partial<Record<ImageStage, number>>, context: RunContext = {}): Promise<ImageFindings> {
  const ocr = timed(timings, 'ocr', () => engines.ocr.run(frame, context));
  const human = (async () => {
    const objects = await timed(timings, 'objects', () => engines.objects.run(frame, context));
    const faces = engines.faces ? await timed(timings, 'faces', () => (engines.faces as NonNullable<ImageEngines['faces']>).run(frame, context)) : [];
    return { objects, faces };
  })();
  const [lines, found] = await Promise.all([ocr, human]);
  context.signal?.throwIfAborted();
  return { lines, ...found };
}

export interface ImagePartInput {
  frame: RgbFrame;
  findings: ImageFindings;
  /** The source the facts belong to. */
  source: PatchSource;
  /** Prefix of this picture's segment ids: the source id for a photo, `source#f<ms>` for a video frame. */
  idPrefix: string;
  /** Video frames: the frame's time, put on each of its segments. */
  atMs?: number;
  exif?: PhotoFacts;
}

/**
 * One picture's findings as graph facts: detected objects as region segments
 * mentioning a Concept; OCR lines as region segments whose text goes through
 * the text pipeline (so a name printed on a poster is the same entity as in
 * a news article); faces as region segments holding a Face with its
 * identity; a GPS position as a Location mentioned by the whole picture.
 */
export async function imagePart(input: ImagePartInput, deps: ImagePartDeps, timings: Partial<Record<ImageStage, number>>, context: RunContext = {}): Promise<PatchPart> {
  const { frame, findings, idPrefix } = input;
  const when = input.atMs === undefined ? {} : { startMs: input.atMs, endMs: input.atMs };
  const region = (suffix: string, box: Segment['box']): Segment => ({ id: `${idPrefix}#${suffix}`, kind: 'region', index: 0, box, ...when });
  const parts: PatchPart[] = [];

  if (findings.lines.length > 0) {
    const pieces: TextPiece[] = findings.lines.map((line, i) => ({ text: line.text, segment: region(`ocr${i}`, line.box) }));
    const joined = joinPieces(pieces);
    const extraction = await timed(timings, 'text', () => deps.text.extract({ text: joined.text, fallbackLanguage: fallbackFor(joined.text) }, { ...input.source, id: idPrefix }, context));
    const ocrCard = modelVersion(deps.engines.ocr.card);
    const textPart = partFromTextPatch(locateTextInMedia(extraction.patch, pieces, joined));
    // Chunk segments of a video frame are located in time too.
    textPart.segments = textPart.segments.map((s) => (s.kind === 'text' ? { ...s, ...when } : s));
    parts.push({ ...textPart, models: [...textPart.models, ocrCard] });
  }

  if (findings.objects.length > 0) {
    const card = deps.engines.objects.card;
    const objects = emptyPart();
    objects.models.push(modelVersion(card));
    findings.objects.forEach((o, i) => {
      const segment = { ...region(`obj${i}`, o.box), text: o.label };
      const concept = conceptEntity(o.label);
      objects.segments.push(segment);
      objects.entities.push(concept);
      objects.mentions.push({ segmentId: segment.id, entityId: concept.id, surface: o.label, confidence: o.score, model: card.id });
    });
    parts.push(objects);
  }

  if (input.exif?.gps && deps.exifCard) {
    const place = gpsLocation(input.exif.gps);
    const whole = region('image', { x: 0, y: 0, w: frame.width, h: frame.height });
    parts.push({ ...emptyPart(), segments: [whole], entities: [place], mentions: [{ segmentId: whole.id, entityId: place.id, surface: place.name, confidence: 1, model: deps.exifCard.id }], models: [modelVersion(deps.exifCard)] });
  }

  if (findings.faces.length > 0 && deps.engines.faces) {
    const card = deps.engines.faces.card;
    parts.push(await timed(timings, 'identities', () => facesPart(findings.faces, { region, card, idPrefix }, deps, parts)));
  }
  return mergeParts(parts);
}

async function facesPart(
  faces: FoundFace[],
  at: { region: (suffix: string, box: Segment['box']) => Segment; card: { id: string; name: string; version: string; task: string }; idPrefix: string },
  deps: ImagePartDeps,
  others: readonly PatchPart[],
): Promise<PatchPart> {
  const part = emptyPart();
  part.models.push(modelVersion(at.card));
  const items = faces.map((f, i) => ({ id: `${at.idPrefix}#face${i}`, embedding: f.descriptor }));
  const identities = await assignIdentities(items, { kind: 'face', threshold: deps.faceThreshold, cluster: deps.clusterFaces, findNearest: deps.findNearest });
  // A picture whose printed text names exactly one person and that shows exactly one face is taken to show that person.
  const people = others.flatMap((p) => p.entities.filter((e) => e.type === 'Person'));
  const named = faces.length === 1 && new Set(people.map((p) => p.id)).size === 1 ? people[0] : undefined;
  faces.forEach((f, i) => {
    const segment = at.region(`face${i}`, f.box);
    const id = (items[i] as { id: string }).id;
    part.segments.push(segment);
    part.faces.push({
      id,
      segmentId: segment.id,
      embedding: f.descriptor,
      confidence: f.score,
      quality: f.quality,
      model: at.card.id,
      identityId: identities.get(id),
      ...(named ? { person: { entityId: named.id, rule: 'text-names-one-person', score: 0.7 } } : {}),
    });
  });
  return part;
}
