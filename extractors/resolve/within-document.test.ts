import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph-schema/ontology.js';
import { resolveWithinDocument, type DocumentMention } from './within-document.js';

/** Mentions in reading order, offsets made up from their position. */
function doc(...items: Array<[string, EntityType]>): DocumentMention[] {
  return items.map(([text, type], i) => ({ text, type, start: i * 100, end: i * 100 + text.length }));
}

function clusterNames(mentions: DocumentMention[]): string[][] {
  return resolveWithinDocument(mentions).clusters.map((c) => c.members.map((m) => mentions[m]?.text ?? '?'));
}

describe('resolveWithinDocument', () => {
  it("links 'Cook' to the one Tim Cook in the document", () => {
    const mentions = doc(['Tim Cook', 'Person'], ['Apple', 'Organization'], ['Cook', 'Person'], ['Mr. Cook', 'Person']);
    const result = resolveWithinDocument(mentions);
    expect(result.links[2]).toEqual({ mention: 2, canonical: 0, rule: 'surname', score: 0.9 });
    expect(result.links[3]).toMatchObject({ canonical: 0, rule: 'surname' });
    expect(result.clusters[0]).toMatchObject({ name: 'Tim Cook', aliases: ['Cook', 'Mr. Cook'] });
  });

  it("leaves 'Cook' alone when two Cooks are in the document", () => {
    const mentions = doc(['Tim Cook', 'Person'], ['James Cook', 'Person'], ['Cook', 'Person']);
    const result = resolveWithinDocument(mentions);
    expect(result.links[2]).toMatchObject({ canonical: 2, rule: 'self' });
    expect(result.ambiguous).toEqual([{ mention: 2, candidates: [0, 1], rule: 'surname' }]);
    expect(clusterNames(mentions)).toEqual([['Tim Cook'], ['James Cook'], ['Cook']]);
  });

  it("links the transliterated surname '韦伯' to the one '克劳斯·韦伯', and leaves it alone beside '安娜·韦伯'", () => {
    const one = doc(['克劳斯·韦伯', 'Person'], ['柏林', 'Location'], ['韦伯', 'Person'], ['韦伯', 'Person']);
    expect(clusterNames(one)).toEqual([['克劳斯·韦伯', '韦伯', '韦伯'], ['柏林']]);
    expect(resolveWithinDocument(one).links[2]).toMatchObject({ canonical: 0, rule: 'surname' });
    const two = doc(['克劳斯·韦伯', 'Person'], ['安娜·韦伯', 'Person'], ['韦伯', 'Person']);
    expect(clusterNames(two)).toEqual([['克劳斯·韦伯'], ['安娜·韦伯'], ['韦伯']]);
  });

  it("links a Chinese company's own name '瀚星' to '瀚星科技有限公司'", () => {
    const mentions = doc(['瀚星科技有限公司', 'Organization'], ['李伟', 'Person'], ['瀚星', 'Organization']);
    expect(clusterNames(mentions)).toEqual([['瀚星科技有限公司', '瀚星'], ['李伟']]);
  });

  it("does not let the person 'Washington' join the place 'Washington State' or the other way round", () => {
    const mentions = doc(['George Washington', 'Person'], ['Washington', 'Location'], ['Washington State', 'Location'], ['Washington', 'Person']);
    expect(clusterNames(mentions)).toEqual([['George Washington', 'Washington'], ['Washington', 'Washington State']]);
  });

  it("merges 'Apple Inc.' and 'Apple' by key, and keeps 'Apple Records' apart when both are present", () => {
    const mentions = doc(['Apple Inc.', 'Organization'], ['Apple Records', 'Organization'], ['Apple', 'Organization']);
    expect(clusterNames(mentions)).toEqual([['Apple Inc.', 'Apple'], ['Apple Records']]);
  });

  it("reads 'Apple' as 'Apple Records' when that is the only Apple in the document (prefix, lower score)", () => {
    const mentions = doc(['Apple Records', 'Organization'], ['Apple', 'Organization']);
    expect(resolveWithinDocument(mentions).links[1]).toEqual({ mention: 1, canonical: 0, rule: 'prefix', score: 0.75 });
  });

  it('links acronyms to the one name whose initials they spell', () => {
    const mentions = doc(
      ['United Nations', 'Organization'],
      ['UN', 'Organization'],
      ['International Business Machines Corporation', 'Organization'],
      ['IBM', 'Organization'],
      ['U.N.', 'Organization'],
    );
    const result = resolveWithinDocument(mentions);
    expect(result.links.map((l) => [l.canonical, l.rule])).toEqual([
      [0, 'self'],
      [0, 'acronym'],
      [2, 'self'],
      [2, 'acronym'],
      [0, 'acronym'],
    ]);
  });

  it('spells Spanish acronyms without function words (ONU)', () => {
    const mentions = doc(['Organización de las Naciones Unidas', 'Organization'], ['ONU', 'Organization']);
    expect(resolveWithinDocument(mentions).links[1]).toMatchObject({ canonical: 0, rule: 'acronym' });
  });

  it('does not read an ordinary capitalised word as an acronym', () => {
    const mentions = doc(['United Nations', 'Organization'], ['Un', 'Organization']);
    expect(resolveWithinDocument(mentions).links[1]).toMatchObject({ rule: 'self' });
  });

  it('joins middle-name variants only when one full name fits', () => {
    expect(clusterNames(doc(['George W. Bush', 'Person'], ['George Bush', 'Person'], ['Bush', 'Person']))).toEqual([['George W. Bush', 'George Bush', 'Bush']]);
    const two = doc(['George W. Bush', 'Person'], ['George H. W. Bush', 'Person'], ['George Bush', 'Person'], ['Bush', 'Person']);
    expect(clusterNames(two)).toEqual([['George W. Bush'], ['George H. W. Bush'], ['George Bush'], ['Bush']]);
  });

  it('uses a given name only when nobody has it as a surname', () => {
    const mentions = doc(['Angela Merkel', 'Person'], ['Angela', 'Person']);
    expect(resolveWithinDocument(mentions).links[1]).toEqual({ mention: 1, canonical: 0, rule: 'given-name', score: 0.75 });
  });

  it('links a Chinese surname with a title to the full name (习主席 → 习近平)', () => {
    const mentions: DocumentMention[] = [
      { text: '习近平', type: 'Person', start: 0, language: 'zh' },
      { text: '习主席', type: 'Person', start: 10, language: 'zh' },
    ];
    expect(resolveWithinDocument(mentions).links[1]).toMatchObject({ canonical: 0, rule: 'surname' });
  });

  it('lets Organization and Product short forms meet (NER confuses brands and makers)', () => {
    const mentions = doc(['Microsoft Corporation', 'Organization'], ['Microsoft', 'Product']);
    expect(resolveWithinDocument(mentions).links[1]).toMatchObject({ canonical: 0 });
  });

  it('handles a document without mentions', () => {
    expect(resolveWithinDocument([])).toEqual({ links: [], clusters: [], ambiguous: [] });
  });
});
