import type { EntityType } from '../../../graph-schema/index.js';
import { CONFIDENCE } from './confidence.js';
import { GAZETTEER_ORGANIZATIONS } from './gazetteer-organizations.js';
import { GAZETTEER_PLACES } from './gazetteer-places.js';
import { GAZETTEER_PRODUCTS_AND_EVENTS } from './gazetteer-products-events.js';
import { tokenize, tokenKey, type Token } from './tokens.js';
import type { EntityMention } from './types.js';

/** One named thing the project knows, with the other names it goes by. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  /** Other surface forms; a match on one reports `name` as the mention's `canonical`. */
  aliases?: readonly string[];
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Case-sensitive, whole-word matches, longest first at each position, never overlapping. */
  find(text: string): EntityMention[];
  /** A new gazetteer with `entries` added; where a surface form is listed twice, the later entry wins. */
  extend(entries: readonly GazetteerEntry[]): Gazetteer;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

/** Words that may follow a product name as its model ("iPhone 15 Pro", "Galaxy S24", "Windows 11"). */
const MODEL_WORD = /^(?:\d{1,3}[A-Za-z]{0,2}|[A-Z]\d{1,4}[A-Za-z]?|Pro|Max|Plus|Ultra|Mini|Air|SE|XL|XS)$/u;
const MAX_MODEL_WORDS = 3;

export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const root = buildTrie(entries);
  return {
    entries,
    find: (text) => findIn(root, text),
    extend: (more) => createGazetteer([...entries, ...more]),
  };
}

let defaultInstance: Gazetteer | undefined;

/** The project's bundled table: well-known organisations, places, products and events. Built on first use. */
export function defaultGazetteer(): Gazetteer {
  defaultInstance ??= createGazetteer([...GAZETTEER_PLACES, ...GAZETTEER_ORGANIZATIONS, ...GAZETTEER_PRODUCTS_AND_EVENTS]);
  return defaultInstance;
}

function buildTrie(entries: readonly GazetteerEntry[]): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const entry of entries) {
    for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
      let node = root;
      for (const token of tokenize(surface)) {
        const key = tokenKey(token.text);
        let child = node.children.get(key);
        if (!child) {
          child = { children: new Map() };
          node.children.set(key, child);
        }
        node = child;
      }
      if (node !== root) node.entry = entry;
    }
  }
  return root;
}

function findIn(root: TrieNode, text: string): EntityMention[] {
  const tokens = tokenize(text);
  const mentions: EntityMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = longestMatchAt(root, tokens, index);
    if (!found) {
      index += 1;
      continue;
    }
    const lastIndex = found.entry.type === 'Product' ? withModelWords(tokens, found.lastIndex) : found.lastIndex;
    const start = tokens[index]?.start ?? 0;
    const end = tokens[lastIndex]?.end ?? start;
    const matched = text.slice(start, tokens[found.lastIndex]?.end ?? end);
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      type: found.entry.type,
      confidence: CONFIDENCE.gazetteer,
      engine: 'gazetteer',
      ...(matched !== found.entry.name ? { canonical: found.entry.name } : {}),
    });
    index = lastIndex + 1;
  }
  return mentions;
}

function longestMatchAt(root: TrieNode, tokens: readonly Token[], from: number): { entry: GazetteerEntry; lastIndex: number } | undefined {
  let node: TrieNode | undefined = root;
  let best: { entry: GazetteerEntry; lastIndex: number } | undefined;
  for (let i = from; i < tokens.length && node; i++) {
    node = node.children.get(tokenKey(tokens[i]?.text ?? ''));
    if (node?.entry) best = { entry: node.entry, lastIndex: i };
  }
  return best;
}

function withModelWords(tokens: readonly Token[], lastIndex: number): number {
  let last = lastIndex;
  for (let i = lastIndex + 1; i <= lastIndex + MAX_MODEL_WORDS; i++) {
    // Punctuation is a token of its own and never a model word, so "iPhone, 15" stops at the comma.
    const token = tokens[i];
    if (!token || !MODEL_WORD.test(token.text)) break;
    last = i;
  }
  return last;
}
