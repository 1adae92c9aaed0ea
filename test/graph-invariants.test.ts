import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { GraphWriter, InvalidPatchError, findEntityCandidates } from '../graph-schema/index.js';
import { namespace, useGraph } from './support/graph.js';
import { textPatch, type TextFact } from './support/patches.js';
import { snapshot, withoutTimes } from './support/snapshot.js';

const { gateway, writer } = useGraph();

function cast(ns: string) {
  const person = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:person:${key}`, type: 'Person', name });
  const org = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:org:${key}`, type: 'Organization', name });
  const place = (key: string, name: string): TextFact['entity'] => ({ id: `${ns}:loc:${key}`, type: 'Location', name });
  return {
    cook: person('tim-cook', 'Tim Cook'),
    jobs: person('steve-jobs', 'Steve Jobs'),
    apple: org('apple', 'Apple'),
    cupertino: place('cupertino', 'Cupertino'),
  };
}

async function count(query: string, params: Record<string, unknown>): Promise<number> {
  return gateway.executeRead(async (tx) => (await tx.run(query, params)).records[0]?.get(0) as number | undefined ?? 0);
}

describe('graph writer invariants (real Neo4j)', () => {
  it('writes a source with segments, typed entities, mentions with offsets, and relations with evidence and provenance', async () => {
    const ns = namespace();
    const c = cast(ns);
    const sentences = ['Tim Cook is the CEO of Apple.', 'Apple is headquartered in Cupertino.'];
    const result = await writer.write(
      textPatch({
        sourceId: `${ns}:doc`,
        sentences,
        facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }, { surface: 'Cupertino', entity: c.cupertino }],
        relations: [[c.cook.id, 'CEO_OF', c.apple.id, 0], [c.apple.id, 'HEADQUARTERED_IN', c.cupertino.id, 1]],
      }),
    );
    expect(result.sources[`${ns}:doc`]).toBe('created');

    const rows = await gateway.executeRead(async (tx) =>
      (
        await tx.run(
          `MATCH (s:Source {id: $id})-[:HAS_SEGMENT]->(seg:Segment)-[m:MENTIONS]->(e:Entity)
           RETURN s.status AS status, seg.start AS segStart, m.surface AS surface, m.start AS start, m.end AS end,
                  m.model AS model, labels(e) AS labels ORDER BY m.start`,
          { id: `${ns}:doc` },
        )
      ).records.map((r) => r.toObject() as Record<string, unknown>),
    );
    const text = sentences.join(' ');
    expect(rows.map((r) => r.surface)).toEqual(['Tim Cook', 'Apple', 'Apple', 'Cupertino']);
    for (const r of rows) {
      expect(r.status).toBe('done');
      expect(text.slice(r.start as number, r.end as number)).toBe(r.surface);
      expect(r.model).toBe('test-ner@1.0.0');
    }
    expect(rows[0]?.labels).toEqual(expect.arrayContaining(['Entity', 'Person']));

    const rel = await gateway.executeRead(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Entity {id: $a})-[r:CEO_OF]->(b:Entity {id: $b})
           MATCH (ev:Evidence {relationId: r.id})-[:IN_SEGMENT]->(seg:Segment)<-[:HAS_SEGMENT]-(s:Source)
           MATCH (s)-[:PROCESSED_BY]->(run:ExtractionRun {id: ev.runId})-[:USED]->(v:ModelVersion {id: ev.model})
           RETURN r.support AS support, r.confidence AS confidence, ev.text AS sentence, s.id AS source, v.version AS version`,
          { a: c.cook.id, b: c.apple.id },
        )
      ).records[0]?.toObject(),
    );
    expect(rel).toMatchObject({ support: 1, sentence: sentences[0], source: `${ns}:doc`, version: '1.0.0' });
    expect(rel?.confidence).toBeCloseTo(0.8);
  });

  it('re-ingesting an unchanged source changes nothing, not even timestamps', async () => {
    const ns = namespace();
    const c = cast(ns);
    const patch = textPatch({
      sourceId: `${ns}:doc`,
      sentences: ['Tim Cook met Steve Jobs in Cupertino.'],
      facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Steve Jobs', entity: c.jobs }, { surface: 'Cupertino', entity: c.cupertino }],
      relations: [[c.jobs.id, 'MET', c.cook.id, 0]],
    });
    await writer.write(patch);
    const before = await snapshot(gateway, ns);
    const again = await writer.write(patch);
    expect(again.sources[`${ns}:doc`]).toBe('unchanged');
    expect(await snapshot(gateway, ns)).toEqual(before);
    expect(Object.keys(before.nodes).length).toBeGreaterThan(5);
  });

  it('re-ingesting a changed source replaces exactly that source’s facts', async () => {
    const ns = namespace();
    const c = cast(ns);
    const other = textPatch({
      sourceId: `${ns}:other`,
      sentences: ['Apple is headquartered in Cupertino.'],
      facts: [{ surface: 'Apple', entity: c.apple }, { surface: 'Cupertino', entity: c.cupertino }],
      relations: [[c.apple.id, 'HEADQUARTERED_IN', c.cupertino.id, 0]],
    });
    await writer.write(other);
    await writer.write(
      textPatch({
        sourceId: `${ns}:doc`,
        sentences: ['Steve Jobs founded Apple.'],
        facts: [{ surface: 'Steve Jobs', entity: c.jobs }, { surface: 'Apple', entity: c.apple }],
        relations: [[c.jobs.id, 'FOUNDED', c.apple.id, 0]],
      }),
    );
    const otherBefore = await snapshot(gateway, `${ns}:other`);

    const changed = await writer.write(
      textPatch({
        sourceId: `${ns}:doc`,
        sentences: ['Tim Cook is the CEO of Apple.'],
        facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }],
        relations: [[c.cook.id, 'CEO_OF', c.apple.id, 0]],
      }),
    );
    expect(changed.sources[`${ns}:doc`]).toBe('replaced');

    const state = await gateway.executeRead(async (tx) => {
      const r = await tx.run(
        `OPTIONAL MATCH (jobs:Entity {id: $jobs}) WITH count(jobs) AS jobs
         OPTIONAL MATCH (cook:Entity {id: $cook}) WITH jobs, count(cook) AS cook
         OPTIONAL MATCH ()-[f:FOUNDED]->(:Entity {id: $apple}) WITH jobs, cook, count(f) AS founded
         OPTIONAL MATCH (:Entity {id: $cook})-[ceo:CEO_OF]->(:Entity {id: $apple}) WITH jobs, cook, founded, count(ceo) AS ceo
         MATCH (:Source {id: $doc})-[:HAS_SEGMENT]->(seg) WITH jobs, cook, founded, ceo, collect(seg.text) AS texts
         MATCH (:Source {id: $doc})-[:PROCESSED_BY]->(run) RETURN jobs, cook, founded, ceo, texts, count(run) AS runs`,
        { jobs: c.jobs.id, cook: c.cook.id, apple: c.apple.id, doc: `${ns}:doc` },
      );
      return r.records[0]?.toObject();
    });
    // Steve Jobs was only in the old text: gone with his relation. Apple stays (both versions and the other source).
    expect(state).toEqual({ jobs: 0, cook: 1, founded: 0, ceo: 1, texts: ['Tim Cook is the CEO of Apple.'], runs: 1 });
    expect(await snapshot(gateway, `${ns}:other`)).toEqual(otherBefore);
  });

  it('deleting a source removes what only it supported and keeps what other sources still support', async () => {
    const ns = namespace();
    const c = cast(ns);
    for (const [id, sentence] of [['a', 'Tim Cook is the CEO of Apple.'], ['b', 'Apple named Tim Cook its CEO. Cook works in Cupertino.']] as const) {
      await writer.write(
        textPatch({
          sourceId: `${ns}:${id}`,
          sentences: sentence.split(/(?<=\.) /),
          facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }, { surface: 'Cupertino', entity: c.cupertino }],
          relations: id === 'a' ? [[c.cook.id, 'CEO_OF', c.apple.id, 0]] : [[c.cook.id, 'CEO_OF', c.apple.id, 0], [c.cook.id, 'WORKS_FOR', c.apple.id, 0]],
        }),
      );
    }
    const ceo = `MATCH (:Entity {id: $cook})-[r:CEO_OF]->(:Entity {id: $apple}) RETURN r.support AS s, r.confidence AS c`;
    const both = await gateway.executeRead(async (tx) => (await tx.run(ceo, { cook: c.cook.id, apple: c.apple.id })).records[0]?.toObject());
    expect(both?.s).toBe(2);
    expect(both?.c).toBeCloseTo(1 - 0.2 * 0.2);

    expect(await writer.deleteSource(`${ns}:b`)).toBe(true);
    const after = await gateway.executeRead(async (tx) => (await tx.run(ceo, { cook: c.cook.id, apple: c.apple.id })).records[0]?.toObject());
    expect(after?.s).toBe(1);
    expect(after?.c).toBeCloseTo(0.8);
    expect(await count(`MATCH (:Entity {id: $cook})-[r:WORKS_FOR]->() RETURN count(r)`, { cook: c.cook.id })).toBe(0);
    expect(await count(`MATCH (e:Entity {id: $id}) RETURN count(e)`, { id: c.cupertino.id })).toBe(0);
    expect(await count(`MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e)`, { ids: [c.cook.id, c.apple.id] })).toBe(2);
    expect(await count(`MATCH (n) WHERE n.sourceId = $s OR n.id = $s RETURN count(n)`, { s: `${ns}:b` })).toBe(0);

    expect(await writer.deleteSource(`${ns}:a`)).toBe(true);
    expect(Object.keys((await snapshot(gateway, ns)).nodes)).toEqual([]);
    expect(await writer.deleteSource(`${ns}:a`)).toBe(false);
  });

  it('keeps a pinned entity when its last source goes', async () => {
    const ns = namespace();
    const c = cast(ns);
    await writer.write(textPatch({ sourceId: `${ns}:doc`, sentences: ['Tim Cook spoke.'], facts: [{ surface: 'Tim Cook', entity: c.cook }] }));
    await gateway.executeWrite((tx) => tx.run('MATCH (e:Entity {id: $id}) SET e.pinned = true', { id: c.cook.id }));
    await writer.deleteSource(`${ns}:doc`);
    expect(await count('MATCH (e:Entity {id: $id}) RETURN count(e)', { id: c.cook.id })).toBe(1);
  });

  it('a write interrupted before completion is finished by writing again, ending in the same graph', async () => {
    const ns = namespace();
    const c = cast(ns);
    const patch = textPatch({
      sourceId: `${ns}:doc`,
      sentences: ['Tim Cook is the CEO of Apple.'],
      facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }],
      relations: [[c.cook.id, 'CEO_OF', c.apple.id, 0]],
    });
    await writer.write(patch);
    const complete = withoutTimes(await snapshot(gateway, ns));
    // Simulate a crash between the data batches and the final "done" mark.
    await gateway.executeWrite((tx) =>
      tx.run(`MATCH (s:Source {id: $id}) SET s.status = 'processing', s.pendingHash = s.contentHash REMOVE s.contentHash`, { id: `${ns}:doc` }),
    );
    const rerun = await writer.write(patch);
    expect(rerun.sources[`${ns}:doc`]).toBe('replaced');
    expect(withoutTimes(await snapshot(gateway, ns))).toEqual(complete);
  });

  it('stores a symmetric relation once, whichever way round it was said', async () => {
    const ns = namespace();
    const c = cast(ns);
    const facts = [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Steve Jobs', entity: c.jobs }];
    await writer.write(textPatch({ sourceId: `${ns}:1`, sentences: ['Tim Cook met Steve Jobs.'], facts, relations: [[c.cook.id, 'MET', c.jobs.id, 0]] }));
    await writer.write(textPatch({ sourceId: `${ns}:2`, sentences: ['Steve Jobs met Tim Cook.'], facts, relations: [[c.jobs.id, 'MET', c.cook.id, 0]] }));
    const rels = await gateway.executeRead(async (tx) =>
      (await tx.run('MATCH (:Entity {id: $a})-[r:MET]-(:Entity {id: $b}) RETURN r.support AS support', { a: c.cook.id, b: c.jobs.id })).records.map((r) => r.get('support') as number),
    );
    expect(rels).toEqual([2]);
  });

  it('shares batches across many patches and merges one entity mentioned by all of them', async () => {
    const ns = namespace();
    const c = cast(ns);
    const patches = Array.from({ length: 12 }, (_, i) =>
      textPatch({
        sourceId: `${ns}:doc${i}`,
        sentences: [`Report ${i}: Apple opened a store in Cupertino.`],
        facts: [{ surface: 'Apple', entity: c.apple }, { surface: 'Cupertino', entity: c.cupertino }],
        relations: [[c.apple.id, 'HEADQUARTERED_IN', c.cupertino.id, 0]],
      }),
    );
    const small = new GraphWriter({ gateway, logger: pino({ level: 'silent' }), batchSize: 3 });
    const result = await small.writeMany(patches);
    expect(Object.values(result.sources).every((o) => o === 'created')).toBe(true);
    expect(await count('MATCH (e:Entity {id: $id})<-[m:MENTIONS]-() RETURN count(m)', { id: c.apple.id })).toBe(12);
    expect(await count('MATCH (:Entity {id: $a})-[r:HEADQUARTERED_IN]->() RETURN r.support', { a: c.apple.id })).toBe(12);
    expect(await count('MATCH (e:Entity) WHERE e.id STARTS WITH $ns RETURN count(e)', { ns })).toBe(2);
  });

  it('refuses patches whose labels or relation types are not in the vocabulary, writing nothing', async () => {
    const ns = namespace();
    const c = cast(ns);
    const good = textPatch({ sourceId: `${ns}:doc`, sentences: ['Tim Cook is the CEO of Apple.'], facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }], relations: [[c.cook.id, 'CEO_OF', c.apple.id, 0]] });
    const badType = structuredClone(good) as { entities: { type: string }[]; relations: { type: string }[] };
    badType.entities[0]!.type = 'Person:Admin`) DETACH DELETE (n';
    await expect(writer.write(badType)).rejects.toBeInstanceOf(InvalidPatchError);
    const badRel = structuredClone(good) as { relations: { type: string }[] };
    badRel.relations[0]!.type = 'OWNS]->() DELETE x //';
    await expect(writer.write(badRel)).rejects.toThrow(/relations\.0\.type/);
    expect(Object.keys((await snapshot(gateway, ns)).nodes)).toEqual([]);
  });

  it('refuses dangling references and unmentioned entities with every problem listed', async () => {
    const ns = namespace();
    const c = cast(ns);
    const patch = textPatch({ sourceId: `${ns}:doc`, sentences: ['Tim Cook is the CEO of Apple.'], facts: [{ surface: 'Tim Cook', entity: c.cook }, { surface: 'Apple', entity: c.apple }] }) as {
      entities: unknown[];
      mentions: { segmentId: string }[];
    };
    patch.entities.push({ id: `${ns}:ghost`, type: 'Person', name: 'Ghost' });
    patch.mentions[0]!.segmentId = `${ns}:nowhere`;
    const err = await writer.write(patch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPatchError);
    expect((err as InvalidPatchError).problems).toEqual(
      expect.arrayContaining([expect.stringContaining('unknown segment'), expect.stringContaining(`entity "${ns}:ghost" is not mentioned`)]),
    );
  });

  it('finds entities by any alias or language name through the full-text index', async () => {
    const ns = namespace();
    const beijing = { id: `${ns}:loc:beijing`, type: 'Location' as const, name: 'Beijing' };
    const patch = textPatch({ sourceId: `${ns}:doc`, sentences: ['Beijing hosted the summit.'], facts: [{ surface: 'Beijing', entity: beijing }] }) as {
      entities: { names?: Record<string, string>; aliases?: string[] }[];
    };
    patch.entities[0]!.names = { en: 'Beijing', zh: '北京', es: 'Pekín' };
    patch.entities[0]!.aliases = [`Peking${ns.replace(/\W/g, '')}`];
    await writer.write(patch);
    const hit = async (q: string) =>
      gateway.executeRead(async (tx) =>
        (await tx.run(`CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node WHERE node.id = $id RETURN node.name_zh AS zh`, { q, id: beijing.id })).records.map((r) => r.get('zh') as string),
      );
    await gateway.executeRead((tx) => tx.run('CALL db.awaitIndexes(30)'));
    expect(await hit(`Peking${ns.replace(/\W/g, '')}`)).toEqual(['北京']);
    expect(await hit('Pekín')).toEqual(['北京']);
  });

  it('offers as candidates entities holding every word of a name in another order, not those missing a word', async () => {
    const ns = namespace();
    // A unique word keeps other tests' and runs' entities out of the answer.
    const tag = `Zq${ns.replace(/\W/g, '')}`;
    const alliance = { id: `${ns}:org:alliance`, type: 'Organization' as const, name: `Green ${tag} Alliance` };
    const other = { id: `${ns}:org:other`, type: 'Organization' as const, name: `Blue ${tag} Alliance` };
    await writer.write(textPatch({
      sourceId: `${ns}:doc`,
      sentences: [`Green ${tag} Alliance and Blue ${tag} Alliance met.`],
      facts: [{ surface: `Green ${tag} Alliance`, entity: alliance }, { surface: `Blue ${tag} Alliance`, entity: other }],
    }));
    await gateway.executeRead((tx) => tx.run('CALL db.awaitIndexes(30)'));
    const found = await findEntityCandidates(gateway, [], [`Alliance of the Green ${tag}`]);
    expect(found.map((c) => c.id).filter((id) => id.startsWith(ns))).toEqual([alliance.id]);
  });
});
