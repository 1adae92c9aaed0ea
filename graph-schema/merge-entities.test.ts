import { describe, expect, it } from 'vitest';
import { moveEvidence, unitedNames } from './merge-entities.js';
import { evidenceId, relationId } from './writer/ids.js';

describe('merging entities (pure parts)', () => {
  it('keeps the names of the entity that remains and adds the other\'s languages and surface forms as aliases', () => {
    const into = { name: 'Deutsche Telekom', name_de: 'Deutsche Telekom', aliases: ['Deutsche Telekom', 'DT'] };
    const from = { name: 'Telekom AG', name_de: 'Telekom Aktiengesellschaft', name_fr: 'Télécom allemande', aliases: ['Telekom AG', 'DT'], key: 'x' };
    expect(unitedNames(into, from)).toEqual({
      names: { name_fr: 'Télécom allemande' },
      aliases: ['Deutsche Telekom', 'DT', 'Telekom AG', 'Telekom Aktiengesellschaft', 'Télécom allemande'],
    });
    expect(unitedNames({ name: 'A' }, { name: 'B', aliases: 'not a list' })).toEqual({ names: {}, aliases: ['A', 'B'] });
  });

  it('re-points evidence with the ids the writer would have given it, oriented for symmetric relations', () => {
    const props = { type: 'WORKS_FOR', subjectId: 'p:weber', objectId: 'o:from', relationId: relationId('WORKS_FOR', 'p:weber', 'o:from'), model: 'rel@1', start: 40 };
    const moved = moveEvidence({ id: 'evi_old', segmentId: 'doc#1', props }, 'o:from', 'o:into');
    const rel = relationId('WORKS_FOR', 'p:weber', 'o:into');
    expect(moved).toEqual({
      oldId: 'evi_old',
      type: 'WORKS_FOR',
      oldRelation: { id: props.relationId, type: 'WORKS_FOR', subjectId: 'p:weber', objectId: 'o:from' },
      target: { newId: evidenceId(rel, 'doc#1', 'rel@1', 40), relationId: rel, subjectId: 'p:weber', objectId: 'o:into' },
    });

    // MET is symmetric: "z met from" becomes "a-into met z", stored lower id first.
    const met = moveEvidence({ id: 'e2', segmentId: 's', props: { type: 'MET', subjectId: 'm:from', objectId: 'z', relationId: 'r', model: 'm' } }, 'm:from', 'a-into');
    expect(met.target).toMatchObject({ subjectId: 'a-into', objectId: 'z', relationId: relationId('MET', 'z', 'a-into') });
  });

  it('drops evidence that would relate the merged entity to itself, and refuses relation types outside the ontology', () => {
    const self = moveEvidence({ id: 'e3', segmentId: 's', props: { type: 'PARTNERED_WITH', subjectId: 'into', objectId: 'from', relationId: 'r', model: 'm' } }, 'from', 'into');
    expect(self.target).toBeNull();
    expect(() => moveEvidence({ id: 'e4', segmentId: 's', props: { type: 'HATES', subjectId: 'a', objectId: 'from', relationId: 'r', model: 'm' } }, 'from', 'into')).toThrow(/not allowed/);
  });
});
