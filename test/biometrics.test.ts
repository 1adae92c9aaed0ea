import { describe, expect, it } from 'vitest';
import { findNearestBiometrics, forgetPerson, labelIdentity, listIdentities, type GraphPatchInput } from '../graph-schema/index.js';
import { namespace, useGraph } from './support/graph.js';
import { sha256, textPatch } from './support/patches.js';

const runtime = useGraph();
const FACE_DIM = runtime.config.embeddings.faceDim;
const FACE_MODEL = { id: 'test-faces@1.0.0', name: 'test-faces', version: '1.0.0', task: 'faces' };
const NER_MODEL = { id: 'test-ner@1.0.0', name: 'test-ner', version: '1.0.0', task: 'ner' };

/** Vectors differ on every run: the vector index is shared with earlier runs' data, and an identical stored vector would tie. */
const RUN_SEED = Math.floor(Math.random() * 2 ** 31);

/** A pseudo-random unit vector: unrelated seeds are nearly orthogonal in 1024 dimensions. */
function unitVector(seed: number, noiseOf?: { base: number[]; amount: number }): number[] {
  let state = (seed + RUN_SEED) >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
  const v = Array.from({ length: FACE_DIM }, (_, i) => (noiseOf ? (noiseOf.base[i] as number) + noiseOf.amount * next() : next()));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

interface FaceSpec {
  id: string;
  embedding: number[];
  identityId: string;
}

/** An image source with one region segment per face, and optionally a caption naming a person. */
function imagePatch(sourceId: string, faces: FaceSpec[], caption?: { personId: string; name: string; linkFace: string }): GraphPatchInput {
  const segments: GraphPatchInput['segments'] = faces.map((f, index) => ({ id: `${sourceId}#face${index}`, kind: 'region', index, box: { x: 10 * index, y: 5, w: 40, h: 50 } }));
  const patch: GraphPatchInput = {
    source: { id: sourceId, kind: 'image', mediaType: 'image/png', contentHash: sha256(sourceId), name: `${sourceId}.png`, width: 320, height: 240 },
    run: { id: `${sourceId}:run`, models: [FACE_MODEL, NER_MODEL] },
    segments,
    faces: faces.map((f, index) => ({
      id: f.id,
      segmentId: `${sourceId}#face${index}`,
      embedding: f.embedding,
      confidence: 0.99,
      quality: 0.8,
      model: FACE_MODEL.id,
      identityId: f.identityId,
      ...(caption?.linkFace === f.id ? { person: { entityId: caption.personId, rule: 'caption-names-one-person', score: 0.8 } } : {}),
    })),
  };
  if (caption) {
    patch.segments = [...(patch.segments ?? []), { id: `${sourceId}#caption`, kind: 'text', index: faces.length, text: caption.name, start: 0, end: caption.name.length }];
    patch.entities = [{ id: caption.personId, type: 'Person', name: caption.name }];
    patch.mentions = [{ segmentId: `${sourceId}#caption`, entityId: caption.personId, surface: caption.name, start: 0, end: caption.name.length, confidence: 0.9, model: NER_MODEL.id }];
  }
  return patch;
}

describe('biometric identities in the graph', () => {
  it('finds the nearest stored face, with cosine similarity and its identity', async () => {
    const ns = namespace('bio');
    const alice = unitVector(101);
    await runtime.writer.write(imagePatch(`${ns}:img1`, [{ id: `${ns}:f1`, embedding: alice, identityId: `${ns}:id-a` }]));
    await runtime.writer.write(imagePatch(`${ns}:img2`, [{ id: `${ns}:f2`, embedding: unitVector(202), identityId: `${ns}:id-b` }]));

    const probe = unitVector(999, { base: alice, amount: 0.01 });
    const matches = await findNearestBiometrics(runtime.gateway, 'face', probe, { k: 5, minSimilarity: 0.9 });
    expect(matches[0]).toMatchObject({ id: `${ns}:f1`, identityId: `${ns}:id-a`, sourceId: `${ns}:img1`, segmentId: `${ns}:img1#face0`, personId: null });
    expect(matches[0]?.similarity).toBeGreaterThan(0.99);
    expect(matches.map((m) => m.id)).not.toContain(`${ns}:f2`);
  });

  it('labels a face cluster as a person, relabels it, and refuses unknown faces and non-person entities', async () => {
    const ns = namespace('bio');
    const v = unitVector(303);
    await runtime.writer.write(imagePatch(`${ns}:img1`, [{ id: `${ns}:f1`, embedding: v, identityId: `${ns}:id` }]));
    await runtime.writer.write(imagePatch(`${ns}:img2`, [{ id: `${ns}:f2`, embedding: unitVector(7, { base: v, amount: 0.01 }), identityId: `${ns}:id` }]));

    const first = await labelIdentity(runtime.gateway, 'face', `${ns}:f2`, { id: `${ns}:ada`, name: 'Ada Lovelace', key: `Person:${ns}:ada` });
    expect(first).toEqual({ identityId: `${ns}:id`, personId: `${ns}:ada`, biometrics: 2, createdPerson: true });

    const relabel = await labelIdentity(runtime.gateway, 'face', `${ns}:id`, { id: `${ns}:grace`, name: 'Grace Hopper', key: `Person:${ns}:grace` });
    expect(relabel.personId).toBe(`${ns}:grace`);
    const persons = await runtime.gateway.executeRead(async (tx) => {
      const res = await tx.run('MATCH (:Identity {id: $id})-[:IDENTIFIED_AS]->(p) RETURN collect(p.id) AS ids', { id: `${ns}:id` });
      return res.records[0]?.get('ids') as string[];
    });
    expect(persons).toEqual([`${ns}:grace`]);

    await expect(labelIdentity(runtime.gateway, 'face', `${ns}:nope`, { id: `${ns}:x`, name: 'X', key: 'k' })).rejects.toMatchObject({ code: 'GRAPH_NOT_FOUND' });
    await expect(labelIdentity(runtime.gateway, 'voice', `${ns}:f1`, { id: `${ns}:x`, name: 'X', key: 'k' })).rejects.toMatchObject({ code: 'GRAPH_NOT_FOUND' });
    const org = { id: `${ns}:acme`, type: 'Organization' as const, name: 'Acme' };
    await runtime.writer.write(textPatch({ sourceId: `${ns}:doc`, sentences: ['Acme makes anvils.'], facts: [{ surface: 'Acme', entity: org }] }));
    await expect(labelIdentity(runtime.gateway, 'face', `${ns}:f1`, { id: org.id, name: 'Acme', key: 'k' })).rejects.toMatchObject({ code: 'GRAPH_NOT_ALLOWED' });

    const summary = (await listIdentities(runtime.gateway, 'face', 10_000)).find((i) => i.id === `${ns}:id`);
    expect(summary).toEqual({ id: `${ns}:id`, kind: 'face', members: 2, sources: 2, personId: `${ns}:grace`, personName: 'Grace Hopper' });
  });

  it('links a caption-named person to the face but never overrides a user label', async () => {
    const ns = namespace('bio');
    const v = unitVector(404);
    await runtime.writer.write(imagePatch(`${ns}:img1`, [{ id: `${ns}:f1`, embedding: v, identityId: `${ns}:id` }], { personId: `${ns}:tim`, name: 'Tim Cook', linkFace: `${ns}:f1` }));
    const linked = await runtime.gateway.executeRead(async (tx) =>
      (await tx.run('MATCH (:Identity {id: $id})-[r:IDENTIFIED_AS]->(p) RETURN p.id AS p, r.rule AS rule', { id: `${ns}:id` })).records.map((r) => r.toObject()),
    );
    expect(linked).toEqual([{ p: `${ns}:tim`, rule: 'caption-names-one-person' }]);

    await labelIdentity(runtime.gateway, 'face', `${ns}:id`, { id: `${ns}:someone`, name: 'Someone Else', key: `Person:${ns}:else` });
    await runtime.writer.write(imagePatch(`${ns}:img2`, [{ id: `${ns}:f2`, embedding: v, identityId: `${ns}:id` }], { personId: `${ns}:tim`, name: 'Tim Cook', linkFace: `${ns}:f2` }));
    const after = await runtime.gateway.executeRead(async (tx) =>
      (await tx.run('MATCH (:Identity {id: $id})-[r:IDENTIFIED_AS]->(p) RETURN p.id AS p', { id: `${ns}:id` })).records.map((r) => r.get('p') as string),
    );
    expect(after).toEqual([`${ns}:someone`]);
  });

  it('forgets a person: every face and identity goes, the text about them stays', async () => {
    const ns = namespace('bio');
    const v = unitVector(505);
    await runtime.writer.write(imagePatch(`${ns}:img1`, [{ id: `${ns}:f1`, embedding: v, identityId: `${ns}:id` }, { id: `${ns}:other`, embedding: unitVector(606), identityId: `${ns}:id2` }], { personId: `${ns}:p`, name: 'Pat Doe', linkFace: `${ns}:f1` }));
    await runtime.writer.write(imagePatch(`${ns}:img2`, [{ id: `${ns}:f2`, embedding: v, identityId: `${ns}:id` }]));

    const forgotten = await forgetPerson(runtime.gateway, `${ns}:p`);
    expect(forgotten).toEqual({ faces: 2, voices: 0, identities: 1, segments: 2 });

    const left = await runtime.gateway.executeRead(async (tx) => {
      const res = await tx.run(
        `OPTIONAL MATCH (f:Face) WHERE f.id IN [$ns + ':f1', $ns + ':f2'] WITH count(f) AS faces
         OPTIONAL MATCH (o:Face {id: $ns + ':other'}) WITH faces, count(o) AS others
         OPTIONAL MATCH (p:Entity {id: $ns + ':p'})<-[:MENTIONS]-() RETURN faces, others, count(p) AS mentions`,
        { ns },
      );
      return res.records[0]?.toObject();
    });
    expect(left).toEqual({ faces: 0, others: 1, mentions: 1 });
    expect(await findNearestBiometrics(runtime.gateway, 'face', v, { k: 5, minSimilarity: 0.99 })).toEqual([]);
    await expect(forgetPerson(runtime.gateway, `${ns}:missing`)).rejects.toMatchObject({ code: 'GRAPH_NOT_FOUND' });
    const place = { id: `${ns}:paris`, type: 'Location' as const, name: 'Paris' };
    await runtime.writer.write(textPatch({ sourceId: `${ns}:doc`, sentences: ['Paris is large.'], facts: [{ surface: 'Paris', entity: place }] }));
    await expect(forgetPerson(runtime.gateway, place.id)).rejects.toMatchObject({ code: 'GRAPH_NOT_ALLOWED' });
  });
});
