import { describe, expect, it } from 'vitest';
import { entityIdForKey } from './entity-id.js';
import { mergeRecordOf, undoMerge } from './merge-record.js';
import type { Candidate } from './merge-rules.js';
import { namesToLuceneQuery } from '../../graph-schema/entity-candidates.js';
import { Resolver, type FindCandidates } from './resolver.js';

/** An in-memory entity store standing in for the Neo4j lookup: returns every stored entity and records what was asked. */
function store(entities: Candidate[]): { find: FindCandidates; asked: Array<{ keys: string[]; names: string[] }> } {
  const asked: Array<{ keys: string[]; names: string[] }> = [];
  return {
    asked,
    find: (keys, names) => {
      asked.push({ keys, names });
      return Promise.resolve(entities);
    },
  };
}

/**
 * Looks entities up the way `findEntityCandidates` does: equal keys, or a name
 * or alias holding one of the query's phrases, or all of one of its any-order
 * word sets, ignoring case and punctuation.
 */
function graphLike(entities: Candidate[]): FindCandidates {
  const words = (text: string) => ` ${text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim()} `;
  return (keys, names) => {
    const clauses = (namesToLuceneQuery(names) ?? '').split(' OR ');
    const phrases = clauses.filter((c) => c.startsWith('"')).map((p) => words(p.slice(1, -1)));
    const wordSets = clauses.filter((c) => c.startsWith('(')).map((c) => c.slice(1, -1).split(' ').map((w) => ` ${w.slice(1)} `));
    const matches = (n: string) => phrases.some((p) => words(n).includes(p)) || wordSets.some((set) => set.every((w) => words(n).includes(w)));
    return Promise.resolve(entities.filter((e) => (e.key !== undefined && keys.includes(e.key)) || [e.name, ...(e.aliases ?? [])].some(matches)));
  };
}

const TIM_COOK: Candidate = { id: 'e:tim-cook', type: 'Person', name: 'Tim Cook', key: 'Person:tim cook', aliases: ['Cook'] };
const APPLE: Candidate = { id: 'e:apple', type: 'Organization', name: 'Apple Inc.', key: 'Organization:apple' };
const BEIJING: Candidate = { id: 'e:beijing', type: 'Location', name: 'Beijing', key: 'Location:beijing', names: { en: 'Beijing' } };

