import type { EntityType } from '../../graph-schema/ontology.js';
import { acronymsOf, looksLikeAcronym } from './acronyms.js';
import { isCjkKey, keyTokens, normalizeName } from './normalize.js';
import { typeRelation } from './type-compatibility.js';

/** One entity mention found in a document (offsets into the original text). */
export interface DocumentMention {
  text: string;
  type: EntityType;
  start: number;
  end?: number;
  /** ISO 639-1 language of the surface text. */
  language?: string;
}

/**
 * Why a mention joined a longer name in the same document, with its score:
 * - `exact-key` 1.0: same normalised key ("Apple" / "Apple Inc.").
 * - `surname` 0.9: a lone surname and the one person in the document with it ("Cook" → "Tim Cook", "习" → "习近平").
 * - `name-variant` 0.9: same first and last name, extra middle names ("George Bush" → "George W. Bush").
 * - `acronym` 0.9: capitals spelling the initials of one organisation ("UN" → "United Nations", "IBM").
 * - `given-name` 0.75: a lone given name when no one in the document has it as a surname ("Angela" → "Angela Merkel").
 * - `prefix` 0.75: the leading words of one longer name ("Goldman" → "Goldman Sachs"; a Chinese company's own
 *   name, "瀚星" → "瀚星科技有限公司"). Weaker, because a
 *   division can share its parent's first word ("Microsoft" / "Microsoft Research").
 */
export type WithinDocumentRule = 'exact-key' | 'surname' | 'name-variant' | 'acronym' | 'given-name' | 'prefix';

export const WITHIN_DOCUMENT_SCORES: Readonly<Record<WithinDocumentRule, number>> = {
  'exact-key': 1,
  surname: 0.9,
  'name-variant': 0.9,
  acronym: 0.9,
  'given-name': 0.75,
  prefix: 0.75,
};

export interface MentionLink {
  mention: number;
  /** Index of the mention whose name the cluster takes (the longest form). */
  canonical: number;
  /** `self` for the canonical mention itself. */
  rule: WithinDocumentRule | 'self';
  score: number;
}

/** A short form that fits several names, left unmerged on purpose. */
export interface AmbiguousShortForm {
  mention: number;
  /** Canonical mention of each name it could belong to. */
  candidates: number[];
  rule: WithinDocumentRule;
}

export interface DocumentCluster {
  canonical: number;
  type: EntityType;
  name: string;
  key: string;
  members: number[];
  /** Every other surface form seen for it ("Cook", "Mr. Cook"), for the entity's aliases. */
  aliases: string[];
}

export interface WithinDocumentResult {
  links: MentionLink[];
  clusters: DocumentCluster[];
  ambiguous: AmbiguousShortForm[];
}

interface Group {
  type: EntityType;
  key: string;
  tokens: string[];
  members: number[];
  representative: number;
  acronymSurface: boolean;
  /** Some member was written with words the key drops ("Apple Inc."): a complete name, not a short form. */
  writtenInFull: boolean;
  /** The "·"-joined parts of a transliterated Chinese name ("克劳斯·韦伯" → 克劳斯, 韦伯); empty otherwise. */
  transliterationParts: string[];
  /** How this group joined its parent, once it has. */
  link?: { parent: Group; rule: WithinDocumentRule };
}

/**
 * Links short forms in one document to the full names they abbreviate. A
 * short form that fits more than one name ("Cook" with both Tim Cook and
 * James Cook present) is left alone and reported as ambiguous: a wrong merge
 * is harder to notice than a duplicate.
 */
export function resolveWithinDocument(mentions: readonly DocumentMention[]): WithinDocumentResult {
  const groups = groupByKey(mentions);
  // Longest names first, so a short form sees every longer name already linked to its own root.
  const ordered = [...groups].sort((a, b) => size(b) - size(a));
  const ambiguous: AmbiguousShortForm[] = [];
  ordered.forEach((group, index) => {
    const earlier = ordered.slice(0, index).filter((g) => typeRelation(g.type, group.type) !== 'incompatible');
    const found = sameKeyOtherType(group, earlier) ?? bestTargets(group, earlier.filter((g) => size(g) > size(group)));
    if (!found) return;
    const roots = [...new Set(found.targets.map(rootOf))];
    if (roots.length === 1 && roots[0]) group.link = { parent: roots[0], rule: found.rule };
    else ambiguous.push({ mention: group.representative, candidates: roots.map((r) => r.representative), rule: found.rule });
  });
  return summarize(mentions, groups, ambiguous);
}

function groupByKey(mentions: readonly DocumentMention[]): Group[] {
  const byKey = new Map<string, Group>();
  mentions.forEach((mention, index) => {
    const key = normalizeName(mention.text, mention.type, mention.language);
    const id = `${mention.type}:${key}`;
    const group = byKey.get(id) ?? {
      type: mention.type,
      key,
      tokens: keyTokens(key),
      members: [],
      representative: index,
      acronymSurface: false,
      writtenInFull: false,
      transliterationParts: [],
    };
    if (isCjkKey(key) && group.transliterationParts.length === 0) group.transliterationParts = transliterationParts(mention.text);
    group.members.push(index);
    if (looksLikeAcronym(mention.text)) group.acronymSurface = true;
    if (mention.text.trim().split(/\s+/).length > group.tokens.length && !isCjkKey(key)) group.writtenInFull = true;
    const current = mentions[group.representative];
    if (current && mention.text.length > current.text.length) group.representative = index;
    byKey.set(id, group);
  });
  return [...byKey.values()];
}

