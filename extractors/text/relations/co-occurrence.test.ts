import { beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../base/contract.js';
import { recognizeEntities } from '../ner/index.js';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from '../ner/fixtures/warm-up.js';
import { CO_OCCURRENCE_CONFIDENCE } from './co-occurrence.js';
import { extractRelations } from './extract-relations.js';
import { relationsIn } from './fixtures/relations-in.js';
import { sentencesOf } from './fixtures/sentences.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

const pairs = (text: string, type: string) =>
  relationsIn(text)
    .filter((r) => r.type === type)
    .map((r) => `${r.subject} + ${r.object}`);

describe('co-occurrence', () => {
  it('links every other pair of entities in a sentence, weakly, but not a pair a typed relation already links', () => {
    const text = 'Tim Cook works for Apple in Berlin.';
    expect(pairs(text, 'WORKS_FOR')).toEqual(['Tim Cook + Apple']);
    expect(pairs(text, 'CO_OCCURS_WITH')).toEqual(['Tim Cook + Berlin', 'Apple + Berlin']);
    for (const relation of relationsIn(text).filter((r) => r.type === 'CO_OCCURS_WITH')) expect(relation.confidence).toBe(CO_OCCURRENCE_CONFIDENCE);
  });

  it('leaves dates and amounts out', () => {
    expect(pairs('Microsoft acquired LinkedIn for $26.2 billion in June 2016, Satya Nadella said in Redmond.', 'CO_OCCURS_WITH')).toEqual([
      'Microsoft + Redmond',
      'LinkedIn + Redmond',
    ]);
  });

  it('still links a pair whose typed relation was negated, since they do appear together', () => {
    expect(relationsIn('Google did not acquire Tesla.').map((r) => [r.type, r.subject, r.object])).toEqual([['CO_OCCURS_WITH', 'Google', 'Tesla']]);
  });

  it('never links mentions of different sentences, nor two mentions of the same name', () => {
    expect(pairs('Apple sued Apple. Berlin is big.', 'CO_OCCURS_WITH')).toEqual([]);
  });
});

describe('extractRelations evidence and indices', () => {
  it('relates only mentions within one sentence span, however the text reads across the boundary', () => {
    const text = 'Tim Cook works for\nApple.';
    const sentences: Span[] = [
      { start: 0, end: 18, text: 'Tim Cook works for' },
      { start: 19, end: 25, text: 'Apple.' },
    ];
    expect(relationsIn(text, sentences)).toEqual([]);
    expect(relationsIn(text, [{ start: 0, end: 25, text }]).map((r) => r.type)).toEqual(['WORKS_FOR']);
  });

  it('keeps the evidence sentence and indexes the caller\'s mention array, in any order', () => {
    const text = 'Angela Merkel spoke. Later, Angela Merkel met Tim Cook in Berlin.';
    const sentences = sentencesOf(text);
    const mentions = recognizeEntities(text).reverse();
    const met = extractRelations(text, sentences, mentions).filter((r) => r.type === 'MET');
    expect(met).toHaveLength(1);
    const [relation] = met;
    expect(relation?.sentence).toBe(sentences[1]);
    expect(relation?.confidence).toBeGreaterThan(CO_OCCURRENCE_CONFIDENCE);
    // Symmetric: reported once, the earlier mention as subject.
    expect(mentions[relation?.subject ?? -1]).toMatchObject({ text: 'Angela Merkel', start: 28 });
    expect(mentions[relation?.object ?? -1]).toMatchObject({ text: 'Tim Cook' });
  });

  it('finds nothing without mentions or sentences', () => {
    expect(extractRelations('Tim Cook works for Apple.', [], recognizeEntities('Tim Cook works for Apple.'))).toEqual([]);
    expect(extractRelations('Tim Cook works for Apple.', sentencesOf('Tim Cook works for Apple.'), [])).toEqual([]);
  });
});
