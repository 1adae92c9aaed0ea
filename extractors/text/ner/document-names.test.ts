import { describe, expect, it } from 'vitest';
import { documentShortForms, type NamedSpan } from './document-names.js';

const OPTIONS = { companyHeads: new Set(['Robotics', 'Capital']), placeCues: new Set(['in', 'to']) };

function spansOf(text: string, named: readonly [string, NamedSpan['type']][]): NamedSpan[] {
  return named.map(([surface, type]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, text: surface, type };
  });
}

const found = (text: string, named: readonly [string, NamedSpan['type']][]) =>
  documentShortForms(text, spansOf(text, named), OPTIONS).map((m) => [text.slice(m.start, m.end), m.type, m.start]);

describe('documentShortForms', () => {
  it('finds a surname after the full name, but not where a place cue governs it', () => {
    const text = 'Ines Kowalczyk chairs the board. Kowalczyk left early; nobody in Kowalczyk voted.';
    expect(found(text, [['Ines Kowalczyk', 'Person']])).toEqual([['Kowalczyk', 'Person', 33]]);
  });

  it('shortens a company by its sector noun and its legal form', () => {
    const text = 'Talvik Robotics bought Orla Systems Ltd. on Monday. Talvik paid; Orla Systems agreed.';
    const result = documentShortForms(text, spansOf(text, [['Talvik Robotics', 'Organization'], ['Orla Systems Ltd.', 'Organization']]), OPTIONS);
    expect(result.map((m) => [m.text, m.type])).toEqual([['Talvik', 'Organization'], ['Orla Systems', 'Organization']]);
  });

  it('does not shorten an institution or a name that runs on into another capitalised word', () => {
    const text = 'Green Harbour Alliance met Kerr Capital. Green voices rose; Kerr Partners declined.';
    expect(found(text, [['Green Harbour Alliance', 'Organization'], ['Kerr Capital', 'Organization']])).toEqual([]);
  });

  it('types a surname that is also a named place by the word before it', () => {
    const text = 'Rosa Teruel grew up in Teruel. Teruel says she returns to Teruel each year.';
    expect(found(text, [['Rosa Teruel', 'Person'], ['Teruel', 'Location']]).slice(-2)).toEqual([
      ['Teruel', 'Person', 31],
      ['Teruel', 'Location', 58],
    ]);
  });

  it('leaves a surname two people of the document share', () => {
    const text = 'Ines Kowalczyk and Jan Kowalczyk spoke. Kowalczyk agreed.';
    expect(found(text, [['Ines Kowalczyk', 'Person'], ['Jan Kowalczyk', 'Person']])).toEqual([]);
  });
});
