import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../graph-schema/index.js';
import { recognizeSpanishEntities } from './spanish-ner.js';
import { relationsBetween } from './fixtures/hand-mentions.js';
import { extractSpanishRelations, spanishRelationsCard } from './spanish-relations.js';

/** Relations of a one-sentence text, as `TYPE(subject,object)`, with the real recogniser's mentions. */
function relationsIn(text: string, options: { withCoOccurrence?: boolean } = {}): string[] {
  const mentions = recognizeSpanishEntities(text);
  return extractSpanishRelations(text, [{ start: 0, end: text.length, text }], mentions)
    .filter((r) => options.withCoOccurrence || r.type !== 'CO_OCCURS_WITH')
    .map((r) => `${r.type}(${mentions[r.subject]?.text},${mentions[r.object]?.text})`);
}

describe('extractSpanishRelations', () => {
  it('reads CEO_OF from the appositive and MET across it', () => {
    const text = 'Elena Vargas, directora ejecutiva de Nimbus Robotics S.A., se reunió con Li Wei en Pekín.';
    expect(relationsIn(text)).toEqual(['CEO_OF(Elena Vargas,Nimbus Robotics S.A.)', 'MET(Elena Vargas,Li Wei)']);
  });

  it.each([
    ['Carlos Ortega es el consejero delegado de Altamar Logística.', 'CEO_OF(Carlos Ortega,Altamar Logística)'],
    ['La consejera delegada de Repsol, Beatriz Molina, anunció resultados.', 'CEO_OF(Beatriz Molina,Repsol)'],
    ['Tomás Herrera trabaja para Solaris Tecnologías.', 'WORKS_FOR(Tomás Herrera,Solaris Tecnologías)'],
    ['Marta Díaz trabaja en la empresa Lumen Energía.', 'WORKS_FOR(Marta Díaz,Lumen Energía)'],
    ['Andrés Quiroga fundó Mar Azul Labs.', 'FOUNDED(Andrés Quiroga,Mar Azul Labs)'],
    ['La Fundación Mar Azul fue fundada por Andrés Quiroga.', 'FOUNDED(Andrés Quiroga,Fundación Mar Azul)'],
    ['Andrés Quiroga, fundador de Mar Azul Labs, habló.', 'FOUNDED(Andrés Quiroga,Mar Azul Labs)'],
    ['Iberdrola adquirió Lumen Energía.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['Velaria Capital compró la empresa Horizonte Verde.', 'ACQUIRED(Velaria Capital,Horizonte Verde)'],
    ['Horizonte Verde Group fue adquirida por Velaria Capital.', 'ACQUIRED(Velaria Capital,Horizonte Verde Group)'],
    ['Nimbus Robotics S.A., con sede en Valencia, crece.', 'HEADQUARTERED_IN(Nimbus Robotics S.A.,Valencia)'],
    ['Nimbus Robotics S.A. tiene su sede en Valencia.', 'HEADQUARTERED_IN(Nimbus Robotics S.A.,Valencia)'],
    ['Elena Vargas se reunió con Li Wei.', 'MET(Elena Vargas,Li Wei)'],
    ['Elena Vargas y Li Wei se reunieron ayer.', 'MET(Elena Vargas,Li Wei)'],
    ['Elena Vargas visitó Barcelona.', 'VISITED(Elena Vargas,Barcelona)'],
    ['Sofía Navarro nació en Córdoba.', 'BORN_IN(Sofía Navarro,Córdoba)'],
    ['Sofía Navarro, nacida en Córdoba, vive aquí.', 'BORN_IN(Sofía Navarro,Córdoba)'],
    ['Banco Sabadell invirtió 30 millones de euros en Lumen Energía.', 'INVESTED_IN(Banco Sabadell,Lumen Energía)'],
    ['Lumen Energía, respaldada por Banco Sabadell, crece.', 'INVESTED_IN(Banco Sabadell,Lumen Energía)'],
    ['Telefónica es miembro de la Asociación GSMA.', 'MEMBER_OF(Telefónica,Asociación GSMA)'],
    ['Portugal se unió a la OTAN.', 'MEMBER_OF(Portugal,OTAN)'],
    ['Iberdrola se asoció con Repsol.', 'PARTNERED_WITH(Iberdrola,Repsol)'],
    ['Iberdrola firmó un acuerdo de colaboración con Repsol.', 'PARTNERED_WITH(Iberdrola,Repsol)'],
    ['Iberdrola y Repsol firmaron una alianza estratégica.', 'PARTNERED_WITH(Iberdrola,Repsol)'],
    ['Carmen Ruiz, investigadora de la Universidad de Sevilla, habló.', 'WORKS_FOR(Carmen Ruiz,Universidad de Sevilla)'],
    ['Pedro Gómez, de Telefónica, habló.', 'WORKS_FOR(Pedro Gómez,Telefónica)'],
    ['Carmen Ruiz vive en Sevilla.', 'LIVES_IN(Carmen Ruiz,Sevilla)'],
    ['Carmen Ruiz se mudó a Sevilla.', 'LIVES_IN(Carmen Ruiz,Sevilla)'],
    ['El Museo del Prado, situado en Madrid, abrió.', 'LOCATED_IN(Museo del Prado,Madrid)'],
    ['Lumen Energía, una empresa joven con sede en Bilbao, crece.', 'HEADQUARTERED_IN(Lumen Energía,Bilbao)'],
    ['La reunión fue en Bilbao, donde Iberdrola tiene su sede.', 'HEADQUARTERED_IN(Iberdrola,Bilbao)'],
  ])('%s → %s', (text, relation) => {
    expect(relationsIn(text)).toEqual([relation]);
  });

  it.each([
    ['Iberdrola no adquirió Lumen Energía.'],
    ['Horizonte Verde Group no fue adquirida por Velaria Capital.'],
    ['Elena Vargas nunca visitó Barcelona.'],
    ['Pedro Sánchez no se reunió con Li Wei.'],
    ['Tomás Herrera ya no trabaja para Solaris Tecnologías.'],
  ])('a negation blocks the typed relation: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
    expect(relationsIn(text, { withCoOccurrence: true })).toHaveLength(1);
  });

  it.each([
    ['Tomás Herrera habló de Solaris Tecnologías.'],
    ['Iberdrola y Lumen Energía firmaron un acuerdo.'],
    ['Elena Vargas habló sobre Barcelona.'],
    ['Pedro Gómez invirtió tiempo en Lumen Energía.'],
    ['Lumen Energía es miembro del público.'],
    // A reported clause may carry its own subject: "la empresa", not Carmen Ruiz, founded it.
    ['Carmen Ruiz dijo que la empresa creció y fundó Lumen Energía.'],
  ])('the wrong wording gives no typed relation: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
  });

  it.each([
    ['Tras la venta de Lumen Energía a Iberdrola, la plantilla creció.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['La compra de Lumen Energía por parte de Iberdrola se cerró en marzo.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['Iberdrola anunció la compra de Lumen Energía.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['Iberdrola se hizo con Lumen Energía.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['Lumen Energía fue vendida a Iberdrola.', 'ACQUIRED(Iberdrola,Lumen Energía)'],
    ['Lumen Energía, filial de Iberdrola, crece.', 'PART_OF(Lumen Energía,Iberdrola)'],
    ['Lumen Energía es ahora una filial de Iberdrola.', 'PART_OF(Lumen Energía,Iberdrola)'],
    ['Lumen Energía forma parte de Iberdrola.', 'PART_OF(Lumen Energía,Iberdrola)'],
    ['Carlos Ortega está casado con Lucía Prieto.', 'SPOUSE_OF(Carlos Ortega,Lucía Prieto)'],
    ['Lucía Prieto, esposa de Carlos Ortega, habló.', 'SPOUSE_OF(Lucía Prieto,Carlos Ortega)'],
    ['Carlos Ortega y su esposa Lucía Prieto viajaron.', 'SPOUSE_OF(Carlos Ortega,Lucía Prieto)'],
    ['Carlos Ortega y Lucía Prieto se casaron en 2010.', 'SPOUSE_OF(Carlos Ortega,Lucía Prieto)'],
  ])('acquisitions, ownership and marriage: %s → %s', (text, relation) => {
    expect(relationsIn(text)).toEqual([relation]);
  });

  it.each([
    // The buyer of a stake did not acquire the company.
    ['Repsol cerró la venta de su participación en Lumen Energía a Iberdrola.'],
    ['Iberdrola anunció la venta de productos de Lumen Energía.'],
    ['Lumen Energía es cliente de Iberdrola.'],
    ['La empresa de la esposa de Carlos Ortega contrató a Lucía Prieto.'],
    ['Carlos Ortega no está casado con Lucía Prieto.'],
  ])('no acquisition, ownership or marriage: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
  });

  it('reads a predicate shared with an earlier one ("nació en Z y fundó Y")', () => {
    expect(relationsIn('Carmen Ruiz nació en Cádiz y fundó Lumen Energía.')).toEqual(['BORN_IN(Carmen Ruiz,Cádiz)', 'FOUNDED(Carmen Ruiz,Lumen Energía)']);
  });

  it('reads PRODUCES between an organisation and a product mention', () => {
    const relate = (text: string, first: [string, EntityType], second: [string, EntityType]) => relationsBetween(extractSpanishRelations, text, first, second);
    expect(relate('Talgo fabrica el Avril en Madrid.', ['Talgo', 'Organization'], ['Avril', 'Product'])).toEqual(['PRODUCES(Talgo,Avril)']);
    expect(relate('El Avril es fabricado por Talgo.', ['Avril', 'Product'], ['Talgo', 'Organization'])).toEqual(['PRODUCES(Talgo,Avril)']);
    expect(relate('Talgo, fabricante del tren Avril, crece.', ['Talgo', 'Organization'], ['Avril', 'Product'])).toEqual(['PRODUCES(Talgo,Avril)']);
    expect(relate('Talgo dijo que Avril gusta mucho.', ['Talgo', 'Organization'], ['Avril', 'Product'])).toEqual(['CO_OCCURS_WITH(Talgo,Avril)']);
  });

  it('gives subject and object as indices into the mentions and leaves dates and money out of co-occurrence', () => {
    const text = 'Iberdrola adquirió Lumen Energía por 500 millones de euros en Madrid.';
    const mentions = recognizeSpanishEntities(text);
    const relations = extractSpanishRelations(text, [{ start: 0, end: text.length, text }], mentions);
    expect(mentions.map((m) => m.text)).toEqual(['Iberdrola', 'Lumen Energía', '500 millones de euros', 'Madrid']);
    expect(relations.map((r) => [r.type, r.subject, r.object, r.pattern])).toEqual([
      ['ACQUIRED', 0, 1, 'es:x-acquired-y'],
      ['CO_OCCURS_WITH', 0, 3, 'co-occurrence'],
      ['CO_OCCURS_WITH', 1, 3, 'co-occurrence'],
    ]);
  });
});

describe('spanishRelationsCard', () => {
  it('is a bundled relations model named after the rules', () => {
    expect(spanishRelationsCard()).toMatchObject({ name: 'es-rules-relations', task: 'relations', engine: 'bundled' });
  });
});
