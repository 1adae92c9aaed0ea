import { NAME_LINKING_WORDS } from '../../graph-schema/entity-candidates.js';
import type { EntityType } from '../../graph-schema/ontology.js';
import { acronymsOf, looksLikeAcronym } from './acronyms.js';
import { isCjkKey, keyTokens, normalizeName } from './normalize.js';
import { cosineSimilarity, jaroWinkler, nameSimilarity, tokenSetSimilarity } from './similarity.js';
import { DEFAULT_THRESHOLDS, RULE_SCORES, type MergeThresholds } from './thresholds.js';
import { closestReading, type TransliterationSpellings } from './transliteration.js';
import { AMBIGUOUS_TYPE_PENALTY, typeRelation } from './type-compatibility.js';

/** What made two names one entity (recorded on every merge, so it can be reviewed and undone). */
export type MergeRule = 'exact-key' | 'alias' | 'translation' | 'transliteration' | 'similar-name' | 'embedding';

/** Which rules win when several apply: direct lexical evidence before inferred. */
export const RULE_PRIORITY: readonly MergeRule[] = ['exact-key', 'translation', 'alias', 'transliteration', 'similar-name', 'embedding'];

/** An entity mention (or a document cluster of them) to resolve. */
export interface ResolvableMention {
  type: EntityType;
  /** The name as written in the source. */
  name: string;
  /** ISO 639-1 language of `name`. */
  language?: string;
  /** Names per language, translations included: `{ es: 'Pekín', en: 'Beijing' }`. */
  names?: Readonly<Record<string, string>>;
  /** Other surface forms linked in the same document ("Cook" for "Tim Cook"). */
  aliases?: readonly string[];
  /**
   * For a name transliterated from another script ("安娜·韦伯"), the Latin
   * spellings each part may stand for; read against candidates' Latin names
   * by the `transliteration` rule. Used for matching only, never stored.
   */
  transliteration?: TransliterationSpellings;
  embedding?: readonly number[];
}

/** An existing entity the mention might be (the lead's Neo4j lookup returns these). */
export interface Candidate {
  id: string;
  type: EntityType;
  /** Canonical (pivot-language) name. */
  name: string;
  /** Stored resolution key, `${type}:${normalized}` or just the normalized part. */
  key?: string;
  names?: Readonly<Record<string, string>>;
  aliases?: readonly string[];
  embedding?: readonly number[];
}

export type MergeDecision =
  | { merge: true; rule: MergeRule; score: number; detail: string }
  | { merge: false; rule: MergeRule | null; score: number; reason: string };

interface KeyedName {
  key: string;
  text: string;
  /** True for a translation, false for the name as written. */
  translated: boolean;
}

/**
 * Decides whether a mention is an existing entity. Pure: the same inputs give
 * the same decision. Rules, in order (the first that fires wins):
 * 1. types must be compatible (Person never merges with Organization;
 *    Organization/Product only on exact, translation or alias evidence);
 * 2. `exact-key`: a name as written normalises to one of the candidate's keys;
 * 3. `translation`: a translated name does (Pekín → "Beijing"), or has the
 *    same three or more words in another order ("Alliance Green Circuit");
 * 4. `alias`: a distinctive alias (not a lone surname) or an acronym matches;
 * 5. `transliteration`: a transliterated name ("安娜·韦伯"), read with the
 *    spellings its parts may stand for ("Anna" + "Webb/Webber/Weber"), is
 *    within the type's similarity threshold of a Latin name ("Anna Weber");
 * 6. `similar-name`: names within the type's similarity threshold;
 * 7. `embedding`: embeddings close, names not unrelated.
 */