/** Tokens for alphabetic keys, characters for Chinese ones: "习近平" is longer than "习". */
function size(group: Group): number {
  return isCjkKey(group.key) ? [...group.key].length : group.tokens.length;
}

/** "Microsoft" tagged Product and "Microsoft Corporation" tagged Organization: one key, two compatible types. */
function sameKeyOtherType(group: Group, earlier: readonly Group[]): { rule: WithinDocumentRule; targets: Group[] } | undefined {
  const targets = earlier.filter((g) => g.type !== group.type && g.key === group.key);
  return targets.length > 0 ? { rule: 'exact-key', targets } : undefined;
}

function bestTargets(group: Group, longer: readonly Group[]): { rule: WithinDocumentRule; targets: Group[] } | undefined {
  const rules: ReadonlyArray<[WithinDocumentRule, (g: Group) => boolean]> =
    group.type === 'Person'
      ? [
          ['surname', (g) => g.type === 'Person' && isSurnameOf(group, g)],
          ['name-variant', (g) => g.type === 'Person' && isNameVariantOf(group, g)],
          ['given-name', (g) => g.type === 'Person' && group.tokens.length === 1 && g.tokens[0] === group.tokens[0]],
        ]
      : [
          ['acronym', (g) => group.acronymSurface && acronymsOf(g.key).has(group.key)],
          ['prefix', (g) => !group.writtenInFull && isPrefixOf(group, g)],
        ];
  for (const [rule, matches] of rules) {
    const targets = longer.filter(matches);
    if (targets.length > 0) return { rule, targets };
  }
  return undefined;
}

const NAME_DOTS = /[·•・‧･]/u;

function transliterationParts(text: string): string[] {
  const parts = text.normalize('NFKC').split(NAME_DOTS).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [];
}

/**
 * Chinese names put the surname first ("习" of "习近平"); transliterated
 * names put it last, after the "·" ("韦伯" of "克劳斯·韦伯").
 */
function isSurnameOf(short: Group, full: Group): boolean {
  if (isCjkKey(short.key)) {
    if (!isCjkKey(full.key)) return false;
    if (full.transliterationParts.length > 1) return full.transliterationParts[full.transliterationParts.length - 1] === short.key;
    return [...short.key].length === 1 && full.key.startsWith(short.key);
  }
  return short.tokens.length === 1 && full.tokens.length > 1 && full.tokens[full.tokens.length - 1] === short.tokens[0];
}

function isNameVariantOf(short: Group, full: Group): boolean {
  const s = short.tokens;
  const f = full.tokens;
  return s.length >= 2 && f.length > s.length && s[0] === f[0] && s[s.length - 1] === f[f.length - 1] && s.every((t) => f.includes(t));
}

function isPrefixOf(short: Group, full: Group): boolean {
  // "瀚星" → "瀚星科技有限公司": a company's own name, at least two characters, before its trade word.
  if (isCjkKey(short.key) && isCjkKey(full.key)) {
    return short.type === 'Organization' && full.type === 'Organization' && [...short.key].length >= 2 && full.key.length > short.key.length && full.key.startsWith(short.key);
  }
  if (isCjkKey(short.key) || isCjkKey(full.key)) return false;
  return short.tokens.length < full.tokens.length && short.tokens.every((t, i) => full.tokens[i] === t);
}

function rootOf(group: Group): Group {
  let current = group;
  while (current.link) current = current.link.parent;
  return current;
}

function summarize(mentions: readonly DocumentMention[], groups: readonly Group[], ambiguous: AmbiguousShortForm[]): WithinDocumentResult {
  const links: MentionLink[] = [];
  const clusters = new Map<Group, DocumentCluster>();
  for (const group of groups) {
    const root = rootOf(group);
    const cluster = clusters.get(root) ?? {
      canonical: root.representative,
      type: root.type,
      name: mentions[root.representative]?.text ?? '',
      key: root.key,
      members: [],
      aliases: [],
    };
    clusters.set(root, cluster);
    // Short forms always link straight to a root (longer names are settled first), so one rule explains each link.
    const score = group.link ? WITHIN_DOCUMENT_SCORES[group.link.rule] : 1;
    for (const member of group.members) {
      cluster.members.push(member);
      const surface = mentions[member]?.text ?? '';
      if (surface !== cluster.name && !cluster.aliases.includes(surface)) cluster.aliases.push(surface);
      const rule = member === root.representative ? 'self' : group === root ? 'exact-key' : (group.link?.rule ?? 'exact-key');
      links.push({ mention: member, canonical: root.representative, rule, score: rule === 'self' || rule === 'exact-key' ? 1 : score });
    }
  }
  links.sort((a, b) => a.mention - b.mention);
  for (const cluster of clusters.values()) cluster.members.sort((a, b) => a - b);
  return { links, clusters: [...clusters.values()].sort((a, b) => a.canonical - b.canonical), ambiguous };
}
