import { beforeAll, describe, expect, it } from 'vitest';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from '../ner/fixtures/warm-up.js';
import { typedIn } from './fixtures/relations-in.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

/** Each pattern family: sentences that state the relation, and near misses that must not. */
const CASES: ReadonlyArray<{ relation: string; positive: Record<string, string[]>; negative: string[] }> = [
  {
    relation: 'WORKS_FOR',
    positive: {
      'Tim Cook works for Apple.': ['Tim Cook WORKS_FOR Apple'],
      'Dr. Maria Schmidt, a researcher at Heidelberg University, spoke.': ['Maria Schmidt WORKS_FOR Heidelberg University'],
      'Munich-based Siemens hired Dr. Maria Schmidt.': ['Maria Schmidt WORKS_FOR Siemens', 'Siemens HEADQUARTERED_IN Munich'],
    },
    negative: ['Tim Cook no longer works for Apple.', 'Tim Cook works for Angela Merkel.'],
  },
  {
    relation: 'CEO_OF',
    positive: {
      'Tim Cook, CEO of Apple, spoke.': ['Tim Cook CEO_OF Apple'],
      "Apple's CEO Tim Cook spoke.": ['Tim Cook CEO_OF Apple'],
      // CEO_OF alone: the looser "Microsoft executive X" reading is not doubled as WORKS_FOR.
      'Microsoft chief executive Satya Nadella spoke.': ['Satya Nadella CEO_OF Microsoft'],
    },
    negative: ['Tim Cook is not the CEO of Apple.', 'Tim Cook, CEO of Berlin, spoke.'],
  },
  {
    relation: 'FOUNDED',
    positive: {
      'Bill Gates and Paul Allen founded Microsoft.': ['Bill Gates FOUNDED Microsoft', 'Paul Allen FOUNDED Microsoft'],
      'Spotify was founded in Stockholm in 2006 by Daniel Ek and Martin Lorentzon.': ['Daniel Ek FOUNDED Spotify', 'Martin Lorentzon FOUNDED Spotify'],
      'Microsoft co-founder Bill Gates spoke.': ['Bill Gates FOUNDED Microsoft'],
      'Jeff Bezos set up Amazon in 1994.': ['Jeff Bezos FOUNDED Amazon'],
    },
    negative: ['Bill Gates never founded Apple.', 'Bill Gates founded Berlin.'],
  },
  {
    relation: 'ACQUIRED',
    positive: {
      'Microsoft acquired LinkedIn for $26.2 billion.': ['Microsoft ACQUIRED LinkedIn'],
      'GitHub was acquired by Microsoft in 2018.': ['Microsoft ACQUIRED GitHub'],
      'In 2014, Facebook bought WhatsApp.': ['Facebook ACQUIRED WhatsApp'],
      "Microsoft's $7.5 billion acquisition of GitHub closed.": ['Microsoft ACQUIRED GitHub'],
    },
    negative: ['Google did not acquire Tesla.', 'Google has not acquired Tesla.', 'Tim Cook acquired Berlin.'],
  },
  {
    relation: 'HEADQUARTERED_IN and LOCATED_IN',
    positive: {
      'Siemens AG is headquartered in Munich.': ['Siemens AG HEADQUARTERED_IN Munich'],
      'Nestlé S.A., based in Geneva, reported sales.': ['Nestlé S.A. HEADQUARTERED_IN Geneva'],
      'The World Cup was held in Qatar.': ['World Cup LOCATED_IN Qatar'],
      'She flew to Munich, Germany.': ['Munich LOCATED_IN Germany'],
    },
    negative: ['Tim Cook is based in Berlin.', 'Siemens AG is not based in Paris.', 'She flew to Munich and Germany.'],
  },
  {
    relation: 'BORN_IN and LIVES_IN',
    positive: {
      'Jeff Bezos was born in Albuquerque.': ['Jeff Bezos BORN_IN Albuquerque'],
      'Tim Cook lives in Palo Alto.': ['Tim Cook LIVES_IN Palo Alto'],
      'Sarah Johnson moved from London to Toronto.': ['Sarah Johnson LIVES_IN Toronto'],
    },
    negative: ['Jeff Bezos was not born in Seattle.', 'Amazon was born in Seattle.', 'Apple lives in Cupertino.'],
  },
  {
    relation: 'MET',
    positive: {
      'Angela Merkel met Tim Cook in Berlin.': ['Angela Merkel MET Tim Cook'],
      'Angela Merkel held talks with Emmanuel Macron.': ['Angela Merkel MET Emmanuel Macron'],
      'Angela Merkel and Emmanuel Macron met in Paris.': ['Angela Merkel MET Emmanuel Macron'],
      'Talks between Angela Merkel and Joe Biden ended.': ['Angela Merkel MET Joe Biden'],
    },
    negative: ['Angela Merkel never met Tim Cook.', 'Angela Merkel met Apple.', 'Angela Merkel and Emmanuel Macron did not meet.'],
  },
  {
    relation: 'VISITED',
    positive: { 'President Emmanuel Macron visited Nairobi.': ['Emmanuel Macron VISITED Nairobi'], 'Tim Cook travelled to Tokyo.': ['Tim Cook VISITED Tokyo'] },
    negative: ['Emmanuel Macron never visited Nairobi.', 'Apple visited Nairobi.'],
  },
  {
    relation: 'PARTNERED_WITH',
    positive: {
      'Apple partnered with Google.': ['Apple PARTNERED_WITH Google'],
      'Sony Group and Honda Motor Co. formed a joint venture in Tokyo.': ['Sony Group PARTNERED_WITH Honda Motor Co.'],
    },
    negative: ['Apple refused to partner with Google.', 'Tim Cook partnered with Google.'],
  },
  {
    relation: 'INVESTED_IN',
    positive: {
      'Berkshire Hathaway invested $1 billion in Apple.': ['Berkshire Hathaway INVESTED_IN Apple'],
      'Berkshire Hathaway bought shares of Apple.': ['Berkshire Hathaway INVESTED_IN Apple'],
    },
    negative: ['Berkshire Hathaway never invested in Tesla.', 'Berkshire Hathaway invested in Berlin.'],
  },
  {
    relation: 'PRODUCES',
    positive: {
      'Samsung makes the Galaxy S24.': ['Samsung PRODUCES Galaxy S24'],
      'Analysts praised iPhone maker Apple.': ['Apple PRODUCES iPhone'],
      'The iPhone is made by Apple.': ['Apple PRODUCES iPhone'],
    },
    negative: ['Tim Cook makes the iPhone.', 'Samsung does not make the iPhone.'],
  },
  {
    relation: 'MEMBER_OF and PART_OF',
    positive: { 'France is a member of NATO.': ['France MEMBER_OF NATO'], 'Instagram is a subsidiary of Meta.': ['Instagram PART_OF Meta'] },
    negative: ['Russia is not a member of NATO.', 'Instagram is a subsidiary of Berlin.'],
  },
  {
    relation: 'SPOUSE_OF',
    positive: {
      'Barack Obama and his wife Michelle Obama lived in Chicago.': ['Barack Obama SPOUSE_OF Michelle Obama', 'Michelle Obama LIVES_IN Chicago'],
      'Barack Obama married Michelle Obama in 1992.': ['Barack Obama SPOUSE_OF Michelle Obama'],
    },
    negative: ['Barack Obama is not married to Angela Merkel.', 'Barack Obama married Microsoft.'],
  },
];

