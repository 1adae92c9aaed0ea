import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { mulberry32 as prng } from '../../extractors/base/seeded-random.js';
import type { GraphGateway, GraphPatchInput, GraphWriter, RelationType } from '../../graph-schema/index.js';

/**
 * A deterministic synthetic graph for the API bench: `entities` entities of
 * four types, mentioned in documents of ten sentences, each sentence naming
 * three entities and asserting two typed relations. Every entity is the
 * subject of one sentence in its own document; objects are drawn from a
 * heavy-tailed popularity, so some entities are hubs with hundreds of
 * relations, as in news text. Everything lives under one id prefix, kept
 * between runs (writing the same patches again changes nothing).
 */

export const BENCH_API_PREFIX = 'bench-api-';
const SENTENCES = 10;
const MODELS = [
  { id: 'bench-ner@1.0.0', name: 'bench-ner', version: '1.0.0', task: 'ner' },
  { id: 'bench-rel@1.0.0', name: 'bench-rel', version: '1.0.0', task: 'relations' },
];

type Type = 'Person' | 'Organization' | 'Location' | 'Product';
export interface BenchEntity {
  id: string;
  type: Type;
  name: string;
}


const FIRST = ['Maria', 'James', 'Aisha', 'Wei', 'Carlos', 'Sofia', 'Liam', 'Fatima', 'Noah', 'Elena', 'Kenji', 'Amara', 'Lucas', 'Ingrid', 'Mateo', 'Priya', 'Oliver', 'Yuki', 'Diego', 'Hannah'];
const SYLLABLES = ['nor', 'wind', 'ax', 'el', 'bri', 'ton', 'vel', 'ar', 'cor', 'ia', 'zen', 'ith', 'lum', 'era', 'dra', 'kon', 'sol', 'var', 'tek', 'ova', 'mir', 'an', 'quo', 'rix'];
const SUFFIX: Record<Type, string[]> = {
  Person: [''],
  Organization: ['Systems', 'Holdings', 'Labs', 'Group', 'Energy', 'Capital', 'Motors', 'Media'],
  Location: ['City', 'Valley', 'Harbour', 'Heights', 'Springs'],
  Product: ['Pro', 'Air', 'Max', 'One', 'Go', 'Edge'],
};
const VERB: Record<Type, [RelationType, string]> = {
  Person: ['WORKS_FOR', 'works for'],
  Organization: ['PARTNERED_WITH', 'partnered with'],
  Location: ['LOCATED_IN', 'lies near'],
  Product: ['CO_OCCURS_WITH', 'competes with'],
};
const TYPES: Type[] = ['Person', 'Person', 'Organization', 'Organization', 'Location', 'Product'];

export function benchNamespace(entities: number): string {
  return `${BENCH_API_PREFIX}${entities}:`;
}

export function benchEntities(namespace: string, count: number, seed = 7): BenchEntity[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const word = () => {
    let w = '';
    for (let i = 0, n = 2 + Math.floor(rand() * 2); i < n; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, i) => {
    const type = pick(TYPES);
    const suffix = pick(SUFFIX[type]);
    const name = type === 'Person' ? `${pick(FIRST)} ${word()}` : `${word()} ${suffix}`;
    return { id: `${namespace}e${String(i).padStart(7, '0')}`, type, name };
  });
}

