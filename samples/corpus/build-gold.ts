/**
 * Builds `gold.json` from the hand-written `gold.source.json` and the corpus
 * texts, so that every mention offset is exact and reproducible.
 *
 *   npx tsx samples/corpus/build-gold.ts           # write gold.json
 *   npx tsx samples/corpus/build-gold.ts --check   # fail if gold.json is stale
 *
 * The source lists, per document, the surfaces of each entity and the
 * relations (as an anchor: a substring found once in the document, widened to
 * its sentence). A surface is either plain text ("Nimbus"), which marks every
 * occurrence, or a pattern with the mention in brackets ("born in [Valencia]"),
 * which marks only that occurrence; patterns settle surfaces that two entities
 * share in one document. Where marks nest, the longest wins ("Nimbus" inside
 * "Nimbus Robotics Inc." is one mention of the latter). The build refuses:
 * a surface that is not one of the entity's names or aliases, a surface that
 * marks nothing, two entities on the same span, partly overlapping marks, and
 * any occurrence of a known name or alias that no mention covers.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../graph-schema/ontology.js';

export const LANGS = ['en', 'es', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export interface GoldEntity {
  id: string;
  type: EntityType;
  names: Record<Lang, string>;
  aliases: string[];
}

export interface GoldDoc {
  doc: string;
  lang: Lang;
}

export interface GoldMention {
  doc: string;
  entity: string;
  start: number;
  end: number;
  surface: string;
}

export interface GoldRelation {
  doc: string;
  type: RelationType;
  subject: string;
  object: string;
  sentence: string;
}

export interface Gold {
  docs: GoldDoc[];
  entities: GoldEntity[];
  mentions: GoldMention[];
  relations: GoldRelation[];
}

interface SourceDoc {
  mentions: Record<string, string[]>;
  relations: [string, string, string, string][];
}

interface Source {
  entities: GoldEntity[];
  docs: Record<string, SourceDoc>;
}

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Reads a corpus document as the platform would: UTF-8, as is. */
export function readDoc(doc: string, dir = CORPUS_DIR): string {
  return readFileSync(join(dir, doc), 'utf8');
}

/** `en/x.txt`, `es/y.txt`, `zh/z.txt`: every text file under the language folders, sorted. */
export function listDocs(dir = CORPUS_DIR): string[] {
  const docs: string[] = [];
  for (const lang of LANGS) {
    for (const name of readdirSync(join(dir, lang)).sort()) {
      if (name.endsWith('.txt')) docs.push(`${lang}/${name}`);
    }
  }
  return docs;
}

const WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;

/** Start offsets of `needle` in `text`, skipping hits glued to a Latin letter or digit on a Latin edge. */
export function findOccurrences(text: string, needle: string): number[] {
  const hits: number[] = [];
  if (needle.length === 0) return hits;
  const checkLeft = WORD_CHAR.test(needle[0] ?? '');
  const checkRight = WORD_CHAR.test(needle[needle.length - 1] ?? '');
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? (text[at - 1] ?? '') : '';
    const after = text[at + needle.length] ?? '';
    if (checkLeft && WORD_CHAR.test(before)) continue;
    if (checkRight && WORD_CHAR.test(after)) continue;
    hits.push(at);
  }
  return hits;
}

const ABBREVIATIONS = new Set(['Dr', 'Prof', 'Mr', 'Ms', 'Mrs', 'Inc', 'Ltd', 'Co', 'S.A', 'S.L', 'St', 'Jr']);
const CLOSERS = new Set(['"', "'", '”', '’', '」', ')', '）']);

