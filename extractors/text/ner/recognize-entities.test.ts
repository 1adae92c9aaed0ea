import { beforeAll, describe, expect, it } from 'vitest';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from './fixtures/warm-up.js';
import { createGazetteer, defaultGazetteer } from './gazetteer.js';
import { recognizeEntities } from './recognize-entities.js';
import type { EntityMention } from './types.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

const brief = (mentions: readonly EntityMention[]) => mentions.map(({ start, end, text, type }) => ({ start, end, text, type }));

describe('recognizeEntities', () => {
  it('finds people, places and organisations with exact offsets', () => {
    const text = 'Angela Merkel met Tim Cook in Berlin. Apple Inc., Microsoft and the United Nations were there.';
    expect(brief(recognizeEntities(text))).toEqual([
      { start: 0, end: 13, text: 'Angela Merkel', type: 'Person' },
      { start: 18, end: 26, text: 'Tim Cook', type: 'Person' },
      { start: 30, end: 36, text: 'Berlin', type: 'Location' },
      { start: 38, end: 48, text: 'Apple Inc.', type: 'Organization' },
      { start: 50, end: 59, text: 'Microsoft', type: 'Organization' },
      { start: 68, end: 82, text: 'United Nations', type: 'Organization' },
    ]);
  });

  it('keeps the corporate suffix in the span, with its period and the comma form', () => {
    const text = 'After Microsoft Corp. bought GitHub, Siemens AG, Nestlé S.A., Apple, Inc. and Goldman Sachs Group Inc. reacted.';
    const organisations = recognizeEntities(text).filter((m) => m.type === 'Organization').map((m) => m.text);
    expect(organisations).toEqual(['Microsoft Corp.', 'GitHub', 'Siemens AG', 'Nestlé S.A.', 'Apple, Inc.', 'Goldman Sachs Group Inc.']);
  });

  it('recognises institutions by their noun, before or after the name', () => {
    const text = 'The Bill & Melinda Gates Foundation, Deutsche Bank and the University of Oxford signed.';
    const organisations = recognizeEntities(text).filter((m) => m.type === 'Organization').map((m) => m.text);
    expect(organisations).toEqual(['Bill & Melinda Gates Foundation', 'Deutsche Bank', 'University of Oxford']);
  });

  it('keeps titles and honorifics outside person spans, and finds names compromise does not know', () => {
    const text = 'Dr. Maria Schmidt met President Emmanuel Macron and Apple CEO Tim Cook; Ms. Priya Raman was there.';
    const people = recognizeEntities(text).filter((m) => m.type === 'Person');
    expect(people.map((m) => m.text)).toEqual(['Maria Schmidt', 'Emmanuel Macron', 'Tim Cook', 'Priya Raman']);
    expect(people.find((m) => m.text === 'Priya Raman')?.engine).toBe('pattern');
  });

  it('finds products and events from the gazetteer', () => {
    const text = 'Apple unveiled the iPhone 15 Pro at WWDC, and Samsung showed the Galaxy S24 at Mobile World Congress before the Olympics.';
    const found = recognizeEntities(text).filter((m) => m.type === 'Product' || m.type === 'Event');
    expect(found.map((m) => [m.text, m.type, m.engine])).toEqual([
      ['iPhone 15 Pro', 'Product', 'gazetteer'],
      ['WWDC', 'Event', 'gazetteer'],
      ['Galaxy S24', 'Product', 'gazetteer'],
      ['Mobile World Congress', 'Event', 'gazetteer'],
      ['Olympics', 'Event', 'gazetteer'],
    ]);
  });

  it('finds dates and amounts of money', () => {
    const text = 'On March 12, 2024 the firm paid $3.2 billion; in 2019 it paid €500 million and on 2020-03-11 it paid 1,000 dollars.';
    const found = recognizeEntities(text).filter((m) => m.type === 'Date' || m.type === 'Money');
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['March 12, 2024', 'Date'],
      ['$3.2 billion', 'Money'],
      ['2019', 'Date'],
      ['€500 million', 'Money'],
      ['2020-03-11', 'Date'],
      ['1,000 dollars', 'Money'],
    ]);
  });

  it('resolves overlapping candidates to the longest span, never returning overlaps', () => {
    const text = 'Goldman Sachs Group Inc. and Honda Motor Co. met in New York City on Tuesday, 12 March 2024.';
    const mentions = recognizeEntities(text);
    expect(mentions.map((m) => m.text)).toEqual(['Goldman Sachs Group Inc.', 'Honda Motor Co.', 'New York City', 'Tuesday, 12 March 2024']);
    mentions.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(mentions[i]?.end ?? 0));
  });

  it('prefers the gazetteer over compromise on the same span', () => {
    const mentions = recognizeEntities('Shares of Microsoft rose in Berlin.');
    expect(mentions.map((m) => [m.text, m.engine])).toEqual([
      ['Microsoft', 'gazetteer'],
      ['Berlin', 'gazetteer'],
    ]);
  });

  it('trims quotes, brackets and possessives from spans', () => {
    const text = 'Tesla\'s factory in "Berlin" (Germany) impressed Tim Cook\'s team.';
    expect(recognizeEntities(text).map((m) => m.text)).toEqual(['Tesla', 'Berlin', 'Germany', 'Tim Cook']);
  });

  it('returns offsets that reproduce the mention text, across emoji, accents and line breaks', () => {
    const text = '😀 José Müller (CEO of Zürich-based Acme AG) said:\n\n"We love Berlin." It cost US$5m on 3 May 2021 — ask Zoë Saldana.';
    const mentions = recognizeEntities(text);
    expect(mentions.length).toBeGreaterThanOrEqual(6);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['José Müller', 'Zürich', 'Acme AG', 'Berlin', 'US$5m', '3 May 2021', 'Zoë Saldana']));
  });

  it('uses an extended gazetteer for names the bundled table lacks', () => {
    const text = 'Ada Quill flew from Berlin to Port Verity with the Quillon Syndicate.';
    const gazetteer = defaultGazetteer().extend([
      { name: 'Port Verity', type: 'Location' },
      { name: 'Quillon Syndicate', type: 'Organization' },
    ]);
    const withCast = recognizeEntities(text, { gazetteer }).map((m) => [m.text, m.type]);
    expect(withCast).toEqual(expect.arrayContaining([['Berlin', 'Location'], ['Port Verity', 'Location'], ['Quillon Syndicate', 'Organization']]));
    const without = recognizeEntities(text, { gazetteer: createGazetteer([]) }).map((m) => m.text);
    expect(without).not.toContain('Port Verity');
    expect(without).not.toContain('Quillon Syndicate');
  });

  it('returns nothing for blank text', () => {
    expect(recognizeEntities(' \n\t ')).toEqual([]);
  });
});
