import type { EntityMention } from '../ner/index.js';

/** A mention with its index in the caller's array. */
export interface IndexedMention {
  index: number;
  mention: EntityMention;
}

/** Mentions that a sentence coordinates ("Bill Gates and Paul Allen"), or a single mention. */
export interface MentionGroup {
  members: IndexedMention[];
  start: number;
  end: number;
}

const LIST_SEPARATOR = /^\s*(?:,\s*)?(?:(?:and|&|or|as well as)\s+)?$|^\s*,\s*$/iu;
const CONJUNCTION = /\b(?:and|or|as well as)\b|&/iu;

/**
 * Groups neighbouring mentions of one type joined by "and", "&", "or" or a
 * list comma, so that "X and Z founded Y" relates both founders to Y. A
 * chain joined only by commas is not a coordination ("Austin, Texas"), and
 * dates and amounts are never grouped. `mentions` must be sorted by start.
 */
export function coordinationGroups(text: string, mentions: readonly IndexedMention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  let chain: IndexedMention[] = [];
  let hasConjunction = false;
  const flush = () => {
    if (chain.length > 1 && hasConjunction) groups.push(groupOf(chain));
    else for (const member of chain) groups.push(groupOf([member]));
    chain = [];
    hasConjunction = false;
  };
  for (const item of mentions) {
    const previous = chain.at(-1);
    const separator = previous ? text.slice(previous.mention.end, item.mention.start) : '';
    const joins =
      previous !== undefined &&
      previous.mention.type === item.mention.type &&
      item.mention.type !== 'Date' &&
      item.mention.type !== 'Money' &&
      LIST_SEPARATOR.test(separator);
    if (!joins) flush();
    else if (CONJUNCTION.test(separator)) hasConjunction = true;
    chain.push(item);
  }
  flush();
  return groups;
}

function groupOf(members: IndexedMention[]): MentionGroup {
  return { members, start: members[0]?.mention.start ?? 0, end: members.at(-1)?.mention.end ?? 0 };
}