describe('extractRelations patterns', () => {
  for (const { relation, positive, negative } of CASES) {
    describe(relation, () => {
      for (const [sentence, expected] of Object.entries(positive)) {
        it(`finds: ${sentence}`, () => expect(typedIn(sentence).sort()).toEqual([...expected].sort()));
      }
      for (const sentence of negative) {
        it(`finds nothing typed: ${sentence}`, () => expect(typedIn(sentence)).toEqual([]));
      }
    });
  }
});

/** Constructions added for recall: each sentence states the relation; the near misses must not. */
describe('extractRelations added constructions', () => {
  it.each([
    ['Sarah Klein was born in Denver and has lived in Chicago since 2010.', ['Sarah Klein BORN_IN Denver', 'Sarah Klein LIVES_IN Chicago']],
    ['Tom Baker flew to Paris and met Angela Merkel.', ['Tom Baker VISITED Paris', 'Tom Baker MET Angela Merkel']],
    ['Mark Evans teaches economics at Harvard University.', ['Mark Evans WORKS_FOR Harvard University']],
    ['Siemens, an engineering group headquartered in Munich, grew.', ['Siemens HEADQUARTERED_IN Munich']],
    ['Tom Baker moved to Austin, where Dell is headquartered.', ['Tom Baker LIVES_IN Austin', 'Dell HEADQUARTERED_IN Austin']],
    ['Sequoia Capital has invested heavily in Stripe.', ['Sequoia Capital INVESTED_IN Stripe']],
    ['Stripe, backed by Sequoia Capital, grew.', ['Sequoia Capital INVESTED_IN Stripe']],
    ['NATO counts Norway and Denmark among its members.', ['Norway MEMBER_OF NATO', 'Denmark MEMBER_OF NATO']],
    ["NATO's members include Norway.", ['Norway MEMBER_OF NATO']],
    ['Siemens has opened a joint laboratory with Bosch to test motors.', ['Siemens PARTNERED_WITH Bosch']],
    ['Siemens and Bosch signed a cooperation agreement.', ['Siemens PARTNERED_WITH Bosch']],
    ['Siemens is a long-time partner of Bosch.', ['Siemens PARTNERED_WITH Bosch']],
    ['Regulators approved the sale of WhatsApp to Facebook last year.', ['Facebook ACQUIRED WhatsApp']],
    ['The takeover of GitHub by Microsoft closed in July.', ['Microsoft ACQUIRED GitHub']],
    ['Microsoft announced that it had acquired GitHub.', ['Microsoft ACQUIRED GitHub']],
    ['Microsoft acquires GitHub.', ['Microsoft ACQUIRED GitHub']],
    ['GitHub was sold to Microsoft in 2018.', ['Microsoft ACQUIRED GitHub']],
    ['Instagram is now part of Meta.', ['Instagram PART_OF Meta']],
    ["Meta's subsidiary Instagram tested ads.", ['Instagram PART_OF Meta']],
    ['Meta unit Instagram tested ads.', ['Instagram PART_OF Meta']],
    ['GitHub was merged into Microsoft.', ['GitHub PART_OF Microsoft']],
    ['Tom Hanks has been married to Rita Wilson since 1988.', ['Tom Hanks SPOUSE_OF Rita Wilson']],
    ['Tom Hanks, whose wife is Rita Wilson, spoke.', ['Tom Hanks SPOUSE_OF Rita Wilson']],
  ])('%s', (text, expected) => {
    expect(typedIn(text)).toEqual(expected);
  });

  it.each([
    // A reported clause may have its own subject: no shared predicate is read across it.
    ['Tom Baker said that Google and later met Angela Merkel.'],
    ['Tom Baker invested time in Stripe.'],
    ['Tom Baker, a member of the public, called.'],
    ['Siemens and Bosch signed an agreement to end the lawsuit.'],
    ['NATO counts Norway among its critics.'],
    ['The sale of tickets to fans began on Monday.'],
    ['Siemens completed the sale of its stake in Instagram to Facebook.'],
    ['The sale of Instagram chips to Facebook rose.'],
    ['Microsoft sold its stake to Google.'],
    ["Tom Hanks's wife's company hired Rita Wilson."],
  ])('no typed relation: %s', (text) => {
    expect(typedIn(text)).toEqual([]);
  });
});
