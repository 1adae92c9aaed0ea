import { describe, expect, it, vi } from 'vitest';
import { createGazetteer } from '../ner/index.js';
import { recognizeSpanishEntities, spanishNerCard } from './spanish-ner.js';
import type { MultilingualMention } from './types.js';

const brief = (mentions: readonly MultilingualMention[]) => mentions.map((m) => [m.text, m.type]);

describe('recognizeSpanishEntities', () => {
  it('finds people, a company with its legal form and a place, with exact offsets', () => {
    const text = 'Elena Vargas, directora ejecutiva de Nimbus Robotics S.A., se reunió con Li Wei en Pekín.';
    const mentions = recognizeSpanishEntities(text);
    expect(brief(mentions)).toEqual([
      ['Elena Vargas', 'Person'],
      ['Nimbus Robotics S.A.', 'Organization'],
      ['Li Wei', 'Person'],
      ['Pekín', 'Location'],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions[3]).toMatchObject({ canonical: 'Beijing', engine: 'gazetteer' });
  });

  describe('capitalised phrases', () => {
    it('keeps particles inside names and drops sentence-initial stopwords', () => {
      expect(brief(recognizeSpanishEntities('El Banco de España subió los tipos.'))).toEqual([['Banco de España', 'Organization']]);
      expect(brief(recognizeSpanishEntities('La Dra. Ana de la Fuente habló.'))).toEqual([['Ana de la Fuente', 'Person']]);
    });

    it('does not continue a person name across "de" into a known place', () => {
      expect(brief(recognizeSpanishEntities('Hablamos con Li Wei de Pekín.'))).toEqual([['Li Wei', 'Person'], ['Pekín', 'Location']]);
      expect(brief(recognizeSpanishEntities('Estudió en la Universidad de Barcelona.'))).toEqual([['Universidad de Barcelona', 'Organization']]);
    });

    it('joins across "y" only inside institution names', () => {
      expect(brief(recognizeSpanishEntities('Convocaron a Marta Díaz y Pablo Ruiz.'))).toEqual([['Marta Díaz', 'Person'], ['Pablo Ruiz', 'Person']]);
      expect(brief(recognizeSpanishEntities('Habló el Ministerio de Asuntos Exteriores y Cooperación.'))).toEqual([
        ['Ministerio de Asuntos Exteriores y Cooperación', 'Organization'],
      ]);
    });
  });

  describe('typing cues', () => {
    it.each([
      ['Según la Sra. Ana López, todo va bien.', 'Ana López', 'Person', 'honorific'],
      ['El presidente Pedro Sánchez habló.', 'Pedro Sánchez', 'Person', 'honorific'],
      ['Carlos Ortega, consejero delegado, dimitió.', 'Carlos Ortega', 'Person', 'role-appositive'],
      ['Compraron Lumen Energía S.L. ayer.', 'Lumen Energía S.L.', 'Organization', 'corporate-suffix'],
      ['Es la directora ejecutiva de Quimera.', 'Quimera', 'Organization', 'role-of'],
      ['Marta trabaja en Quimera desde enero.', 'Quimera', 'Organization', 'organization-verb'],
      ['Compró la empresa Horizonte Verde.', 'Horizonte Verde', 'Organization', 'organization-noun'],
      ['Llegó ayer desde Córdoba.', 'Córdoba', 'Location', 'place-preposition'],
      ['La ONU publicó un informe.', 'ONU', 'Organization', 'gazetteer'],
      ['Chen Jing firmó con Hanxing Technology en Barcelona.', 'Hanxing Technology', 'Organization', 'corporate-suffix'],
      ['También habló Sensia Vision sobre el acuerdo.', 'Sensia Vision', 'Organization', 'corporate-suffix'],
    ])('%s → %s is %s by %s', (text, name, type, rule) => {
      expect(recognizeSpanishEntities(text).find((m) => m.text === name)).toMatchObject({ type, rule });
    });

    it('defaults an untyped two-word phrase to a low-confidence person and drops an untyped single word', () => {
      expect(recognizeSpanishEntities('Hablamos con Li Wei ayer.')).toMatchObject([{ text: 'Li Wei', type: 'Person', confidence: 0.5 }]);
      expect(recognizeSpanishEntities('Ayer Quimera anunció resultados.')).toEqual([]);
    });

    it('asks the injected typer only about phrases no cue could type', () => {
      const typer = vi.fn((candidate: string) => (candidate === 'Quimera' ? 'Organization' : null));
      const text = 'Ayer Quimera anunció resultados, según el señor Juan Pérez.';
      const mentions = recognizeSpanishEntities(text, { typer });
      expect(brief(mentions)).toEqual([['Quimera', 'Organization'], ['Juan Pérez', 'Person']]);
      expect(mentions[0]?.rule).toBe('typer');
      expect(typer).toHaveBeenCalledTimes(1);
      expect(typer).toHaveBeenCalledWith('Quimera', { start: 5, end: 12, text: 'Quimera' });
    });
  });

  it('finds dates and amounts of money', () => {
    const text = 'El 12 de marzo de 2024 pagó 3,2 millones de euros, en 2019 pagó 500 millones de dólares y en marzo de 2020, US$ 3 millones.';
    const found = recognizeSpanishEntities(text);
    expect(brief(found)).toEqual([
      ['12 de marzo de 2024', 'Date'],
      ['3,2 millones de euros', 'Money'],
      ['2019', 'Date'],
      ['500 millones de dólares', 'Money'],
      ['marzo de 2020', 'Date'],
      ['US$ 3 millones', 'Money'],
    ]);
  });

  it('uses a caller-supplied table', () => {
    const gazetteer = createGazetteer([{ name: 'Castile', type: 'Location', aliases: ['Castilla'] }]);
    expect(recognizeSpanishEntities('Castilla es grande.', { gazetteer })).toMatchObject([{ text: 'Castilla', canonical: 'Castile' }]);
  });

  it('returns nothing for blank text', () => {
    expect(recognizeSpanishEntities('\n ')).toEqual([]);
  });
});

describe('spanishNerCard', () => {
  it('names the rules and their revision', () => {
    const card = spanishNerCard();
    expect(card).toMatchObject({ name: 'es-rules-ner', task: 'ner', engine: 'bundled' });
    expect(card.id).toMatch(/^es-rules-ner@rules\.\d+$/u);
  });

  describe('organisation and event head words, products and short forms', () => {
    it('types a phrase opened by an organisation or event head word', () => {
      expect(brief(recognizeSpanishEntities('Ayer la Alianza Mar Limpio pidió ayudas.'))).toEqual([['Alianza Mar Limpio', 'Organization']]);
      expect(brief(recognizeSpanishEntities('Ayer se clausuró la Cumbre de Energía del Atlántico.'))).toEqual([
        ['Cumbre de Energía del Atlántico', 'Event'],
      ]);
    });

    it('leaves a head word with a common noun alone', () => {
      expect(brief(recognizeSpanishEntities('El Grupo de trabajo se reunió ayer.'))).toEqual([]);
      expect(brief(recognizeSpanishEntities('Foro abierto para vecinos.'))).toEqual([]);
    });

    it('types a name after a kind of product, and splits it from its maker', () => {
      expect(brief(recognizeSpanishEntities('Probaron los drones Vigía de Talvik Robotics en Bilbao.'))).toEqual([
        ['Vigía', 'Product'],
        ['Talvik Robotics', 'Organization'],
        ['Bilbao', 'Location'],
      ]);
      expect(brief(recognizeSpanishEntities('Compró el sensor QT-40 para sus camiones.'))).toEqual([['QT-40', 'Product']]);
      expect(brief(recognizeSpanishEntities('Revisaron los robots de Ortega y Lumo.'))).toEqual([]);
    });

    it('finds a surname and a company short form after the full names', () => {
      const text = 'Inés Kowalczyk dirige Talvik Robotics. Según Kowalczyk, Talvik crecerá.';
      expect(brief(recognizeSpanishEntities(text))).toEqual([
        ['Inés Kowalczyk', 'Person'],
        ['Talvik Robotics', 'Organization'],
        ['Kowalczyk', 'Person'],
        ['Talvik', 'Organization'],
      ]);
    });
  });
});
