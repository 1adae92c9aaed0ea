import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-schema/ontology.js';
import { CORPUS_DIR, LANGS, buildGold, listDocs, readDoc, serializeGold, splitSentences, type Gold } from './build-gold.js';

const goldText = readFileSync(join(CORPUS_DIR, 'gold.json'), 'utf8');
const gold = JSON.parse(goldText) as Gold;
const docs = listDocs();
const texts = new Map(docs.map((d) => [d, readDoc(d)]));
const entityIds = new Set(gold.entities.map((e) => e.id));

function text(doc: string): string {
  const t = texts.get(doc);
  if (t === undefined) throw new Error(`no text for ${doc}`);
  return t;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

describe('sample corpus files', () => {
  it('has a few dozen documents in English, Spanish and Chinese', () => {
    const perLang = Object.fromEntries(LANGS.map((l) => [l, docs.filter((d) => d.startsWith(`${l}/`)).length]));
    expect(perLang.en).toBeGreaterThanOrEqual(10);
    expect(perLang.es).toBeGreaterThanOrEqual(6);
    expect(perLang.zh).toBeGreaterThanOrEqual(5);
    expect(docs.length).toBeGreaterThanOrEqual(24);
  });

  it.each(docs)('%s is short UTF-8 prose with LF line ends', (doc) => {
    const raw = readFileSync(join(CORPUS_DIR, doc));
    const t = text(doc);
    expect(Buffer.from(t, 'utf8').equals(raw)).toBe(true);
    expect(t.includes('\r')).toBe(false);
    expect(t.charCodeAt(0)).not.toBe(0xfeff);
    expect(t.length).toBeGreaterThanOrEqual(300);
    expect(t.length).toBeLessThanOrEqual(1200);
    const sentences = splitSentences(t).length;
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(6);
  });
});

describe('gold.json', () => {
  it('is what build-gold.ts makes from gold.source.json (which also re-runs its checks)', () => {
    expect(serializeGold(buildGold())).toBe(goldText);
  });

  it('lists exactly the corpus documents', () => {
    expect(gold.docs.map((d) => d.doc)).toEqual(docs);
    for (const d of gold.docs) expect(d.doc.startsWith(`${d.lang}/`)).toBe(true);
  });

  it('gives every entity a unique id, an ontology type and a name per language', () => {
    expect(entityIds.size).toBe(gold.entities.length);
    for (const e of gold.entities) {
      expect(ENTITY_TYPES, e.id).toContain(e.type);
      for (const lang of LANGS) expect(e.names[lang], `${e.id} ${lang}`).toBeTruthy();
    }
  });

  it('has mentions whose offsets slice out their surface, without overlaps', () => {
    for (const m of gold.mentions) {
      expect(entityIds.has(m.entity), m.entity).toBe(true);
      expect(m.end).toBeGreaterThan(m.start);
      expect(text(m.doc).slice(m.start, m.end), `${m.doc}@${m.start}`).toBe(m.surface);
    }
    for (const doc of docs) {
      const spans = gold.mentions.filter((m) => m.doc === doc).sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start, `${doc}@${spans[i]!.start}`).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('names a gold entity in every document', () => {
    for (const doc of docs) expect(gold.mentions.some((m) => m.doc === doc), doc).toBe(true);
  });

  it('has typed relations whose sentence is in the document and names both ends', () => {
    const typed = RELATION_TYPES.filter((t) => t !== 'CO_OCCURS_WITH');
    const seen = new Set<string>();
    for (const r of gold.relations) {
      const where = `${r.doc} ${r.type} ${r.subject} -> ${r.object}`;
      expect(typed, where).toContain(r.type);
      expect(entityIds.has(r.subject), where).toBe(true);
      expect(entityIds.has(r.object), where).toBe(true);
      expect(r.subject, where).not.toBe(r.object);
      const key = `${r.doc}|${r.type}|${r.subject}|${r.object}`;
      expect(seen.has(key), `duplicate ${where}`).toBe(false);
      seen.add(key);
      const starts = occurrences(text(r.doc), r.sentence);
      expect(starts.length, `sentence not in ${where}`).toBeGreaterThan(0);
      const names = (id: string): boolean =>
        starts.some((s) => gold.mentions.some((m) => m.doc === r.doc && m.entity === id && m.start >= s && m.end <= s + r.sentence.length));
      expect(names(r.subject), `subject not named: ${where}`).toBe(true);
      expect(names(r.object), `object not named: ${where}`).toBe(true);
    }
  });

  it('spreads the cast across documents and languages', () => {
    let multilingual = 0;
    for (const e of gold.entities) {
      const inDocs = new Set(gold.mentions.filter((m) => m.entity === e.id).map((m) => m.doc));
      expect(inDocs.size, `${e.id} docs`).toBeGreaterThanOrEqual(2);
      if (new Set([...inDocs].map((d) => d.slice(0, 2))).size >= 2) multilingual++;
    }
    expect(multilingual * 2).toBeGreaterThanOrEqual(gold.entities.length);
  });

  it('keeps the deliberate traps', () => {
    const people = gold.entities.filter((e) => e.type === 'Person');
    const surname = (name: string): string => name.split(' ').at(-1) ?? name;
    const bySurname = new Map<string, number>();
    for (const p of people) bySurname.set(surname(p.names.en), (bySurname.get(surname(p.names.en)) ?? 0) + 1);
    expect([...bySurname.values()].some((n) => n >= 2), 'two people share a surname').toBe(true);

    const places = new Set(gold.entities.filter((e) => e.type === 'Location').map((e) => e.names.en));
    expect(people.some((p) => p.aliases.some((a) => places.has(a))), 'a surname that is also a place').toBe(true);
    const sameSurfaceTwoEntities = docs.some((doc) => {
      const ms = gold.mentions.filter((m) => m.doc === doc);
      return ms.some((a) => ms.some((b) => a.surface === b.surface && a.entity !== b.entity));
    });
    expect(sameSurfaceTwoEntities, 'one surface for two entities in one document').toBe(true);

    expect(gold.entities.some((e) => e.type === 'Money')).toBe(true);
    expect(gold.entities.some((e) => e.type === 'Date')).toBe(true);

    // Transliterated names appear once with the Latin original in parentheses.
    for (const p of people.filter((e) => e.names.zh.includes('·'))) {
      const pattern = `${p.names.zh}（${p.names.en}）`;
      expect(docs.some((d) => d.startsWith('zh/') && text(d).includes(pattern)), pattern).toBe(true);
    }
  });
});
