import neo4j, { type Integer } from 'neo4j-driver';
import { RELATION_TYPES, assertAllowed, type RelationType } from '../../graph-schema/index.js';

/**
 * The only pieces of API Cypher built from input. Values always travel as
 * parameters; what cannot be a parameter (relationship types, a path length
 * bound, a sort direction) is produced here from an allow-list or a clamped
 * integer and nothing else.
 */

/** A named query: the name labels metrics and transaction metadata. */
export interface CypherQuery {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** `:A|B|C` for a relationship pattern; every type must be in the ontology. Empty means all relation types. */
export function relTypeUnion(types: readonly string[] | null | undefined): string {
  const list = types && types.length > 0 ? [...new Set(types)] : [...RELATION_TYPES];
  return `:${list.map((t) => assertAllowed<RelationType>('relation type', t, RELATION_TYPES)).join('|')}`;
}

/** A validated integer in [min, max], for the upper bound of a quantified path (`{1,N}`). */
export function boundedInt(value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`expected an integer in ${min}..${max}, got ${value}`);
  return value;
}

/** LIMIT and SKIP want INTEGERs; JS numbers travel as floats. */
export function int(value: number): Integer {
  return neo4j.int(Math.max(0, Math.trunc(value)));
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** `(a)-[r…]->(b)` arrows for a direction. */
export function arrows(direction: Direction): [left: string, right: string] {
  switch (direction) {
    case 'OUTGOING':
      return ['-', '->'];
    case 'INCOMING':
      return ['<-', '-'];
    case 'BOTH':
      return ['-', '-'];
  }
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for user text: every term escaped (so `AT&T` or `C++` never
 * breaks the parser), all terms required, the last one also as a prefix so
 * search-as-you-type works. Null when the text has no terms.
 */
export function luceneQuery(text: string, options: { prefix?: boolean } = {}): string | null {
  const terms = text
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((t) => t.length > 0 && !/^(AND|OR|NOT|TO)$/.test(t));
  if (terms.length === 0) return null;
  const required = terms.map((t) => `+${t}`);
  if (options.prefix ?? true) {
    const last = terms[terms.length - 1] as string;
    // The exact term or its prefix: "coo" finds "Cook", "cook" still ranks "Cook" first.
    required[required.length - 1] = `+(${last} OR ${last}*)`;
  }
  return required.join(' ');
}

/** Property keys hold per-language names as `name_<iso>`; the code is validated before it is used in a key. */
export function languageKey(language: string): string {
  if (!/^[a-z]{2,3}$/.test(language)) throw new RangeError(`"${language}" is not an ISO 639 code`);
  return `name_${language}`;
}
