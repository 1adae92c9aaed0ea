import { describe, expect, it } from 'vitest';
import { scoreEntities } from './score-entities.js';
import type { PredictedMention } from './types.js';

// Three gold things over two documents. The graph splits A over g1/g4, keeps B on
// g2 but also folds one C mention into g2, types one C mention wrong, misses one
// A mention and invents a Date.
const entities = [
  { id: 'A', type: 'Person' },
  { id: 'B', type: 'Person' },
  { id: 'C', type: 'Location' },
];
const mentions = [
  { doc: 'd1', entity: 'A', start: 0, end: 5 },
  { doc: 'd1', entity: 'A', start: 10, end: 15 },
  { doc: 'd1', entity: 'B', start: 20, end: 25 },
  { doc: 'd1', entity: 'C', start: 30, end: 35 },
  { doc: 'd2', entity: 'A', start: 0, end: 5 },
  { doc: 'd2', entity: 'B', start: 10, end: 15 },
  { doc: 'd2', entity: 'C', start: 20, end: 25 },
  { doc: 'd2', entity: 'A', start: 30, end: 35 },
];
const predicted: PredictedMention[] = [
  { doc: 'd1', start: 0, end: 5, entityId: 'g1', type: 'Person' },
  { doc: 'd1', start: 10, end: 15, entityId: 'g1', type: 'Person' },
  { doc: 'd1', start: 20, end: 25, entityId: 'g2', type: 'Person' },
  { doc: 'd1', start: 30, end: 35, entityId: 'g3', type: 'Organization' },
  { doc: 'd2', start: 0, end: 5, entityId: 'g4', type: 'Person' },
  { doc: 'd2', start: 10, end: 15, entityId: 'g2', type: 'Person' },
  { doc: 'd2', start: 20, end: 25, entityId: 'g2', type: 'Person' },
  { doc: 'd2', start: 40, end: 45, entityId: 'g5', type: 'Date' },
];

describe('scoreEntities', () => {
  const score = scoreEntities({ mentions, entities }, predicted);

  it('scores mentions on exact doc and span, with and without the type', () => {
    expect(score.mentions).toMatchObject({ truePositives: 7, falsePositives: 1, falseNegatives: 1 });
    expect(score.typedMentions).toMatchObject({ truePositives: 5, falsePositives: 3, falseNegatives: 3 });
    expect(score.missed).toEqual([{ doc: 'd2', entity: 'A', start: 30, end: 35 }]);
    expect(score.spurious.map((p) => p.entityId)).toEqual(['g5']);
  });

  it('finds split gold entities and over-merged graph entities', () => {
    const c = score.clustering;
    expect(c).toMatchObject({ goldEntitiesMatched: 3, onOneNode: 1, overMergeCount: 1 });
    expect(c.oneNodeRate).toBeCloseTo(1 / 3);
    expect(c.splitRate).toBeCloseTo(2 / 3);
    expect(c.split).toEqual(
      expect.arrayContaining([
        { goldId: 'A', graphIds: { g1: 2, g4: 1 } },
        { goldId: 'C', graphIds: { g3: 1, g2: 1 } },
      ]),
    );
    expect(c.overMerged).toEqual([{ graphId: 'g2', goldIds: { B: 2, C: 1 } }]);
  });

  it('computes B-cubed over the matched mentions', () => {
    // Worked by hand from the contingency table A:{g1 2, g4 1} B:{g2 2} C:{g3 1, g2 1}, 7 mentions.
    expect(score.clustering.bcubed.precision).toBeCloseTo(17 / 21);
    expect(score.clustering.bcubed.recall).toBeCloseTo(2 / 3);
  });

  it('is perfect on a perfect graph and leaves out the typed score without types', () => {
    const perfect = mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, entityId: `g-${m.entity}` }));
    const s = scoreEntities({ mentions }, perfect);
    expect(s.mentions.f1).toBe(1);
    expect(s.typedMentions).toBeNull();
    expect(s.clustering).toMatchObject({ oneNodeRate: 1, splitRate: 0, overMergeCount: 0, bcubed: { precision: 1, recall: 1, f1: 1 } });
  });

  it('treats an over-merge of everything as B-cubed precision loss, not recall loss', () => {
    const s = scoreEntities({ mentions }, mentions.map((m) => ({ ...m, entityId: 'blob' })));
    expect(s.clustering.oneNodeRate).toBe(1);
    expect(s.clustering.overMergeCount).toBe(1);
    expect(s.clustering.bcubed.recall).toBe(1);
    expect(s.clustering.bcubed.precision).toBeCloseTo((4 * 4 + 2 * 2 + 2 * 2) / 8 / 8);
  });
});