/** Documents `from` to `to` (exclusive), so a large graph is written in bounded batches. */
export function benchPatches(namespace: string, entities: readonly BenchEntity[], from: number, to: number, seed = 11): GraphPatchInput[] {
  const perDoc = SENTENCES;
  const patches: GraphPatchInput[] = [];
  for (let d = from; d < to; d++) {
    const rand = prng(seed * 1_000_003 + d);
    // Heavy tail: squaring a uniform draw favours low indexes, which become hubs.
    const popular = () => entities[Math.floor(rand() * rand() * entities.length)] as BenchEntity;
    const sourceId = `${namespace}doc${String(d).padStart(6, '0')}`;
    const sentences: string[] = [];
    const mentioned = new Map<string, BenchEntity>();
    const mentions: NonNullable<GraphPatchInput['mentions']> = [];
    const relations: NonNullable<GraphPatchInput['relations']> = [];
    const segments: NonNullable<GraphPatchInput['segments']> = [];
    let offset = 0;
    for (let s = 0; s < perDoc; s++) {
      const ownIndex = (d * perDoc + s) % entities.length;
      const own = entities[ownIndex] as BenchEntity;
      let b = popular();
      let c = popular();
      if (b.id === own.id) b = entities[(ownIndex + 1) % entities.length] as BenchEntity;
      if (c.id === own.id || c.id === b.id) c = entities[(ownIndex + 2) % entities.length] as BenchEntity;
      const [relType, verb] = VERB[own.type];
      const text = `${own.name} ${verb} ${b.name} and ${c.name}.`;
      const segmentId = `${sourceId}#${s}`;
      segments.push({ id: segmentId, kind: 'text', index: s, text, start: offset, end: offset + text.length, language: 'en' });
      let at = 0;
      for (const e of [own, b, c]) {
        const start = text.indexOf(e.name, at);
        at = start + e.name.length;
        mentions.push({ segmentId, entityId: e.id, surface: e.name, start: offset + start, end: offset + at, confidence: 0.9, model: MODELS[0]!.id });
        mentioned.set(e.id, e);
      }
      for (const o of [b, c]) {
        relations.push({ type: relType, subjectId: own.id, objectId: o.id, segmentId, confidence: 0.7, model: MODELS[1]!.id, text, start: offset, end: offset + text.length });
      }
      sentences.push(text);
      offset += text.length + 1;
    }
    const body = sentences.join(' ');
    patches.push({
      source: { id: sourceId, kind: 'text', mediaType: 'text/plain', contentHash: createHash('sha256').update(body).digest('hex'), name: `${sourceId}.txt`, language: 'en' },
      run: { id: `${sourceId}:run`, startedAt: '2024-01-01T00:00:00.000Z', models: MODELS },
      segments,
      entities: [...mentioned.values()].map((e) => ({ id: e.id, type: e.type, name: e.name })),
      mentions,
      relations,
    });
  }
  return patches;
}

export async function countBenchEntities(gateway: GraphGateway, namespace: string): Promise<number> {
  return gateway.executeRead(
    async (tx) => Number((await tx.run('MATCH (e:Entity) WHERE e.id STARTS WITH $ns RETURN count(e) AS n', { ns: namespace })).records[0]?.get('n') ?? 0),
    { metadata: { purpose: 'bench-api-count' }, timeoutMs: 120_000 },
  );
}

/** Writes the graph unless it is already complete; returns seconds spent writing (0 when reused). */
export async function ensureBenchGraph(options: { gateway: GraphGateway; writer: GraphWriter; entities: number; log: (line: string) => void }): Promise<number> {
  const namespace = benchNamespace(options.entities);
  const have = await countBenchEntities(options.gateway, namespace);
  if (have >= options.entities) {
    options.log(`reusing ${have.toLocaleString('en-US')} entities under ${namespace}`);
    return 0;
  }
  const pool = benchEntities(namespace, options.entities);
  const docs = Math.ceil(options.entities / SENTENCES);
  const started = performance.now();
  const batch = 200;
  for (let from = 0; from < docs; from += batch) {
    await options.writer.writeMany(benchPatches(namespace, pool, from, Math.min(docs, from + batch)));
    if ((from / batch) % 10 === 0) options.log(`  wrote ${Math.min(docs, from + batch).toLocaleString('en-US')} / ${docs.toLocaleString('en-US')} documents`);
  }
  return (performance.now() - started) / 1000;
}

/** Deletes everything under the prefix, in bounded transactions. */
export async function deleteBenchGraph(gateway: GraphGateway, namespace: string): Promise<void> {
  if (!namespace.startsWith(BENCH_API_PREFIX)) throw new Error(`refusing to delete outside ${BENCH_API_PREFIX}: ${namespace}`);
  for (const [label, property] of [['Evidence', 'sourceId'], ['Segment', 'id'], ['ExtractionRun', 'id'], ['Source', 'id'], ['Entity', 'id']] as const) {
    for (;;) {
      const deleted = await gateway.executeWrite(
        async (tx) =>
          Number((await tx.run(`MATCH (n:${label}) WHERE n.${property} STARTS WITH $ns WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n`, { ns: namespace, batch: neo4j.int(5000) })).records[0]?.get('n') ?? 0),
        { metadata: { purpose: 'bench-api-cleanup' }, timeoutMs: 120_000 },
      );
      if (deleted < 5000) break;
    }
  }
}
