import { describe, expect, it } from 'vitest';
import { corporateSuffixMentions } from './corporate-suffix.js';

const brief = (text: string) => corporateSuffixMentions(text).map((m) => [m.text, m.type]);

describe('corporateSuffixMentions', () => {
  it('ends company names on a sector noun and coalitions on their head noun', () => {
    expect(brief('Yesterday Korvane Robotics signed with Bright Water Coalition.')).toEqual([
      ['Korvane Robotics', 'Organization'],
      ['Bright Water Coalition', 'Organization'],
    ]);
    expect(brief('She advises Tessaro Capital and Lumo Technology.')).toEqual([
      ['Tessaro Capital', 'Organization'],
      ['Lumo Technology', 'Organization'],
    ]);
  });

  it('types a gathering by its head noun as an event', () => {
    expect(brief('Speakers at the Northern Ports Forum agreed.')).toEqual([['Northern Ports Forum', 'Event']]);
  });

  it('keeps chained legal forms in one name', () => {
    expect(brief('Qinfeng Optics Co., Ltd. exports lenses.').at(-1)).toEqual(['Qinfeng Optics Co., Ltd.', 'Organization']);
  });

  it('does not take a role or a person joined by "of" into the name', () => {
    expect(brief('Our Chief Technology Officer resigned.')).toEqual([]);
    expect(brief('Dr Amal Haddad of Ridgeway University spoke.')).toEqual([['Ridgeway University', 'Organization']]);
    expect(brief('The Bank of Lisbon Foundation gave grants.').at(-1)).toEqual(['Bank of Lisbon Foundation', 'Organization']);
  });
});
