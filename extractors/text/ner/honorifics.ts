import { CONFIDENCE } from './confidence.js';
import { escapeRegex } from './escape-regex.js';
import { NON_NAME_WORDS } from './non-name-words.js';
import { ABBREVIATED_TITLES, ACRONYM_TITLES, WORD_TITLES } from './titles.js';
import type { EntityMention } from './types.js';

/** "President" and "president", "Chief Executive" and "chief executive". */
const eitherCase = (title: string) =>
  title
    .split(/(?<=[\s-])/u)
    .map((word) => `[${word[0]?.toUpperCase() ?? ''}${word[0]?.toLowerCase() ?? ''}]${escapeRegex(word.slice(1))}`)
    .join('');

const TITLE = [
  ...[...WORD_TITLES].sort((a, b) => b.length - a.length).map(eitherCase),
  ...ABBREVIATED_TITLES.map((title) => `${title}\\.?`),
  ...ACRONYM_TITLES,
].join('|');
/** A capitalised name word or an initial ("J."). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{Lu}\.)`;
/** Lower-case particles inside a name ("Ludwig van Beethoven"). */
const PARTICLE = String.raw`(?:van|von|der|de|da|del|di|du|bin|al|le|la)`;
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TITLE})[ \t]+(${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${NAME_WORD}){0,3})(?:['’]s)?(?![\p{L}\p{N}])`,
  'gud',
);
/**
 * People named after a title or honorific ("Dr. Maria Schmidt", "President
 * Emmanuel Macron", "Apple CEO Tim Cook"); the title stays outside the span
 * because it is a role, not part of the name. This finds the people
 * compromise's first-name lexicon does not know.
 */
export function honorificMentions(text: string): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const match of text.matchAll(TITLED_NAME)) {
    const nameStart = match.indices?.[1]?.[0];
    const name = match[1];
    if (nameStart === undefined || name === undefined) continue;
    const kept = keptNameWords(name);
    if (kept === '' || /^\p{Lu}\.$/u.test(kept)) continue;
    const end = nameStart + kept.length;
    mentions.push({
      start: nameStart,
      end,
      text: text.slice(nameStart, end),
      type: 'Person',
      confidence: CONFIDENCE.honorific,
      engine: 'pattern',
    });
  }
  return mentions;
}

/** The name up to the first word that cannot belong to it. */
function keptNameWords(name: string): string {
  const kept: string[] = [];
  for (const part of name.split(/(?=[ \t])/u)) {
    if (NON_NAME_WORDS.has(part.trim())) break;
    kept.push(part);
  }
  return kept.join('').trimEnd();
}
