import { describe, expect, it } from 'vitest';
import { productMentions } from './product-cues.js';
import { recognizeEntities } from './recognize-entities.js';

const products = (text: string) => recognizeEntities(text).filter((m) => m.type === 'Product').map((m) => m.text);

describe('productMentions', () => {
  it('finds a name or model code right before a kind of product', () => {
    expect(productMentions('The firm tested its Kestrel delivery drone over the harbour.').map((m) => m.text)).toEqual(['Kestrel']);
    expect(productMentions('Engineers fitted the QT-40 thermal camera to the mast.').map((m) => m.text)).toEqual(['QT-40']);
  });

  it('finds a product described as one and a model code that a company makes', () => {
    expect(productMentions('Orbital Farms sells Harrow, a solar-powered robot for vineyards.').map((m) => m.text)).toEqual(['Harrow']);
    expect(productMentions('Last year Velda Motors launched the VX-300 in Korea.').map((m) => m.text)).toEqual(['VX-300']);
  });

  it('does not read diseases, formulas or a sentence opener as products', () => {
    expect(productMentions('The COVID-19 vaccine and CO2 sensors were discussed.')).toEqual([]);
    expect(productMentions('Delivery robots are loud. Cargo drones are not.')).toEqual([]);
    expect(productMentions('Factories near San Francisco robots plants.')).toEqual([]);
  });
});

describe('products in recognizeEntities', () => {
  it('keeps a known place or a describing word out of products', () => {
    expect(products('The plant builds German cars and Berlin buses.')).toEqual([]);
    expect(products('COVID-19 spread fast; the COVID-19 pandemic followed.')).toEqual([]);
  });

  it('leaves a table product and its model words to the gazetteer', () => {
    expect(recognizeEntities('She upgraded to Windows 11 last week.').map((m) => [m.text, m.type, m.engine])).toEqual([
      ['Windows 11', 'Product', 'gazetteer'],
    ]);
  });

  it('finds a cued product again where the document names it without its cue', () => {
    expect(products('Velda Motors showed its Kestrel delivery drone. Buyers said Kestrel flies well.')).toEqual(['Kestrel', 'Kestrel']);
  });
});
