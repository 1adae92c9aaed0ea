import { entityIdForKey } from './entity-id.js';
import { entityKey } from './normalize.js';

/**
 * The Person entity a user means by a name they type (labelling a face or a
 * speaker): the id entity resolution gives that name as an English Person,
 * so "Tim Cook" typed here and "Tim Cook" read in an article are one node.
 */
export function personRefForName(name: string): { id: string; name: string; key: string } {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const key = entityKey('Person', clean, 'en');
  return { id: entityIdForKey(key), name: clean, key };
}
