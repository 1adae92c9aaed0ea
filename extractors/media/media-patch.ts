import type { GraphPatchInput } from '../../graph-schema/index.js';
import type { ModelCard } from '../base/contract.js';
import { runIdFor } from '../base/run-id.js';
import { entityIdForKey } from '../resolve/entity-id.js';
import { entityKey } from '../resolve/index.js';

export type Segment = NonNullable<GraphPatchInput['segments']>[number];
export type Entity = NonNullable<GraphPatchInput['entities']>[number];
export type Mention = NonNullable<GraphPatchInput['mentions']>[number];
export type Relation = NonNullable<GraphPatchInput['relations']>[number];
export type Biometric = NonNullable<GraphPatchInput['faces']>[number];
type ModelVersion = GraphPatchInput['run']['models'][number];

/** The facts one medium (an image, a frame, a recording) contributed, before they become one source's patch. */
export interface PatchPart {
  segments: Segment[];
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
  faces: Biometric[];
  voices: Biometric[];
  models: ModelVersion[];
}

export function emptyPart(): PatchPart {
  return { segments: [], entities: [], mentions: [], relations: [], faces: [], voices: [], models: [] };
}

export function modelVersion(card: ModelCard | ModelVersion): ModelVersion {
  return { id: card.id, name: card.name, version: card.version, task: card.task, ...(card.licence ? { licence: card.licence } : {}), ...(card.origin ? { origin: card.origin } : {}) };
}

/** The facts of a text pipeline patch (for text read or heard in the medium). */
export function partFromTextPatch(patch: GraphPatchInput): PatchPart {
  return {
    segments: patch.segments ?? [],
    entities: patch.entities ?? [],
    mentions: patch.mentions ?? [],
    relations: patch.relations ?? [],
    faces: [],
    voices: [],
    models: patch.run.models,
  };
}

/**
 * Concatenates parts; an entity found in several (the same person in two
 * frames) is kept once, with the names and aliases of all.
 */
export function mergeParts(parts: readonly PatchPart[]): PatchPart {
  const out = emptyPart();
  const entities = new Map<string, Entity>();
  const models = new Map<string, ModelVersion>();
  for (const part of parts) {
    out.segments.push(...part.segments);
    out.mentions.push(...part.mentions);
    out.relations.push(...part.relations);
    out.faces.push(...part.faces);
    out.voices.push(...part.voices);
    for (const m of part.models) models.set(m.id, m);
    for (const e of part.entities) {
      const prev = entities.get(e.id);
      entities.set(e.id, prev ? { ...prev, names: { ...e.names, ...prev.names }, aliases: [...new Set([...(prev.aliases ?? []), ...(e.aliases ?? [])])] } : e);
    }
  }
  out.entities = [...entities.values()];
  out.models = [...models.values()];
  // Segment indexes are positions within the source, in order of appearance.
  out.segments = out.segments.map((s, index) => ({ ...s, index }));
  return out;
}

export interface MediaSource {
  id: string;
  kind: 'image' | 'audio' | 'video';
  name: string;
  mediaType: string;
  contentHash: string;
  bytes: number;
  uri?: string;
  capturedAt?: string;
  device?: string;
  width?: number;
  height?: number;
  durationMs?: number;
  language?: string;
}

export function toPatch(source: MediaSource, part: PatchPart): GraphPatchInput {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as unknown as MediaSource;
  return {
    source: defined,
    run: { id: runIdFor(source, part.models), models: part.models },
    segments: part.segments,
    entities: part.entities,
    mentions: part.mentions,
    relations: part.relations,
    faces: part.faces,
    voices: part.voices,
  };
}

/**
 * An entity that is a plain word of the ontology (a detected object's class):
 * one node per word across all media, like a named entity from text.
 */
export function conceptEntity(label: string): Entity {
  const name = label.trim().toLowerCase();
  const key = entityKey('Concept', name, 'en');
  return { id: entityIdForKey(key), type: 'Concept', name, key, names: { en: name } };
}

/** A photo's GPS position as a Location (one node per ~11 m cell, so two photos taken in one spot share it). */
export function gpsLocation(gps: { latitude: number; longitude: number }): Entity {
  const lat = Number(gps.latitude.toFixed(4));
  const lon = Number(gps.longitude.toFixed(4));
  const name = `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
  const key = `Location:geo:${name}`;
  return { id: entityIdForKey(key), type: 'Location', name, key, geo: { latitude: lat, longitude: lon } };
}
