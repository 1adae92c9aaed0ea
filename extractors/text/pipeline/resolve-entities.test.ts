import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../resolve/index.js';
import type { TermTranslation, Translator } from '../../translate/index.js';
import type { AnalysedMention } from './analyze-document.js';
import { resolveDocumentEntities } from './resolve-entities.js';

/** CC-CEDICT's answers for the names in these tests (see chinese-terms.test.ts for the real ones). */
const TERMS: Record<string, Omit<TermTranslation, 'source'>> = {
  '安娜·韦伯': { text: 'Anna Webb', engine: 'cedict', method: 'composed', spellings: [[['anna']], [['webb', 'webber', 'weber']]] },
  '克劳斯·韦伯': { text: 'Claus Webb', engine: 'cedict', method: 'composed', spellings: [[['claus', 'klaus']], [['webb', 'webber', 'weber']]] },
  韦伯: { text: 'Webb', engine: 'cedict', method: 'dictionary' },
};

const translator = {
  translateTerms: (terms: ReadonlyArray<{ text: string }>) =>
    Promise.resolve(terms.map((t): TermTranslation => ({ source: t.text, ...(TERMS[t.text] ?? { text: null, engine: 'none', reason: 'unknown' }) }))),
} as unknown as Translator;

const ANNA: Candidate = { id: 'e:anna', type: 'Person', name: 'Anna Weber', key: 'Person:anna weber', names: { en: 'Anna Weber', es: 'Anna Weber' } };
const KLAUS: Candidate = { id: 'e:klaus', type: 'Person', name: 'Klaus Weber', key: 'Person:klaus weber', names: { en: 'Klaus Weber', es: 'Klaus Weber' } };

function person(text: string, start: number): AnalysedMention {
  return { text, type: 'Person', start, end: start + text.length, confidence: 0.8, language: 'zh' } as AnalysedMention;
}

describe('resolveDocumentEntities: transliterated names', () => {
  it('carries the spellings of 安娜·韦伯 to the resolver, which joins her to Anna Weber and him to Klaus Weber', async () => {
    // The document of samples/corpus/zh/yibei-ziben-touzi.txt without its bracketed Latin names.
    const mentions = [person('安娜·韦伯', 69), person('安娜·韦伯', 161), person('安娜·韦伯', 263), person('克劳斯·韦伯', 279)];
    const out = await resolveDocumentEntities(mentions, 'zh', { translator, findCandidates: () => Promise.resolve([ANNA, KLAUS]) });
    expect(out.entities.map((e) => [e.id, e.resolution.rule])).toEqual([
      ['e:anna', 'transliteration'],
      ['e:klaus', 'transliteration'],
    ]);
    expect(out.mentions.map((m) => out.entities[m.entity]?.id)).toEqual(['e:anna', 'e:anna', 'e:anna', 'e:klaus']);
    expect(out.entities[0]?.resolution).toMatchObject({ score: 0.9, detail: '"安娜·韦伯" read as "anna weber" ~ "anna weber" (1.000)' });
  });

  it('leaves a bare 韦伯 with two Webers in the document on an entity of its own', async () => {
    const mentions = [person('安娜·韦伯', 0), person('克劳斯·韦伯', 10), person('韦伯', 20)];
    const out = await resolveDocumentEntities(mentions, 'zh', { translator, findCandidates: () => Promise.resolve([ANNA, KLAUS]) });
    const weber = out.entities[out.mentions[2]?.entity ?? -1];
    expect(weber).toMatchObject({ name: 'Webb' });
    expect(weber?.id).not.toBe('e:anna');
    expect(weber?.id).not.toBe('e:klaus');
  });
});
