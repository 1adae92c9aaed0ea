import { entityIdForKey, pivotKey } from './entity-id.js';
import { decideMerge, mentionNames, RULE_PRIORITY, type Candidate, type MergeRule, type ResolvableMention } from './merge-rules.js';
import { DEFAULT_THRESHOLDS, type MergeThresholds } from './thresholds.js';
import { lookupSpellings } from './transliteration.js';
import { compatibleTypes } from './type-compatibility.js';

/**
 * Looks up existing entities that might match. `keys` are entity keys
 * (`${type}:${normalized}`) for every type the mentions may resolve to;
 * `names` are the raw names, translations and aliases for a full-text search.
 * Returning extra candidates is harmless: each is checked by `decideMerge`.
 */
export type FindCandidates = (keys: string[], names: string[]) => Promise<Candidate[]>;

export interface ResolverOptions {
  findCandidates: FindCandidates;
  /** Overrides for `DEFAULT_THRESHOLDS`. */
  thresholds?: Partial<MergeThresholds>;
}

export interface Resolution {
  /** Index of the mention in the input. */
  mention: number;
  /** The entity the mention belongs to: an existing one, or `ownId` when new. */
  entityId: string;
  /** The id this mention would have on its own (from `key`): reassigning to it undoes the merge. */
  ownId: string;
  /** The mention's own resolution key, from its pivot-language name. */
  key: string;
  /** The pivot-language name (the canonical name a new entity gets). */
  name: string;
  isNew: boolean;
  rule: MergeRule | 'new';
  score: number;
  detail: string;
  /** Candidates that tied for the best merge; the mention was left unmerged rather than guess. */
  ambiguousWith?: string[];
}

interface Scored {
  candidate: Candidate;
  rule: MergeRule;
  score: number;
  detail: string;
}

/**
 * Cross-document entity resolution: one candidate lookup per batch, a pure
 * `decideMerge` per (mention, candidate), and a deterministic id for anything
 * new. Mentions in the same batch see each other, so 'Naciones Unidas' after
 * a new 'United Nations' joins it. Writes nothing: the caller records each
 * merge (rule, score, ownId) so it can be undone.
 */
export class Resolver {
  private readonly thresholds: MergeThresholds;

  constructor(private readonly options: ResolverOptions) {
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  }

  async resolve(mentions: readonly ResolvableMention[]): Promise<Resolution[]> {
    const lookup = lookupTerms(mentions);
    const pool = new Map((await this.options.findCandidates(lookup.keys, lookup.names)).map((c) => [c.id, c] as const));
    return mentions.map((mention, index) => {
      const own = pivotKey(mention);
      const ownId = entityIdForKey(own.key);
      const base = { mention: index, ownId, key: own.key, name: own.name };
      const choice = this.choose(mention, [...pool.values()], ownId);
      if (choice.winner) {
        remember(pool, choice.winner.candidate, mention);
        const { candidate, rule, score, detail } = choice.winner;
        return { ...base, entityId: candidate.id, isNew: false, rule, score, detail };
      }
      remember(pool, { id: ownId, type: mention.type, name: own.name, key: own.key }, mention);
      const detail = choice.tied ? `tied between ${choice.tied.join(', ')}; left unmerged` : 'no candidate matched';
      return { ...base, entityId: ownId, isNew: true, rule: 'new', score: 1, detail, ...(choice.tied ? { ambiguousWith: choice.tied } : {}) };
    });
  }

  private choose(mention: ResolvableMention, candidates: readonly Candidate[], ownId: string): { winner?: Scored; tied?: string[] } {
    const scored: Scored[] = [];
    for (const candidate of candidates) {
      const decision = decideMerge(mention, candidate, this.thresholds);
      if (decision.merge) scored.push({ candidate, rule: decision.rule, score: decision.score, detail: decision.detail });
    }
    scored.sort((a, b) => RULE_PRIORITY.indexOf(a.rule) - RULE_PRIORITY.indexOf(b.rule) || b.score - a.score);
    const [best] = scored;
    if (!best) return {};
    const rivals = scored.filter((s) => s.candidate.id !== best.candidate.id && s.rule === best.rule && best.score - s.score < this.thresholds.tieMargin);
    if (rivals.length === 0) return { winner: best };
    // Equal exact keys mean the graph already holds duplicates of one name:
    // joining either is right, so pick deterministically rather than add a third.
    if (best.rule === 'exact-key') {
      const all = [best, ...rivals].sort((a, b) => (a.candidate.id === ownId ? -1 : b.candidate.id === ownId ? 1 : a.candidate.id.localeCompare(b.candidate.id)));
      return { winner: all[0] };
    }
    return { tied: [best, ...rivals].map((s) => s.candidate.id).sort() };
  }
}

/**
 * Every key and name worth looking up for these mentions, across the types
 * each may resolve to. The names include each name's normalised form: the
 * full-text search matches whole phrases, so "Hanxing Technology Co., Ltd."
 * finds a stored alias "Hanxing Technology" only as "hanxing technology".
 * A transliterated name adds the words its parts may be spelt as ("Weber"
 * for 韦伯), since its one translation ("Anna Webb") may not be the spelling
 * the graph holds.
 */
function lookupTerms(mentions: readonly ResolvableMention[]): { keys: string[]; names: string[] } {
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const mention of mentions) {
    for (const type of compatibleTypes(mention.type)) {
      for (const named of mentionNames(mention, type)) {
        keys.add(`${type}:${named.key}`);
        // The search ignores case: only a key that lost words or marks is a new phrase.
        if (named.key !== named.text.toLowerCase()) names.add(named.key);
      }
    }
    keys.add(pivotKey(mention).key);
    for (const name of [mention.name, ...Object.values(mention.names ?? {}), ...(mention.aliases ?? [])]) names.add(name);
    for (const word of lookupSpellings(mention.transliteration ?? [])) names.add(word);
  }
  return { keys: [...keys].sort(), names: [...names].sort() };
}

/** Adds a resolved mention's names to its entity in the pool, so later mentions in the batch can match them. */
function remember(pool: Map<string, Candidate>, entity: Candidate, mention: ResolvableMention): void {
  pool.set(entity.id, withMentionNames(pool.get(entity.id) ?? entity, mention));
}

/**
 * The entity after a mention joined it: one name per language (names it
 * already had win, so the first label seen in a language stays), the
 * mention's surface forms as aliases. What the graph writer stores, too.
 */
export function withMentionNames(entity: Candidate, mention: ResolvableMention): Candidate {
  const aliases = new Set([...(entity.aliases ?? []), mention.name, ...(mention.aliases ?? [])]);
  aliases.delete(entity.name);
  return {
    ...entity,
    names: { ...(mention.names ?? {}), ...(mention.language ? { [mention.language]: mention.name } : {}), ...(entity.names ?? {}) },
    aliases: [...aliases],
    embedding: entity.embedding ?? mention.embedding,
  };
}
