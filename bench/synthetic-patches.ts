import { createHash } from 'node:crypto';
import { mulberry32 as prng } from '../extractors/base/seeded-random.js';
import { SYMMETRIC_RELATIONS, type GraphPatchInput, type RelationType } from '../graph-schema/index.js';

/**
 * Deterministic synthetic text patches for the graph-write bench. Same options
 * and seed, same corpus, byte for byte (no Math.random, no clock): only the id
 * namespace differs between the systems under test.
 *
 * Shape per document: `sentencesPerDoc` text segments, each sentence names three
 * entities ("A p1 B and p2 C.") and asserts two relations (A–B, A–C), so a
 * document has 3 mentions and 2 relations per sentence. Every entity of the pool
 * is some document's "own" entity (mentioned there at least once); the other
 * slots are drawn from a heavy-tailed popularity distribution, so a few entities
 * are mentioned hundreds of times across the corpus, as in real news text.
 */

export type BenchEntityType = 'Person' | 'Organization' | 'Location' | 'Product';

export interface CorpusOptions {
  /** Prefix of every id (sources, entities, models): keeps one system's nodes apart from another's. */
  namespace: string;
  docs: number;
  sentencesPerDoc?: number;
  /** Size of the entity pool; default 10 per document. Must be at most docs × sentencesPerDoc. */
  entities?: number;
  seed?: number;
}

export interface CorpusStats {
  docs: number;
  segments: number;
  entities: number;
  mentions: number;
  /** Relation assertions (one per evidence sentence), as listed in the patches. */
  relations: number;
  /** Distinct (type, subject, object) after symmetric orientation: what ends up as relationships. */
  distinctRelations: number;
  /** The most mentions any single entity gets. */
  maxMentionsPerEntity: number;
}

export interface Corpus {
  patches: GraphPatchInput[];
  stats: CorpusStats;
}

export const SENTENCES_PER_DOC = 10;
const MENTIONS_PER_SENTENCE = 3;
const STARTED_AT = '2024-01-01T00:00:00.000Z';


type Rand = () => number;

