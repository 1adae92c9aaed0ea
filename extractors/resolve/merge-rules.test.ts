import { describe, expect, it } from 'vitest';
import { decideMerge, type Candidate, type ResolvableMention } from './merge-rules.js';

const candidate = (c: Partial<Candidate> & Pick<Candidate, 'name' | 'type'>): Candidate => ({ id: `cand:${c.name}`, ...c });
const decide = (mention: ResolvableMention, c: Partial<Candidate> & Pick<Candidate, 'name' | 'type'>) => decideMerge(mention, candidate(c));

describe('decideMerge: exact keys', () => {
  it.each<[ResolvableMention, Pick<Candidate, 'name' | 'type'>]>([
    [{ type: 'Organization', name: 'Apple' }, { type: 'Organization', name: 'Apple Inc.' }],
    [{ type: 'Organization', name: 'Microsoft Corporation' }, { type: 'Organization', name: 'Microsoft' }],
    [{ type: 'Person', name: 'José García' }, { type: 'Person', name: 'Jose Garcia' }],
    [{ type: 'Person', name: 'Dr. Angela Merkel' }, { type: 'Person', name: 'Angela Merkel' }],
  ])('%j = %j', (mention, c) => {
    expect(decide(mention, c)).toMatchObject({ merge: true, rule: 'exact-key', score: 1 });
  });

  it('matches a stored key with or without its type prefix, and a label in the mention language', () => {
    expect(decide({ type: 'Location', name: 'Pekín', language: 'es' }, { type: 'Location', name: 'Beijing', names: { es: 'Pekín' } })).toMatchObject({ rule: 'exact-key' });
    expect(decide({ type: 'Location', name: 'beijing' }, { type: 'Location', name: 'Beijing City', key: 'Location:beijing' })).toMatchObject({ rule: 'exact-key' });
  });

  it('gives a lone surname a weak score even on an exact key', () => {
    expect(decide({ type: 'Person', name: 'Cook' }, { type: 'Person', name: 'Cook' })).toMatchObject({ merge: true, rule: 'exact-key', score: 0.7 });
  });
});

describe('decideMerge: types', () => {
  it("never merges the person 'Washington' with the place 'Washington'", () => {
    expect(decide({ type: 'Person', name: 'Washington' }, { type: 'Location', name: 'Washington' })).toMatchObject({ merge: false, reason: 'Person and Location never merge' });
    expect(decide({ type: 'Person', name: 'Apple' }, { type: 'Organization', name: 'Apple' })).toMatchObject({ merge: false });
  });

  it('merges Product and Organization on an exact key, with a lowered score to review', () => {
    expect(decide({ type: 'Product', name: 'Apple' }, { type: 'Organization', name: 'Apple Inc.' })).toMatchObject({ merge: true, rule: 'exact-key', score: 0.85 });
  });

  it('never merges Product and Organization on fuzzy names', () => {
    expect(decide({ type: 'Product', name: 'Microsft' }, { type: 'Organization', name: 'Microsoft' })).toMatchObject({ merge: false });
  });
});

describe('decideMerge: translation', () => {
  it("resolves Spanish 'Pekín' to the English entity through its translation", () => {
    const pekin: ResolvableMention = { type: 'Location', name: 'Pekín', language: 'es', names: { es: 'Pekín', en: 'Beijing' } };
    expect(decide(pekin, { type: 'Location', name: 'Beijing', key: 'Location:beijing' })).toMatchObject({ merge: true, rule: 'translation', score: 0.95 });
  });

  it('resolves Chinese through a candidate that already holds the translated name', () => {
    const beijing: ResolvableMention = { type: 'Location', name: '北京', language: 'zh', names: { en: 'Beijing' } };
    expect(decide(beijing, { type: 'Location', name: 'Beijing' })).toMatchObject({ rule: 'translation' });
    expect(decide(beijing, { type: 'Location', name: 'Beijing', names: { zh: '北京' } })).toMatchObject({ rule: 'exact-key' });
  });
});

