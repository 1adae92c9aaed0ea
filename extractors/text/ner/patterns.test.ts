import { describe, expect, it } from 'vitest';
import { corporateSuffixMentions } from './corporate-suffix.js';
import { findDates } from './date-patterns.js';
import { honorificMentions } from './honorifics.js';
import { findMoney } from './money-patterns.js';

const texts = (mentions: ReadonlyArray<{ text: string }>) => mentions.map((m) => m.text);

describe('date patterns', () => {
  it('finds concrete dates in the usual English forms', () => {
    const text = 'On 12 March 2024, the 3rd of May, March 12, 2024, Tuesday, March 12, 2024, 2024-03-12, 12/03/2024, in spring 2020 and since the 1990s.';
    expect(texts(findDates(text))).toEqual(
      expect.arrayContaining(['12 March 2024', '3rd of May', 'March 12, 2024', 'Tuesday, March 12, 2024', '2024-03-12', '12/03/2024', 'spring 2020', '1990s']),
    );
  });

  it('keeps the preposition outside a bare year', () => {
    const [year] = findDates('Founded in 2019.');
    expect(year).toMatchObject({ start: 11, end: 15, text: '2019', type: 'Date' });
  });

  it('ignores relative dates, the verb "may", impossible ISO dates and numbers that are not years', () => {
    expect(findDates('Last Tuesday they may sign 2024-13-45; it has 2019 employees and 500 May-flies.')).toEqual([]);
  });
});

describe('money patterns', () => {
  it('finds amounts with symbols, codes, scales and currency words', () => {
    const text = 'It cost $3.2 billion, €500 million, £20, US$5m, CHF 93 billion, 250 USD, 1,000 dollars, 3 million euros and 200 million pounds.';
    expect(texts(findMoney(text))).toEqual(
      expect.arrayContaining(['$3.2 billion', '€500 million', '£20', 'US$5m', 'CHF 93 billion', '250 USD', '1,000 dollars', '3 million euros', '200 million pounds']),
    );
  });

  it('leaves weights and bare numbers alone', () => {
    expect(findMoney('The dog weighs 5 pounds and ate 1,000 biscuits in 2020.')).toEqual([]);
  });
});

describe('corporate suffix rule', () => {
  it('stops at clause openers and lower-case words on the left', () => {
    expect(texts(corporateSuffixMentions('Yesterday Deutsche Bank and shares of Toyota Motor Corporation fell.'))).toEqual(
      expect.arrayContaining(['Deutsche Bank', 'Toyota Motor Corporation']),
    );
    expect(texts(corporateSuffixMentions('Yesterday Deutsche Bank fell.'))).not.toContain('Yesterday Deutsche Bank');
  });

  it('needs a name: a bare suffix or a lower-case noun is not an organisation', () => {
    expect(corporateSuffixMentions('The Group said the bank and the university agreed.')).toEqual([]);
  });

  it("allows a possessive only right before the suffix (\"King's College\")", () => {
    expect(texts(corporateSuffixMentions("Warren Buffett's Berkshire Hathaway Inc. and King's College"))).toEqual([
      'Berkshire Hathaway Inc.',
      "King's College",
    ]);
  });
});

describe('honorific rule', () => {
  it('takes the name after a title and leaves the title out', () => {
    expect(texts(honorificMentions('Mr. Kenji Tanaka met Chancellor Olaf Scholz and Microsoft chief executive Satya Nadella.'))).toEqual([
      'Kenji Tanaka',
      'Olaf Scholz',
      'Satya Nadella',
    ]);
  });

  it('stops the name at weekdays and months, and ignores titles not followed by a name', () => {
    expect(texts(honorificMentions('President Macron Monday said the president of France and the CEO of Apple agreed.'))).toEqual(['Macron']);
  });
});
