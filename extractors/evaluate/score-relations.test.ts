import { describe, expect, it } from 'vitest';
import { scoreRelations } from './score-relations.js';

// Alignment by mentions: g1 and g4 are A (a split), g2 is B by 2 votes to 1, g3 is C, g5 aligns to nothing.
const mentions = [
  { doc: 'd1', entity: 'A', start: 0, end: 5 },
  { doc: 'd1', entity: 'A', start: 10, end: 15 },
  { doc: 'd1', entity: 'B', start: 20, end: 25 },
  { doc: 'd1', entity: 'C', start: 30, end: 35 },
  { doc: 'd2', entity: 'A', start: 0, end: 5 },
  { doc: 'd2', entity: 'B', start: 10, end: 15 },
  { doc: 'd2', entity: 'C', start: 20, end: 25 },
];
const predictedMentions = [
  { doc: 'd1', start: 0, end: 5, entityId: 'g1' },
  { doc: 'd1', start: 10, end: 15, entityId: 'g1' },
  { doc: 'd1', start: 20, end: 25, entityId: 'g2' },
  { doc: 'd1', start: 30, end: 35, entityId: 'g3' },
  { doc: 'd2', start: 0, end: 5, entityId: 'g4' },
  { doc: 'd2', start: 10, end: 15, entityId: 'g2' },
  { doc: 'd2', start: 20, end: 25, entityId: 'g2' },
  { doc: 'd2', start: 40, end: 45, entityId: 'g5' },
];
const relations = [
  { doc: 'd1', type: 'MET', subject: 'A', object: 'B' },
  { doc: 'd1', type: 'LIVES_IN', subject: 'A', object: 'C' },
  { doc: 'd2', type: 'LIVES_IN', subject: 'A', object: 'C' },
  { doc: 'd2', type: 'WORKS_FOR', subject: 'B', object: 'A' },
  { doc: 'd2', type: 'SPOUSE_OF', subject: 'A', object: 'B' },
];
const predictedRelations = [
  { doc: 'd1', type: 'MET', subjectId: 'g2', objectId: 'g1' }, // symmetric, reversed: right
  { doc: 'd1', type: 'MET', subjectId: 'g1', objectId: 'g2' }, // the same fact again: counted once
  { doc: 'd1', type: 'LIVES_IN', subjectId: 'g1', objectId: 'g3' }, // right
  { doc: 'd2', type: 'WORKS_FOR', subjectId: 'g4', objectId: 'g2' }, // directed and reversed: wrong
  { doc: 'd2', type: 'SPOUSE_OF', subjectId: 'g4', objectId: 'g2' }, // right through the split node g4
  { doc: 'd2', type: 'CO_OCCURS_WITH', subjectId: 'g1', objectId: 'g2' }, // never scored
  { doc: 'd2', type: 'VISITED', subjectId: 'g1', objectId: 'g5' }, // g5 aligns to nothing: wrong
];

describe('scoreRelations', () => {
  const score = scoreRelations({ mentions, relations }, { mentions: predictedMentions, relations: predictedRelations });

  it('scores per document, mapping graph ids to gold ids by mention majority', () => {
    expect(score.byDocument).toMatchObject({ truePositives: 3, falsePositives: 2, falseNegatives: 2 });
    expect(score.unaligned).toBe(1);
    expect(score.falseNegatives).toEqual(['d2 LIVES_IN A C', 'd2 WORKS_FOR B A']);
    expect(score.falsePositives).toEqual(['d2 VISITED A graph:g5', 'd2 WORKS_FOR A B']);
  });

  it('scores distinct facts, so a fact found in one of two documents is found', () => {
    expect(score.byFact).toMatchObject({ truePositives: 3, falsePositives: 2, falseNegatives: 1 });
  });

  it('breaks the score down by type and leaves CO_OCCURS_WITH out', () => {
    expect(Object.keys(score.byType)).toEqual(['LIVES_IN', 'MET', 'SPOUSE_OF', 'VISITED', 'WORKS_FOR']);
    expect(score.byType.LIVES_IN).toMatchObject({ truePositives: 1, falseNegatives: 1, falsePositives: 0 });
    expect(score.byType.MET?.f1).toBe(1);
  });

  it('honours custom symmetric and excluded types', () => {
    const reversedOnly = predictedRelations.filter((r, i) => i !== 1);
    const strict = scoreRelations({ mentions, relations }, { mentions: predictedMentions, relations: reversedOnly }, { symmetric: new Set(), excluded: new Set(['VISITED']) });
    // Directed now: the reversed MET is wrong; CO_OCCURS_WITH is scored (and wrong); VISITED is gone.
    expect(strict.byDocument).toMatchObject({ truePositives: 2, falsePositives: 3 });
    expect(strict.falsePositives).toEqual(['d1 MET B A', 'd2 CO_OCCURS_WITH A B', 'd2 WORKS_FOR A B']);
    expect(Object.keys(strict.byType)).not.toContain('VISITED');
  });
});