export function decideMerge(mention: ResolvableMention, candidate: Candidate, thresholds: MergeThresholds = DEFAULT_THRESHOLDS): MergeDecision {
  const relation = typeRelation(mention.type, candidate.type);
  if (relation === 'incompatible') {
    return { merge: false, rule: null, score: 0, reason: `${mention.type} and ${candidate.type} never merge` };
  }
  // Keys are computed with the candidate's type so "Apple" (Product) meets "Apple Inc." (Organization) without its suffix.
  const type = candidate.type;
  const penalty = relation === 'ambiguous' ? AMBIGUOUS_TYPE_PENALTY : 1;
  const own = mentionNames(mention, type);
  const theirs = candidateKeys(candidate);

  // A lone surname or given name is an exact key, but a weak one: every context-free "Cook" shares it.
  const cap = (key: string) => (isDistinctive(key, type) ? 1 : RULE_SCORES.exactKeySingleWordPerson);
  const exact = own.find((n) => !n.translated && theirs.has(n.key));
  if (exact) return merged('exact-key', Math.min(RULE_SCORES.exactKey, cap(exact.key)) * penalty, `"${exact.text}" has key "${exact.key}"`);
  const translated = own.find((n) => n.translated && theirs.has(n.key));
  if (translated) {
    return merged('translation', Math.min(RULE_SCORES.translation, cap(translated.key)) * penalty, `translation "${translated.text}" has key "${translated.key}"`);
  }
  const reordered = reorderedTranslation(own, theirs, type);
  if (reordered) {
    return merged('translation', RULE_SCORES.reorderedTranslation * penalty, `translation "${reordered.text}" has the words of "${reordered.key}" in another order`);
  }

  const alias = aliasMatch(mention, candidate, own, theirs, type);
  if (alias) return merged('alias', alias.score * penalty, alias.detail);

  if (relation === 'ambiguous') {
    return { merge: false, rule: null, score: 0, reason: `${mention.type}/${candidate.type} merge only on exact, translation or alias evidence` };
  }
  const transliterated = transliterationMatch(mention, theirs, type, thresholds);
  if (transliterated) return transliterated;
  const similar = bestSimilarity(own, theirs);
  if (similar.score >= thresholds.similarName[type] && fuzzyComparable(similar.pair, type, thresholds)) {
    return merged('similar-name', similar.score, `"${similar.pair[0]}" ~ "${similar.pair[1]}"`);
  }
  const embedding = embeddingMatch(mention, candidate, { pair: similar.pair, score: relatedness(own, theirs) }, thresholds);
  if (embedding) return embedding;
  return { merge: false, rule: 'similar-name', score: similar.score, reason: `closest names "${similar.pair[0]}" / "${similar.pair[1]}" score ${similar.score.toFixed(3)}` };
}

/** Names long enough to compare loosely and, for people, more than a lone surname on both sides. */
function fuzzyComparable(pair: readonly [string, string], type: EntityType, thresholds: MergeThresholds): boolean {
  const longEnough = pair.every((k) => [...k].length >= thresholds.minFuzzyKeyLength);
  const personShape = type !== 'Person' || pair.every((k) => isCjkKey(k) || keyTokens(k).length > 1);
  return longEnough && personShape;
}

/**
 * The transliterated name read as close to a candidate's Latin name as its
 * spellings allow, then held to the `similar-name` threshold and shape: every
 * part must read as one of the candidate's words, so "安娜·韦伯" never meets
 * "Klaus Weber", and a bare "韦伯" (one part) is never read at all.
 */
function transliterationMatch(mention: ResolvableMention, theirs: ReadonlySet<string>, type: EntityType, thresholds: MergeThresholds): MergeDecision | undefined {
  if (!mention.transliteration || mention.transliteration.length < 2) return undefined;
  const closest = closestReading(mention.transliteration, theirs, type);
  if (!closest || closest.score < thresholds.similarName[type] || !fuzzyComparable([closest.reading, closest.key], type, thresholds)) return undefined;
  return merged(
    'transliteration',
    closest.score * RULE_SCORES.transliteration,
    `"${mention.name}" read as "${closest.reading}" ~ "${closest.key}" (${closest.score.toFixed(3)})`,
  );
}

/** Fewer content words than this say too little to match in any order ("Bank of Spain" / "Spain Bank"). */
const MIN_REORDERED_WORDS = 3;

function contentWords(key: string): string[] {
  return keyTokens(key).filter((t) => !NAME_LINKING_WORDS.has(t)).sort();
}

/**
 * A translated name with exactly the words of a candidate's name, in another
 * order: word-by-word translation keeps the source's order (Spanish puts
 * modifiers after the head: "Alianza Circuito Verde" → "Alliance Green
 * Circuit" for "Green Circuit Alliance"). Not for people, whose name order
 * carries meaning, and only for names of three or more content words, where
 * the same words in another order are very unlikely to name something else.
 */
function reorderedTranslation(own: readonly KeyedName[], theirs: ReadonlySet<string>, type: EntityType): { text: string; key: string } | undefined {
  if (type === 'Person') return undefined;
  for (const n of own) {
    if (!n.translated || isCjkKey(n.key)) continue;
    const words = contentWords(n.key);
    if (words.length < MIN_REORDERED_WORDS) continue;
    const signature = words.join(' ');
    for (const key of theirs) if (!isCjkKey(key) && contentWords(key).join(' ') === signature) return { text: n.text, key };
  }
  return undefined;
}

function merged(rule: MergeRule, score: number, detail: string): MergeDecision {
  return { merge: true, rule, score: Math.round(score * 1000) / 1000, detail };
}