/** Sentence spans `[start, end)` of a text: ends at 。！？ always, at .!? before a space unless after an abbreviation. */
export function splitSentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    const cjk = ch === '。' || ch === '！' || ch === '？';
    const latin = ch === '.' || ch === '!' || ch === '?';
    if (!cjk && !latin) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
    if (latin) {
      if (end < text.length && !/\s/.test(text[end] ?? '')) continue;
      if (ch === '.') {
        const word = /(\S+)$/.exec(text.slice(start, i))?.[1] ?? '';
        if (ABBREVIATIONS.has(word)) continue;
      }
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

interface Candidate {
  entity: string;
  start: number;
  end: number;
  explicit: boolean;
}

function fail(message: string): never {
  throw new Error(`gold build: ${message}`);
}

/** Resolves one document's marks into mentions, refusing ambiguity. */
function resolveMentions(doc: string, text: string, spec: Record<string, string[]>, entities: Map<string, GoldEntity>): GoldMention[] {
  const candidates: (Candidate & { spec: string })[] = [];
  for (const [entity, surfaces] of Object.entries(spec)) {
    const known = entities.get(entity) ?? fail(`${doc}: unknown entity ${entity}`);
    const allowed = new Set([...Object.values(known.names), ...known.aliases]);
    for (const surfaceSpec of surfaces) {
      const bracket = /^(.*)\[(.+)\](.*)$/su.exec(surfaceSpec);
      const surface = bracket ? (bracket[2] ?? '') : surfaceSpec;
      if (!allowed.has(surface)) fail(`${doc}: "${surface}" is not a name or alias of ${entity}`);
      if (bracket) {
        const pre = bracket[1] ?? '';
        const whole = pre + surface + (bracket[3] ?? '');
        const hits = findOccurrences(text, whole);
        if (hits.length !== 1) fail(`${doc}: pattern "${surfaceSpec}" occurs ${hits.length} times, expected once`);
        for (const at of hits) candidates.push({ entity, start: at + pre.length, end: at + pre.length + surface.length, explicit: true, spec: surfaceSpec });
      } else {
        const hits = findOccurrences(text, surface);
        if (hits.length === 0) fail(`${doc}: "${surface}" (${entity}) does not occur`);
        for (const at of hits) candidates.push({ entity, start: at, end: at + surface.length, explicit: false, spec: surfaceSpec });
      }
    }
  }

  // Same span: one entity, or an explicit pattern over plain text.
  const bySpan = new Map<string, (Candidate & { spec: string })[]>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const list = bySpan.get(key) ?? [];
    list.push(c);
    bySpan.set(key, list);
  }
  const unique: (Candidate & { spec: string })[] = [];
  for (const list of bySpan.values()) {
    const entitiesHere = new Set(list.map((c) => c.entity));
    if (entitiesHere.size === 1) {
      unique.push(list.find((c) => c.explicit) ?? list[0]!);
      continue;
    }
    const explicit = list.filter((c) => c.explicit);
    const chosen = explicit[0];
    if (explicit.length !== 1 || chosen === undefined) {
      const first = list[0]!;
      fail(`${doc}: "${text.slice(first.start, first.end)}" at ${first.start} claimed by ${[...entitiesHere].join(', ')}; use a [bracketed] pattern`);
    }
    unique.push(chosen);
  }

  // Nesting: the longest wins; partial overlaps are errors.
  unique.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: (Candidate & { spec: string })[] = [];
  for (const c of unique) {
    const outer = kept.find((k) => k.start <= c.start && c.end <= k.end);
    if (outer) {
      if (c.explicit) fail(`${doc}: pattern "${c.spec}" falls inside "${text.slice(outer.start, outer.end)}"`);
      continue;
    }
    const crossing = kept.find((k) => k.start < c.end && c.start < k.end);
    if (crossing) fail(`${doc}: "${text.slice(c.start, c.end)}" at ${c.start} partly overlaps "${text.slice(crossing.start, crossing.end)}" at ${crossing.start}`);
    kept.push(c);
  }

  for (const [entity, surfaces] of Object.entries(spec)) {
    for (const s of surfaces) {
      if (!kept.some((k) => k.entity === entity && k.spec === s)) fail(`${doc}: surface "${s}" of ${entity} marks nothing (always inside a longer mention)`);
    }
  }

  // Completeness: every occurrence of any known name or alias is covered.
  for (const e of entities.values()) {
    for (const name of new Set([...Object.values(e.names), ...e.aliases])) {
      for (const at of findOccurrences(text, name)) {
        if (!kept.some((k) => k.start < at + name.length && at < k.end)) fail(`${doc}: "${name}" at ${at} (${e.id}) is not marked`);
      }
    }
  }

  return kept.map((k) => ({ doc, entity: k.entity, start: k.start, end: k.end, surface: text.slice(k.start, k.end) }));
}

