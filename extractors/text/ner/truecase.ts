import { loadCompromise } from './compromise-engine.js';

/** compromise tags that mark a word as part of a name even when written in lower case. */
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization'];

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Speech recognisers write everything in lower case ("angela merkel met
 * barack obama in berlin"), and a named-entity recogniser leans on capitals.
 * This restores them where compromise's lexicon knows a word as (part of) a
 * name, at sentence starts, and for "i". Only letters whose capital is one
 * code unit change, so every offset into the text stays valid.
 */
export function truecase(text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  // Work on UTF-16 indexes, as compromise's offsets are.
  const out = text.split('');
  const capitalise = (at: number) => {
    const c = out[at];
    if (c === undefined) return;
    const upper = c.toUpperCase();
    if (upper.length === 1) out[at] = upper;
  };
  const doc = loadCompromise()(text);
  const sentences = doc.json({ offset: true, terms: { tags: true, offset: true } }) as { terms: TermJson[] }[];
  for (const sentence of sentences) {
    sentence.terms.forEach((term, i) => {
      const start = term.offset.start + Math.max(0, term.text.length - term.text.trimStart().length);
      if (i === 0 || term.text === 'i' || term.tags.some((t) => NAME_TAGS.includes(t))) capitalise(start);
    });
  }
  return out.join('');
}