describe('Resolver', () => {
  it('asks for candidates once per batch, with keys for every compatible type and all names', async () => {
    const db = store([]);
    await new Resolver({ findCandidates: db.find }).resolve([
      { type: 'Organization', name: 'Apple Inc.' },
      { type: 'Location', name: 'Pekín', language: 'es', names: { en: 'Beijing' } },
    ]);
    expect(db.asked).toHaveLength(1);
    expect(db.asked[0]?.keys).toEqual(expect.arrayContaining(['Organization:apple', 'Product:apple inc', 'Location:pekin', 'Location:beijing']));
    expect(db.asked[0]?.names).toEqual(expect.arrayContaining(['Apple Inc.', 'Pekín', 'Beijing']));
  });

  it('joins existing entities and says by which rule, with the id to undo to', async () => {
    const resolver = new Resolver({ findCandidates: store([TIM_COOK, APPLE, BEIJING]).find });
    const [apple, pekin] = await resolver.resolve([
      { type: 'Organization', name: 'Apple' },
      { type: 'Location', name: 'Pekín', language: 'es', names: { es: 'Pekín', en: 'Beijing' } },
    ]);
    expect(apple).toMatchObject({ entityId: 'e:apple', isNew: false, rule: 'exact-key', score: 1, ownId: entityIdForKey('Organization:apple') });
    expect(pekin).toMatchObject({ entityId: 'e:beijing', rule: 'translation', score: 0.95, key: 'Location:beijing' });
  });

  it('gives a new entity a deterministic id from its pivot key', async () => {
    const resolver = new Resolver({ findCandidates: store([]).find });
    const [first] = await resolver.resolve([{ type: 'Person', name: 'Ada Lovelace' }]);
    const [again] = await new Resolver({ findCandidates: store([]).find }).resolve([{ type: 'Person', name: 'Ada  LOVELACE' }]);
    expect(first).toMatchObject({ isNew: true, rule: 'new', entityId: entityIdForKey('Person:ada lovelace') });
    expect(again?.entityId).toBe(first?.entityId);
  });

  it("keeps 'Cook' from another document apart from Tim Cook", async () => {
    const [cook] = await new Resolver({ findCandidates: store([TIM_COOK]).find }).resolve([{ type: 'Person', name: 'Cook' }]);
    expect(cook).toMatchObject({ isNew: true, entityId: entityIdForKey('Person:cook') });
  });

  it("keeps the person 'Washington' apart from the place", async () => {
    const place: Candidate = { id: 'e:wa', type: 'Location', name: 'Washington' };
    const [person] = await new Resolver({ findCandidates: store([place]).find }).resolve([{ type: 'Person', name: 'Washington' }]);
    expect(person).toMatchObject({ isNew: true, key: 'Person:washington' });
  });

  it('lets mentions in one batch find each other (a new entity is a candidate for the next mention)', async () => {
    const resolver = new Resolver({ findCandidates: store([]).find });
    const out = await resolver.resolve([
      { type: 'Organization', name: 'United Nations' },
      { type: 'Organization', name: 'UN' },
      { type: 'Organization', name: 'Naciones Unidas', language: 'es', names: { en: 'United Nations' } },
    ]);
    expect(out.map((r) => r.entityId)).toEqual(Array(3).fill(out[0]?.entityId));
    expect(out.map((r) => r.rule)).toEqual(['new', 'alias', 'translation']);
  });

  it('leaves a mention unmerged when two candidates tie, and names them', async () => {
    const un: Candidate = { id: 'e:un', type: 'Organization', name: 'United Nations' };
    const nebraska: Candidate = { id: 'e:unl', type: 'Organization', name: 'University Nebraska' };
    const [mention] = await new Resolver({ findCandidates: store([un, nebraska]).find }).resolve([{ type: 'Organization', name: 'UN' }]);
    expect(mention).toMatchObject({ isNew: true, rule: 'new', ambiguousWith: ['e:un', 'e:unl'] });
  });

  it('picks one of two existing duplicates with the same key instead of creating a third', async () => {
    const a: Candidate = { id: 'e:b', type: 'Organization', name: 'Microsoft' };
    const b: Candidate = { id: 'e:a', type: 'Organization', name: 'Microsoft Corp.' };
    const [mention] = await new Resolver({ findCandidates: store([a, b]).find }).resolve([{ type: 'Organization', name: 'Microsoft Corporation' }]);
    expect(mention).toMatchObject({ entityId: 'e:a', rule: 'exact-key' });
  });

  it('prefers direct evidence over a closer fuzzy score', async () => {
    const typo: Candidate = { id: 'e:typo', type: 'Person', name: 'Angela Merkl' };
    const exact: Candidate = { id: 'e:exact', type: 'Person', name: 'Angela Merkel' };
    const [mention] = await new Resolver({ findCandidates: store([typo, exact]).find }).resolve([{ type: 'Person', name: 'Dr. Angela Merkel' }]);
    expect(mention).toMatchObject({ entityId: 'e:exact', rule: 'exact-key' });
  });

  it('records every merge so it can be undone, and nothing for a new entity', async () => {
    const [apple, fresh] = await new Resolver({ findCandidates: store([APPLE]).find }).resolve([
      { type: 'Organization', name: 'Apple' },
      { type: 'Organization', name: 'Apple Records' },
    ]);
    const record = apple && mergeRecordOf(apple);
    expect(record).toEqual({
      mergedId: entityIdForKey('Organization:apple'),
      intoId: 'e:apple',
      key: 'Organization:apple',
      name: 'Apple',
      rule: 'exact-key',
      score: 1,
      detail: '"Apple" has key "apple"',
    });
    expect(fresh && mergeRecordOf(fresh)).toBeUndefined();
    expect(record && undoMerge(record)).toEqual({ entityId: record?.mergedId, key: 'Organization:apple', name: 'Apple', undoes: { intoId: 'e:apple', rule: 'exact-key' } });
  });

  it('finds an English node by its alias from a Chinese legal name (the full-text search matches whole phrases)', async () => {
    // Made by English documents: first "Hanxing" alone, later "Hanxing Technology" joined it as an alias.
    const hanxing: Candidate = { id: 'e:hanxing', type: 'Organization', name: 'Hanxing', key: 'Organization:hanxing', names: { en: 'Hanxing' }, aliases: ['Hanxing Technology'] };
    const [zh] = await new Resolver({ findCandidates: graphLike([hanxing]) }).resolve([
      { type: 'Organization', name: '瀚星科技有限公司', language: 'zh', names: { zh: '瀚星科技有限公司', en: 'Hanxing Technology Co., Ltd.' }, aliases: ['瀚星'] },
    ]);
    expect(zh).toMatchObject({ entityId: 'e:hanxing', isNew: false, rule: 'alias' });
  });

  it('finds and joins an organisation whose name a word-by-word translation reordered ("Alliance Green Circuit")', async () => {
    const alliance: Candidate = { id: 'e:gca', type: 'Organization', name: 'Green Circuit Alliance', key: 'Organization:green circuit alliance' };
    const [es] = await new Resolver({ findCandidates: graphLike([alliance]) }).resolve([
      { type: 'Organization', name: 'Alianza Circuito Verde', language: 'es', names: { es: 'Alianza Circuito Verde', en: 'Alliance Green Circuit' } },
    ]);
    expect(es).toMatchObject({ entityId: 'e:gca', isNew: false, rule: 'translation', score: 0.9 });
  });

  describe('a transliterated name (安娜·韦伯) against Latin-script people', () => {
    const annaWeber: Candidate = { id: 'e:anna', type: 'Person', name: 'Anna Weber', key: 'Person:anna weber', names: { en: 'Anna Weber' } };
    const klausWeber: Candidate = { id: 'e:klaus', type: 'Person', name: 'Klaus Weber', key: 'Person:klaus weber', names: { en: 'Klaus Weber' } };
    const mention = {
      type: 'Person' as const,
      name: '安娜·韦伯',
      language: 'zh',
      names: { zh: '安娜·韦伯', en: 'Anna Webb' },
      transliteration: [[['anna']], [['webb', 'webber', 'weber']]],
    };

    it('looks candidates up by the spellings too, since the translation "Anna Webb" is not a phrase the graph holds', async () => {
      const [anna] = await new Resolver({ findCandidates: graphLike([annaWeber, klausWeber]) }).resolve([mention]);
      expect(anna).toMatchObject({ entityId: 'e:anna', isNew: false, rule: 'transliteration', score: 0.9 });
      const [alone] = await new Resolver({ findCandidates: graphLike([annaWeber, klausWeber]) }).resolve([{ ...mention, transliteration: undefined }]);
      expect(alone).toMatchObject({ isNew: true });
    });

    it('leaves it unmerged when two people read equally well (an Anna Webber is in the graph too)', async () => {
      const annaWebber: Candidate = { id: 'e:webber', type: 'Person', name: 'Anna Webber', key: 'Person:anna webber' };
      const [anna] = await new Resolver({ findCandidates: store([annaWeber, annaWebber, klausWeber]).find }).resolve([mention]);
      expect(anna).toMatchObject({ isNew: true, rule: 'new', ambiguousWith: ['e:anna', 'e:webber'] });
    });
  });

  it('applies threshold overrides', async () => {
    const strict = new Resolver({ findCandidates: store([{ id: 'e:m', type: 'Person', name: 'Angela Merkel' }]).find, thresholds: { similarName: { ...thresholdsFor(1.01) } } });
    const [mention] = await strict.resolve([{ type: 'Person', name: 'Angela Merkl' }]);
    expect(mention?.isNew).toBe(true);
  });
});

function thresholdsFor(value: number) {
  return { Person: value, Organization: value, Location: value, Product: value, Event: value, Concept: value, Date: value, Money: value, Work: value };
}