describe('decideMerge: translations in another word order', () => {
  const translated = (name: string, en: string, type: ResolvableMention['type'] = 'Organization'): ResolvableMention => ({ type, name, language: 'es', names: { es: name, en } });

  it('meets a name whose words a word-by-word translation left in the source order', () => {
    expect(decide(translated('Consejo Europeo de Investigación', 'Council European of Research'), { type: 'Organization', name: 'European Research Council' }))
      .toMatchObject({ merge: true, rule: 'translation', score: 0.9 });
    expect(decide(translated('Feria de Vehículos Eléctricos', 'Fair of Vehicles Electric', 'Event'), { type: 'Event', name: 'Electric Vehicles Fair' }))
      .toMatchObject({ merge: true, rule: 'translation' });
  });

  it('needs every content word on both sides, and at least three of them', () => {
    expect(decide(translated('Consejo Europeo de Investigación', 'Council European of Research'), { type: 'Organization', name: 'European Research Agency' })).toMatchObject({ merge: false });
    expect(decide(translated('Banco de España', 'Bank of Spain'), { type: 'Organization', name: 'Spain Bank' })).toMatchObject({ merge: false });
  });

  it('does not apply to the name as written, only to a translation', () => {
    expect(decide({ type: 'Organization', name: 'Research Council European' }, { type: 'Organization', name: 'European Research Council' }))
      .not.toMatchObject({ rule: 'translation' });
  });
});

describe('decideMerge: aliases and acronyms', () => {
  it("infers 'UN' ↔ 'United Nations' from initials, both ways", () => {
    expect(decide({ type: 'Organization', name: 'UN' }, { type: 'Organization', name: 'United Nations' })).toMatchObject({ merge: true, rule: 'alias', score: 0.85 });
    expect(decide({ type: 'Organization', name: 'United Nations' }, { type: 'Organization', name: 'UN' })).toMatchObject({ merge: true, rule: 'alias' });
  });

  it('does not call a capitalised word an acronym ("Un" is not "UN")', () => {
    expect(decide({ type: 'Organization', name: 'Un' }, { type: 'Organization', name: 'United Nations' })).toMatchObject({ merge: false });
  });

  it('uses stored aliases when they are distinctive', () => {
    expect(decide({ type: 'Person', name: 'Timothy Cook' }, { type: 'Person', name: 'Tim Cook', aliases: ['Timothy Cook', 'Cook'] })).toMatchObject({ merge: true, rule: 'alias', score: 0.9 });
  });

  it("does not merge 'Cook' into 'Tim Cook' across documents without context, even when 'Cook' is a stored alias", () => {
    const decision = decide({ type: 'Person', name: 'Cook' }, { type: 'Person', name: 'Tim Cook', aliases: ['Cook', 'Mr. Cook'] });
    expect(decision.merge).toBe(false);
  });

  it("merges 'Cook' into 'Tim Cook' when context embeddings agree", () => {
    const decision = decide({ type: 'Person', name: 'Cook', embedding: [0.9, 0.1, 0.4] }, { type: 'Person', name: 'Tim Cook', embedding: [0.88, 0.12, 0.41] });
    expect(decision).toMatchObject({ merge: true, rule: 'embedding' });
  });
});

