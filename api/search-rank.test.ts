import { describe, expect, it } from 'vitest';
import { fuseByRank, queryTerms, snippet } from './search-rank.js';

describe('search ranking and snippets', () => {
  it('fuses lists by reciprocal rank, keeping each raw score', () => {
    const fused = fuseByRank([
      { kind: 'fulltext', hits: [{ key: 'a', item: 'A', score: 9 }, { key: 'b', item: 'B', score: 3 }] },
      { kind: 'semantic', hits: [{ key: 'b', item: 'B', score: 0.8 }, { key: 'c', item: 'C', score: 0.7 }] },
    ]);
    expect(fused.map((h) => h.key)).toEqual(['b', 'a', 'c']);
    expect(fused[0]).toMatchObject({ fullTextScore: 3, semanticScore: 0.8 });
    expect(fused[1]).toMatchObject({ fullTextScore: 9, semanticScore: null });
  });

  it('highlights word starts, extends prefixes to whole words and cuts a window around the first match', () => {
    const terms = queryTerms('tim coo');
    expect(terms).toEqual(['tim', 'coo']);
    const s = snippet('Tim Cook, precooked timber', terms);
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['Tim', 'Cook', 'timber']);
    const long = `${'lorem ipsum '.repeat(50)}Apple hired Tim Cook. ${'dolor '.repeat(50)}`;
    const cut = snippet(long, queryTerms('cook'), 80);
    expect(cut.text.length).toBeLessThanOrEqual(80);
    expect(cut.highlights.map((h) => cut.text.slice(h.start, h.end))).toEqual(['Cook']);
  });

  it('handles Chinese terms without word boundaries', () => {
    const s = snippet('马云创立了阿里巴巴。', queryTerms('阿里巴巴'));
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['阿里巴巴']);
  });
});
