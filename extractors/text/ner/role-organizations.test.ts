import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './recognize-entities.js';

const orgs = (text: string) => recognizeEntities(text).filter((m) => m.type === 'Organization').map((m) => m.text);

describe('organisations named by a role', () => {
  it('finds a company compromise has never heard of after CEO of, partner at, works for', () => {
    expect(orgs('Elena Vargas, CEO of Nimbus Robotics, has led the firm.')).toEqual(['Nimbus Robotics']);
    expect(orgs('Anna Weber, a partner at Elbe Capital, led the deal.')).toEqual(['Elbe Capital']);
    expect(orgs('Chen Hao works for Hanxing Technology.')).toEqual(['Hanxing Technology']);
  });

  it('never turns a known person or place into a company, and stops before a description', () => {
    expect(orgs('Tim Cook works for Angela Merkel.')).toEqual([]);
    expect(orgs('She is an engineer at Zürich-based Acme AG.')).toEqual(['Acme AG']);
    expect(orgs('Ana Ruiz is the CEO of Quimera. On Monday she spoke.')).toEqual(['Quimera']);
  });
});