/** The mention's name as written, its per-language names (translated unless in its own language), each normalised for `type`. */
export function mentionNames(mention: ResolvableMention, type: EntityType): KeyedName[] {
  const out: KeyedName[] = [{ key: normalizeName(mention.name, type, mention.language), text: mention.name, translated: false }];
  for (const [language, text] of Object.entries(mention.names ?? {})) {
    const translated = mention.language === undefined ? text !== mention.name : language !== mention.language;
    out.push({ key: normalizeName(text, type, language), text, translated });
  }
  return out;
}

function candidateKeys(candidate: Candidate): Set<string> {
  const keys = new Set<string>([normalizeName(candidate.name, candidate.type)]);
  if (candidate.key) keys.add(candidate.key.startsWith(`${candidate.type}:`) ? candidate.key.slice(candidate.type.length + 1) : candidate.key);
  for (const [language, text] of Object.entries(candidate.names ?? {})) keys.add(normalizeName(text, candidate.type, language));
  return keys;
}

/** A lone surname or a single Chinese character says too little to merge across documents. */
function isDistinctive(key: string, type: EntityType): boolean {
  if (isCjkKey(key)) return [...key].length >= 2;
  return type !== 'Person' || keyTokens(key).length >= 2;
}

function aliasMatch(
  mention: ResolvableMention,
  candidate: Candidate,
  own: readonly KeyedName[],
  theirs: ReadonlySet<string>,
  type: EntityType,
): { score: number; detail: string } | undefined {
  const theirAliases = new Set((candidate.aliases ?? []).map((a) => normalizeName(a, type)).filter((k) => isDistinctive(k, type)));
  const ownHit = own.find((n) => theirAliases.has(n.key) && isDistinctive(n.key, type));
  if (ownHit) return { score: RULE_SCORES.alias, detail: `"${ownHit.text}" is an alias of ${candidate.id}` };
  const ownAlias = (mention.aliases ?? []).map((a) => ({ a, key: normalizeName(a, type, mention.language) })).find(({ key }) => theirs.has(key) && isDistinctive(key, type));
  if (ownAlias) return { score: RULE_SCORES.alias, detail: `alias "${ownAlias.a}" matches ${candidate.id}` };
  if (type === 'Person') return undefined;
  const theirNames = [candidate.name, ...Object.values(candidate.names ?? {}), ...(candidate.aliases ?? [])];
  for (const n of own) {
    if (looksLikeAcronym(n.text) && [...theirs].some((k) => acronymsOf(k).has(n.key))) {
      return { score: RULE_SCORES.acronym, detail: `"${n.text}" spells the initials of ${candidate.name}` };
    }
    const acronyms = acronymsOf(n.key);
    const spelled = theirNames.find((name) => looksLikeAcronym(name) && acronyms.has(normalizeName(name, type)));
    if (spelled) return { score: RULE_SCORES.acronym, detail: `"${spelled}" spells the initials of "${n.text}"` };
  }
  return undefined;
}

interface Similarity {
  score: number;
  pair: [string, string];
}

function bestSimilarity(own: readonly KeyedName[], theirs: ReadonlySet<string>): Similarity {
  let best: Similarity | undefined;
  for (const n of own) {
    for (const key of theirs) {
      const score = nameSimilarity(n.key, key);
      if (!best || score > best.score) best = { score, pair: [n.key, key] };
    }
  }
  return best ?? { score: 0, pair: ['', ''] };
}

/**
 * Whether names are related at all, for the embedding rule: sharing a word
 * ("cook" / "tim cook") or alike as whole strings. Looser than
 * `nameSimilarity` on purpose: here the embedding carries the evidence.
 */
function relatedness(own: readonly KeyedName[], theirs: ReadonlySet<string>): number {
  let best = 0;
  for (const n of own) {
    for (const key of theirs) best = Math.max(best, tokenSetSimilarity(n.key, key), jaroWinkler(n.key, key));
  }
  return best;
}

function embeddingMatch(mention: ResolvableMention, candidate: Candidate, names: Similarity, thresholds: MergeThresholds): MergeDecision | undefined {
  if (!mention.embedding || !candidate.embedding) return undefined;
  const cosine = cosineSimilarity(mention.embedding, candidate.embedding);
  const crossScript = isCjkKey(names.pair[0]) !== isCjkKey(names.pair[1]);
  const enough = crossScript ? cosine >= thresholds.embeddingCrossScript : cosine >= thresholds.embedding && names.score >= thresholds.embeddingNameFloor;
  return enough ? merged('embedding', cosine, `cosine ${cosine.toFixed(3)}, names related ${names.score.toFixed(2)}`) : undefined;
}