describe('decideMerge: transliterated names', () => {
  // 安娜·韦伯 as the Chinese pipeline hands it over: CC-CEDICT's one guess ("Anna Webb") and every spelling it lists per part.
  const annaWeber: ResolvableMention = {
    type: 'Person',
    name: '安娜·韦伯',
    language: 'zh',
    names: { zh: '安娜·韦伯', en: 'Anna Webb' },
    transliteration: [[['anna']], [['webb', 'webber', 'weber']]],
  };

  it("joins 安娜·韦伯 to 'Anna Weber' through a listed spelling, and records the reading", () => {
    expect(decide(annaWeber, { type: 'Person', name: 'Anna Weber', names: { en: 'Anna Weber', es: 'Anna Weber' } })).toEqual({
      merge: true,
      rule: 'transliteration',
      score: 0.9,
      detail: '"安娜·韦伯" read as "anna weber" ~ "anna weber" (1.000)',
    });
  });

  it('needs the spellings: the one translation "Anna Webb" alone is too far from "Anna Weber"', () => {
    const { transliteration: _spellings, ...translationOnly } = annaWeber;
    expect(decide(translationOnly, { type: 'Person', name: 'Anna Weber' })).toMatchObject({ merge: false });
  });

  it('keeps 安娜·韦伯 apart from Klaus Weber: every part must read as one of the candidate\'s words', () => {
    expect(decide(annaWeber, { type: 'Person', name: 'Klaus Weber', names: { en: 'Klaus Weber' } })).toMatchObject({ merge: false });
  });

  it('never reads a lone surname (韦伯 has one part) into a full name', () => {
    const weber: ResolvableMention = { type: 'Person', name: '韦伯', language: 'zh', names: { en: 'Webb' }, transliteration: [[['webb', 'webber', 'weber']]] };
    expect(decide(weber, { type: 'Person', name: 'Anna Weber' })).toMatchObject({ merge: false });
    expect(decide(weber, { type: 'Person', name: 'Klaus Weber' })).toMatchObject({ merge: false });
  });

  it('reads a part the dictionary does not know through the syllable table (巴尔加斯 → Vargas)', () => {
    const elena: ResolvableMention = {
      type: 'Person',
      name: '埃琳娜·巴尔加斯',
      language: 'zh',
      names: { en: "Elena Ba'erjiasi" },
      transliteration: [[['elena']], [['ba', 'va'], ['r', 'l', 'er'], ['jia', 'ga', 'ja'], ['', 's', 'si']]],
    };
    expect(decide(elena, { type: 'Person', name: 'Elena Vargas' })).toMatchObject({ merge: true, rule: 'transliteration', score: 0.9 });
    expect(decide(elena, { type: 'Person', name: 'Elena Varela' })).toMatchObject({ merge: false });
  });

  it('holds the reading to the type rules: a person never joins an organisation, a middle name is not ignored', () => {
    expect(decide(annaWeber, { type: 'Organization', name: 'Anna Weber' })).toMatchObject({ merge: false });
    expect(decide(annaWeber, { type: 'Person', name: 'Anna Maria Weber' })).toMatchObject({ merge: false });
  });

  it('scores a near reading below an exact one by more than a tie', () => {
    const exact = decide(annaWeber, { type: 'Person', name: 'Anna Weber' });
    const near = decide(annaWeber, { type: 'Person', name: 'Anna Webers' });
    expect(near).toMatchObject({ merge: true, rule: 'transliteration' });
    expect(exact.score - near.score).toBeGreaterThan(0.02);
  });
});

describe('decideMerge: similar names', () => {
  it.each<[string, string, 'Person' | 'Organization' | 'Location', boolean]>([
    ['Angela Merkl', 'Angela Merkel', 'Person', true],
    ['Paul McCartny', 'Paul McCartney', 'Person', true],
    ['Jon Smith', 'John Smith', 'Person', false],
    ['Katherine Johnson', 'Catherine Johnson', 'Person', false],
    ['Deutsche Telecom', 'Deutsche Telekom', 'Organization', true],
    ['Microsft', 'Microsoft', 'Organization', true],
    ['Toyoda', 'Toyota', 'Organization', false],
    ['Apple Records', 'Apple Inc.', 'Organization', false],
    ['Samsung Electronics', 'Samsung', 'Organization', false],
    ['Marseilles', 'Marseille', 'Location', true],
    ['Austria', 'Australia', 'Location', false],
    ['Niger', 'Nigeria', 'Location', false],
    ['Slovakia', 'Slovenia', 'Location', false],
    ['Colombia', 'Columbia', 'Location', false],
    ['IBN', 'IBM', 'Organization', false],
  ])('%s ~ %s (%s): merge %s', (a, b, type, expected) => {
    const decision = decide({ type, name: a }, { type, name: b });
    expect(decision.merge).toBe(expected);
    if (expected) expect(decision.rule).toBe('similar-name');
  });

  it('reports the near miss when it does not merge', () => {
    expect(decide({ type: 'Person', name: 'Jon Smith' }, { type: 'Person', name: 'John Smith' })).toMatchObject({ merge: false, rule: 'similar-name', score: expect.closeTo(0.933, 3) as number });
  });
});

describe('decideMerge: embeddings', () => {
  it('refuses on embeddings alone when the names are unrelated (two rival companies in the same news)', () => {
    expect(decide({ type: 'Organization', name: 'Apple', embedding: [1, 0, 0] }, { type: 'Organization', name: 'Microsoft', embedding: [1, 0.01, 0] }).merge).toBe(false);
  });

  it('needs a higher cosine when the names are in different scripts', () => {
    // cosine 0.928: enough for two Latin names that are related, not for names that cannot be compared.
    const zh: ResolvableMention = { type: 'Organization', name: '腾讯', language: 'zh', embedding: [1, 0.4, 0] };
    expect(decide(zh, { type: 'Organization', name: 'Tencent', embedding: [1, 0, 0] }).merge).toBe(false);
    expect(decide({ ...zh, embedding: [1, 0.01, 0] }, { type: 'Organization', name: 'Tencent', embedding: [1, 0.02, 0] })).toMatchObject({ merge: true, rule: 'embedding' });
  });
});
