import { beforeAll, describe, expect, it } from 'vitest';
import { loadCompromise } from './compromise-engine.js';
import { compromiseMentions } from './compromise-mentions.js';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from './fixtures/warm-up.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

const found = (text: string) => compromiseMentions(text, loadCompromise()).map((m) => [m.text, m.type, m.start]);

describe('compromiseMentions (real compromise output)', () => {
  it('finds people, places and organisations at their offsets', () => {
    expect(found('Angela Merkel met Tim Cook in Berlin. Apple Inc., Microsoft and the United Nations were there.')).toEqual([
      ['Angela Merkel', 'Person', 0],
      ['Tim Cook', 'Person', 18],
      ['Berlin', 'Location', 30],
      ['Apple Inc', 'Organization', 38],
      ['Microsoft', 'Organization', 50],
      ['United Nations', 'Organization', 68],
    ]);
  });

  it('splits chains compromise joins across commas ("Austin, Texas")', () => {
    expect(found('She lives in Austin, Texas.')).toEqual([
      ['Austin', 'Location', 13],
      ['Texas', 'Location', 21],
    ]);
  });

  it('drops titles and sentence openers from the edges of a match', () => {
    const mentions = found('On Monday Stanford University hired Dr. Jane Smith.');
    expect(mentions).toContainEqual(['Jane Smith', 'Person', 40]);
    expect(mentions.map(([text]) => text)).not.toContain('On Monday Stanford University');
  });

  it('gives a possessive surname compromise misreads back to the first name before it', () => {
    expect(found("Warren Buffett's Berkshire Hathaway bought shares.")).toEqual(
      expect.arrayContaining([
        ["Warren Buffett's", 'Person', 0],
        ['Berkshire Hathaway', 'Organization', 17],
      ]),
    );
    expect(found("We met Tim Cook's team.")).toEqual([["Tim Cook's", 'Person', 7]]);
  });
});