const TYPED_RELATIONS = RELATION_TYPES.filter((t) => t !== 'CO_OCCURS_WITH');

export function buildGold(dir = CORPUS_DIR): Gold {
  const source = JSON.parse(readFileSync(join(dir, 'gold.source.json'), 'utf8')) as Source;
  const entities = new Map<string, GoldEntity>();
  for (const e of source.entities) {
    if (entities.has(e.id)) fail(`duplicate entity ${e.id}`);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) fail(`${e.id}: type ${e.type} is not in the ontology`);
    for (const lang of LANGS) if (!e.names[lang]) fail(`${e.id}: no ${lang} name`);
    entities.set(e.id, e);
  }

  const docs = listDocs(dir);
  const sourceDocs = Object.keys(source.docs).sort();
  for (const d of docs) if (!(d in source.docs)) fail(`${d} is not in gold.source.json`);
  for (const d of sourceDocs) if (!docs.includes(d)) fail(`${d} in gold.source.json has no file`);

  const mentions: GoldMention[] = [];
  const relations: GoldRelation[] = [];
  for (const doc of docs) {
    const text = readDoc(doc, dir);
    const spec = source.docs[doc] ?? fail(`${doc}: missing`);
    const docMentions = resolveMentions(doc, text, spec.mentions, entities);
    mentions.push(...docMentions);
    const sentences = splitSentences(text);
    for (const [type, subject, object, anchor] of spec.relations) {
      if (!(TYPED_RELATIONS as readonly string[]).includes(type)) fail(`${doc}: relation type ${type} is not a typed ontology relation`);
      const hits = findOccurrences(text, anchor);
      const at = hits[0];
      if (hits.length !== 1 || at === undefined) fail(`${doc}: anchor "${anchor}" occurs ${hits.length} times, expected once`);
      const span = sentences.find(([s, e]) => s <= at && at + anchor.length <= e) ?? fail(`${doc}: anchor "${anchor}" crosses a sentence boundary`);
      for (const id of [subject, object]) {
        if (!docMentions.some((m) => m.entity === id && span[0] <= m.start && m.end <= span[1])) fail(`${doc}: ${type} ${subject} -> ${object}: ${id} is not named in the sentence of "${anchor}"`);
      }
      relations.push({ doc, type: type as RelationType, subject, object, sentence: text.slice(span[0], span[1]) });
    }
  }

  // Aliases: the hand-written ones, each of which must be used somewhere.
  for (const e of entities.values()) {
    for (const alias of e.aliases) {
      if (!mentions.some((m) => m.entity === e.id && m.surface === alias)) fail(`${e.id}: alias "${alias}" is never used`);
    }
  }

  return {
    docs: docs.map((doc) => ({ doc, lang: doc.slice(0, 2) as Lang })),
    entities: [...entities.values()],
    mentions,
    relations,
  };
}

/** One record per line: diff-friendly and still plain JSON. */
export function serializeGold(gold: Gold): string {
  const section = (name: string, rows: unknown[], last = false): string =>
    `  "${name}": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]${last ? '' : ','}\n`;
  return `{\n${section('docs', gold.docs)}${section('entities', gold.entities)}${section('mentions', gold.mentions)}${section('relations', gold.relations, true)}}\n`;
}

function main(): void {
  const out = join(CORPUS_DIR, 'gold.json');
  const text = serializeGold(buildGold());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write('gold.json is stale: run npx tsx samples/corpus/build-gold.ts\n');
      process.exit(1);
    }
    process.stdout.write('gold.json is up to date\n');
    return;
  }
  writeFileSync(out, text);
  const gold = JSON.parse(text) as Gold;
  process.stdout.write(`wrote ${out}: ${gold.docs.length} docs, ${gold.entities.length} entities, ${gold.mentions.length} mentions, ${gold.relations.length} relations\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
