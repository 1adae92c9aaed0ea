import { describe, expect, it } from 'vitest';
import { createGazetteer, defaultGazetteer } from './gazetteer.js';

const find = (text: string) => defaultGazetteer().find(text).map((m) => [m.text, m.type]);

describe('gazetteer', () => {
  it('matches whole words only, case-sensitively', () => {
    expect(find('Applebee\'s sells pineapple; open the windows; Apple sells iPhones.')).toEqual([['Apple', 'Organization']]);
  });

  it('prefers the longest entry at a position', () => {
    expect(find('He moved to New York City from North Korea.')).toEqual([
      ['New York City', 'Location'],
      ['North Korea', 'Location'],
    ]);
  });

  it('reports the canonical name of an alias', () => {
    const [usa] = defaultGazetteer().find('Talks in the U.S. resumed.');
    expect(usa).toMatchObject({ text: 'U.S.', type: 'Location', canonical: 'United States', engine: 'gazetteer' });
  });

  it('keeps model numbers and tiers after a product line', () => {
    expect(find('Windows 11 runs on the MacBook Air, not the iPhone 15 Pro Max.')).toEqual([
      ['Windows 11', 'Product'],
      ['MacBook Air', 'Product'],
      ['iPhone 15 Pro Max', 'Product'],
    ]);
  });

  it('matches a name followed by a possessive or a hyphenated word', () => {
    expect(find("Google's Munich-based team")).toEqual([
      ['Google', 'Organization'],
      ['Munich', 'Location'],
    ]);
  });

  it('keeps an apostrophe that belongs to the name', () => {
    expect(find("McDonald's opened in Moscow.")).toEqual([
      ["McDonald's", 'Organization'],
      ['Moscow', 'Location'],
    ]);
  });

  it('extends without changing the original, later entries winning on the same surface form', () => {
    const base = createGazetteer([{ name: 'Jordan', type: 'Location' }]);
    const extended = base.extend([{ name: 'Jordan', type: 'Person', aliases: ['J. Peterman'] }]);
    expect(base.find('Jordan left.').map((m) => m.type)).toEqual(['Location']);
    expect(extended.find('Jordan and J. Peterman left.').map((m) => [m.text, m.type])).toEqual([
      ['Jordan', 'Person'],
      ['J. Peterman', 'Person'],
    ]);
    expect(extended.entries).toHaveLength(2);
  });
});
