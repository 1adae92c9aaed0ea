import { describe, expect, it } from 'vitest';
import { glossaryName, institutionName, modernizeEnglishName } from './name-glossary.js';
import { buildPivotText, locateInSource } from './pivot-text.js';
import { splitSentences } from './sentences.js';
import { looksLikeName, toNameCase } from './title-case.js';

describe('splitSentences', () => {
  it('splits on sentence ends but not after titles, initials or company abbreviations', () => {
    const text = 'El Sr. García vive en Pekín. Trabaja para Apple Inc. desde 2010. ¿Y tú?\n\nOtro párrafo';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['El Sr. García vive en Pekín.', 'Trabaja para Apple Inc. desde 2010.', '¿Y tú?', 'Otro párrafo']);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Uno.  Dos.';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('splits Chinese on full-width punctuation without spaces', () => {
    expect(splitSentences('北京是首都。上海很大！').map((s) => s.text)).toEqual(['北京是首都。', '上海很大！']);
  });
});

describe('pivot text alignment', () => {
  const source = 'Ayer visitó Pekín. Luego fue a Madrid.';
  const spans = splitSentences(source);
  const pivot = buildPivotText(spans, ['Yesterday it visited Peking.', 'Then it went to Madrid.']);

  it('maps a pivot mention with the same spelling to its exact original offsets', () => {
    const at = pivot.text.indexOf('Madrid');
    const found = locateInSource(pivot.sentences, { start: at, end: at + 6, text: 'Madrid' });
    expect(found).toMatchObject({ exact: true, text: 'Madrid' });
    expect(found && source.slice(found.start, found.end)).toBe('Madrid');
  });

  it('maps a translated mention through its source-language name, else to its sentence (inexact)', () => {
    const at = pivot.text.indexOf('Peking');
    const viaName = locateInSource(pivot.sentences, { start: at, end: at + 6, text: 'Peking' }, ['Pekín']);
    expect(viaName).toMatchObject({ exact: true, text: 'Pekín' });
    const sentenceOnly = locateInSource(pivot.sentences, { start: at, end: at + 6, text: 'Peking' });
    expect(sentenceOnly).toMatchObject({ exact: false, text: 'Ayer visitó Pekín.' });
  });
});

describe('name casing and glossary', () => {
  it('recapitalises names Apertium lower-cased, keeping minor words and acronyms', () => {
    expect(looksLikeName('Unión Europea')).toBe(true);
    expect(looksLikeName('la casa roja')).toBe(false);
    expect(toNameCase('European union')).toBe('European Union');
    expect(toNameCase('Organisation of the United Nations')).toBe('Organisation of the United Nations');
    expect(toNameCase('the UN')).toBe('The UN');
  });

  it('knows the few names the engines get wrong, and nothing else', () => {
    expect(glossaryName('La Haya', 'es')).toBe('The Hague');
    expect(institutionName('Universidad Hanlin', 'es')).toBe('Hanlin University');
    expect(institutionName('Instituto Cervantes', 'es')).toBe('Cervantes Institute');
    expect(institutionName('Universidad de Salamanca', 'es')).toBeUndefined();
    expect(institutionName('Universidad Hanlin', 'en')).toBeUndefined();
    expect(glossaryName('Madrid', 'es')).toBeUndefined();
    expect(modernizeEnglishName('Peking')).toEqual({ text: 'Beijing', note: 'glossary: Peking → Beijing' });
    expect(modernizeEnglishName('Peking University')).toEqual({ text: 'Peking University' });
  });
});