function pick<T>(rand: Rand, list: readonly T[]): T {
  const v = list[Math.floor(rand() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

function shuffle<T>(rand: Rand, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = list[i] as T;
    list[i] = list[j] as T;
    list[j] = a;
  }
  return list;
}

/*
 * Names are pronounceable but invented, never real ones: other processes that
 * share the database resolve their mentions against every :Entity by name
 * (full-text) and key, and a bench "Maria Lopez" would capture theirs (and take
 * their mentions with it when the bench deletes its namespace). Keys carry the
 * namespace for the same reason.
 */
const SYLLABLES = [
  'nor', 'wind', 'ax', 'el', 'bri', 'ton', 'vel', 'ar', 'cor', 'ia', 'zen', 'ith', 'lum', 'era', 'dra', 'kon', 'sol', 'var',
  'tek', 'ova', 'mir', 'an', 'quo', 'rix', 'sta', 'lin', 'gro', 'vis', 'hal', 'den', 'ber', 'mont', 'ros', 'al', 'fen', 'tor',
];
const GIVEN_END = ['a', 'o', 'en', 'is', 'ine', 'ar', 'el', 'ia'];
const FAMILY_END = ['son', 'berg', 'ez', 'ova', 'ini', 'ski', 'ard', 'ley', 'ovic', 'ane'];
const ORG_SUFFIX = ['Systems', 'Holdings', 'Labs', 'Group', 'Energy', 'Logistics', 'Capital', 'Foods', 'Motors', 'Pharma', 'Media', 'Bank', 'Robotics', 'Partners'];
const PLACE_PATTERNS = ['{}', 'Port {}', '{} Valley', 'New {}', '{}ford', '{}ton', 'San {}', '{} Heights', 'Lake {}', '{}burg'];
const PRODUCT_LINES = ['Pro', 'Air', 'Max', 'One', 'Go', 'Edge', 'Core', 'Nova', 'Pulse', 'Orbit'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function word(rand: Rand): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rand, SYLLABLES);
  return cap(w);
}

interface PoolEntity {
  id: string;
  type: BenchEntityType;
  name: string;
  key: string;
  aliases?: string[];
}

function entityName(rand: Rand, type: BenchEntityType): { name: string; aliases?: string[] } {
  switch (type) {
    case 'Person': {
      const first = cap(pick(rand, SYLLABLES) + pick(rand, GIVEN_END));
      const last = cap(pick(rand, SYLLABLES) + pick(rand, SYLLABLES) + pick(rand, FAMILY_END));
      return rand() < 0.5 ? { name: `${first} ${last}` } : { name: `${first} ${String.fromCharCode(65 + Math.floor(rand() * 26))}. ${last}`, aliases: [`${first} ${last}`] };
    }
    case 'Organization': {
      const brand = word(rand);
      return { name: `${brand} ${pick(rand, ORG_SUFFIX)}`, aliases: [brand] };
    }
    case 'Location':
      return { name: pick(rand, PLACE_PATTERNS).replace('{}', word(rand)) };
    case 'Product':
      return { name: `${word(rand)} ${pick(rand, PRODUCT_LINES)} ${100 + Math.floor(rand() * 900)}` };
  }
}

const TYPE_SHARES: [BenchEntityType, number][] = [['Person', 0.4], ['Organization', 0.25], ['Location', 0.2], ['Product', 0.15]];

function entityPool(rand: Rand, size: number, namespace: string): PoolEntity[] {
  const types: BenchEntityType[] = [];
  for (const [type, share] of TYPE_SHARES) for (let i = 0; i < Math.round(size * share); i++) types.push(type);
  while (types.length < size) types.push('Person');
  types.length = size;
  shuffle(rand, types);
  const taken = new Set<string>();
  return types.map((type, i) => {
    let named = entityName(rand, type);
    // Unique display names keep the data plausible (two "Maria Lopez" are two ids, but rarely in one corpus).
    for (let tries = 0; taken.has(named.name) && tries < 20; tries++) named = entityName(rand, type);
    if (taken.has(named.name)) named = { ...named, name: `${named.name} (${i})` };
    taken.add(named.name);
    return {
      id: `${namespace}${type.toLowerCase()}-${String(i).padStart(6, '0')}`,
      type,
      name: named.name,
      key: `${namespace}${type.toLowerCase()}:${named.name.toLowerCase()}`,
      ...(named.aliases ? { aliases: named.aliases } : {}),
    };
  });
}

/** How the first-named entity relates to another one, by their types; `reverse` swaps subject and object. */
interface Phrase { type: RelationType; text: string; reverse?: boolean }

const PHRASES: Record<BenchEntityType, Record<BenchEntityType, Phrase[]>> = {
  Person: {
    Person: [{ type: 'MET', text: 'met' }, { type: 'SPOUSE_OF', text: 'is married to' }, { type: 'CO_OCCURS_WITH', text: 'appeared with' }],
    Organization: [
      { type: 'WORKS_FOR', text: 'works for' }, { type: 'CEO_OF', text: 'leads' }, { type: 'FOUNDED', text: 'founded' },
      { type: 'MEMBER_OF', text: 'joined' }, { type: 'INVESTED_IN', text: 'invested in' },
    ],
    Location: [{ type: 'BORN_IN', text: 'was born in' }, { type: 'LIVES_IN', text: 'lives in' }, { type: 'VISITED', text: 'visited' }],
    Product: [{ type: 'CO_OCCURS_WITH', text: 'presented the' }],
  },
  Organization: {
    Person: [{ type: 'WORKS_FOR', text: 'hired', reverse: true }, { type: 'CEO_OF', text: 'appointed', reverse: true }],
    Organization: [
      { type: 'ACQUIRED', text: 'acquired' }, { type: 'PARTNERED_WITH', text: 'partnered with' },
      { type: 'INVESTED_IN', text: 'invested in' }, { type: 'PART_OF', text: 'became part of' },
    ],
    Location: [{ type: 'HEADQUARTERED_IN', text: 'is headquartered in' }, { type: 'LOCATED_IN', text: 'opened an office in' }],
    Product: [{ type: 'PRODUCES', text: 'makes the' }, { type: 'PRODUCES', text: 'released the' }],
  },
  Location: {
    Person: [{ type: 'BORN_IN', text: 'is the birthplace of', reverse: true }, { type: 'VISITED', text: 'welcomed', reverse: true }],
    Organization: [{ type: 'HEADQUARTERED_IN', text: 'is home to', reverse: true }],
    Location: [{ type: 'LOCATED_IN', text: 'lies in' }, { type: 'PART_OF', text: 'is part of' }],
    Product: [{ type: 'CO_OCCURS_WITH', text: 'is a key market for the' }],
  },
  Product: {
    Person: [{ type: 'CO_OCCURS_WITH', text: 'was reviewed by' }],
    Organization: [{ type: 'PRODUCES', text: 'is made by', reverse: true }],
    Location: [{ type: 'CO_OCCURS_WITH', text: 'launched in' }],
    Product: [{ type: 'CO_OCCURS_WITH', text: 'competes with the' }],
  },
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function generateCorpus(options: CorpusOptions): Corpus {
  const { namespace, docs } = options;
  const sentencesPerDoc = options.sentencesPerDoc ?? SENTENCES_PER_DOC;
  const poolSize = options.entities ?? docs * 10;
  if (docs < 1 || sentencesPerDoc < 1) throw new Error('need at least one document of one sentence');
  // Every entity must be some document's own entity, one per sentence at most.
  if (poolSize > docs * sentencesPerDoc) throw new Error(`entity pool ${poolSize} exceeds docs × sentences (${docs * sentencesPerDoc}): some entities would never be mentioned`);
  if (poolSize < MENTIONS_PER_SENTENCE) throw new Error(`entity pool needs at least ${MENTIONS_PER_SENTENCE} entities`);

  const rand = prng(options.seed ?? 20240101);
  const pool = entityPool(rand, poolSize, namespace);
  const byPopularity = shuffle(rand, pool.map((_, i) => i));
  // Heavy tail: P(rank < k) = sqrt(k / pool), so the top entity gets about 1/sqrt(pool) of the draws.
  const popular = (): PoolEntity => pool[byPopularity[Math.floor(poolSize * rand() ** 2)] ?? 0] as PoolEntity;

  const ner = { id: `${namespace}ner@1.0.0`, name: `${namespace}ner`, version: '1.0.0', task: 'ner', licence: 'Apache-2.0', origin: 'bench' };
  const rel = { id: `${namespace}rel@1.0.0`, name: `${namespace}rel`, version: '1.0.0', task: 'relations', origin: 'bench' };

  const mentionCount = new Map<string, number>();
  const distinct = new Set<string>();
  let mentions = 0;
  let relations = 0;
  const patches: GraphPatchInput[] = [];

  for (let d = 0; d < docs; d++) {
    const sourceId = `${namespace}doc-${String(d).padStart(6, '0')}`;
    const own: PoolEntity[] = [];
    for (let i = d; i < poolSize; i += docs) own.push(pool[i] as PoolEntity);

    const sentences: string[] = [];
    const segments: NonNullable<GraphPatchInput['segments']> = [];
    const patchMentions: NonNullable<GraphPatchInput['mentions']> = [];
    const patchRelations: NonNullable<GraphPatchInput['relations']> = [];
    const entities = new Map<string, PoolEntity>();
    let offset = 0;

    for (let s = 0; s < sentencesPerDoc; s++) {
      const chosen: PoolEntity[] = [];
      const ownEntity = own[s];
      if (ownEntity) chosen.push(ownEntity);
      while (chosen.length < MENTIONS_PER_SENTENCE) {
        const e = popular();
        if (!chosen.some((c) => c.id === e.id)) chosen.push(e);
      }
      shuffle(rand, chosen);
      const [a, b, c] = chosen as [PoolEntity, PoolEntity, PoolEntity];
      const p1 = pick(rand, PHRASES[a.type][b.type]);
      const p2 = pick(rand, PHRASES[a.type][c.type]);

      // "A p1 B and p2 C." with the offset of every name recorded as the text is built.
      let sentence = '';
      const at: number[] = [];
      const put = (text: string, name = false) => {
        if (name) at.push(sentence.length);
        sentence += text;
      };
      put(a.name, true);
      put(` ${p1.text} `);
      put(b.name, true);
      put(` and ${p2.text} `);
      put(c.name, true);
      put('.');

      const segmentId = `${sourceId}#${s}`;
      const start = offset;
      const end = offset + sentence.length;
      segments.push({ id: segmentId, kind: 'text', index: s, text: sentence, start, end, language: 'en' });
      sentences.push(sentence);
      offset = end + 1;

      [a, b, c].forEach((e, i) => {
        const pos = start + (at[i] ?? 0);
        patchMentions.push({ segmentId, entityId: e.id, surface: e.name, start: pos, end: pos + e.name.length, confidence: round3(0.6 + rand() * 0.39), model: ner.id });
        entities.set(e.id, e);
        mentionCount.set(e.id, (mentionCount.get(e.id) ?? 0) + 1);
        mentions++;
      });
      for (const [phrase, other] of [[p1, b], [p2, c]] as const) {
        const [subject, object] = phrase.reverse ? [other, a] : [a, other];
        patchRelations.push({
          type: phrase.type, subjectId: subject.id, objectId: object.id, segmentId,
          confidence: round3(0.5 + rand() * 0.49), model: rel.id, text: sentence, start, end,
        });
        const [s1, o1] = SYMMETRIC_RELATIONS.has(phrase.type) && object.id < subject.id ? [object.id, subject.id] : [subject.id, object.id];
        distinct.add(`${phrase.type}\u0000${s1}\u0000${o1}`);
        relations++;
      }
    }

    const text = sentences.join(' ');
    const hash = sha256(text);
    patches.push({
      source: { id: sourceId, kind: 'text', mediaType: 'text/plain', contentHash: hash, name: `doc-${d}.txt`, language: 'en', bytes: Buffer.byteLength(text), title: sentences[0]?.slice(0, 80) },
      run: { id: `${sourceId}:run:${hash.slice(0, 8)}`, startedAt: STARTED_AT, models: [ner, rel] },
      segments,
      entities: [...entities.values()].map((e) => ({ id: e.id, type: e.type, name: e.name, key: e.key, ...(e.aliases ? { aliases: e.aliases } : {}) })),
      mentions: patchMentions,
      relations: patchRelations,
    });
  }

  if (mentionCount.size !== poolSize) throw new Error(`generator bug: ${poolSize - mentionCount.size} entities never mentioned`);
  return {
    patches,
    stats: {
      docs,
      segments: docs * sentencesPerDoc,
      entities: poolSize,
      mentions,
      relations,
      distinctRelations: distinct.size,
      maxMentionsPerEntity: Math.max(...mentionCount.values()),
    },
  };
}
