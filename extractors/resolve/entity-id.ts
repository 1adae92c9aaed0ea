import { createHash } from 'node:crypto';
import type { ResolvableMention } from './merge-rules.js';
import { entityKey } from './normalize.js';

/**
 * Deterministic entity id from a resolution key: the same key always gives
 * the same id, so re-ingesting a source or resolving the same name in two
 * workers at once lands on one node without coordination. Hashed because
 * keys can be long and hold any script.
 */
export function entityIdForKey(key: string): string {
  return `entity:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/**
 * The key a mention would have as a new entity: from its English (pivot)
 * name when it has one, so 'Pekín', '北京' and 'Beijing' share
 * `Location:beijing`; otherwise from the name as written.
 */
export function pivotKey(mention: Pick<ResolvableMention, 'type' | 'name' | 'language' | 'names'>): { key: string; name: string } {
  const writtenInEnglish = mention.language === undefined || /^en\b/i.test(mention.language);
  const english = mention.names?.en ?? (writtenInEnglish ? mention.name : undefined);
  const name = english ?? mention.name;
  return { key: entityKey(mention.type, name, english === undefined ? mention.language : 'en'), name };
}
