import { HONORIFICS, LEGAL_SUFFIX, NAME_PARTICLES, ORGANIZATION_KEYWORDS, ROLES, SENTENCE_INITIAL_STOPWORDS } from './spanish-words.js';

/** A run of capitalised words, possibly joined by particles, that may name something. */
export interface NameCandidate {
  start: number;
  end: number;
  /** The capitalised words, particles excluded. */
  words: readonly string[];
  /** True when a legal form (S.A., S.L., Inc.) closed the name. */
  hasLegalSuffix: boolean;
  /** A capitalised title that was stripped from the front ("Presidente Pedro Sánchez"). */
  strippedTitle: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Longer than any legal form with its comma; bounds the look-ahead so long texts stay linear. */
const LEGAL_SUFFIX_WINDOW = 16;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
/**
 * Conjugated verb endings: a capitalised sentence-initial word with one is a
 * verb opening the sentence ("Compraron Lumen S.L."), not part of the name.
 * "-ando" is left out for Fernando and Armando.
 */
const VERB_ENDING = /(?:aron|ieron|aban|ían|aría|ería|iría|ó|ió|ará|erá|irá|iendo)$/u;
const SENTENCE_OPENER = /(?:^|[.!?¡¿:;"«“—\n(])\s*$/u;
const HONORIFIC_WORDS = new Set(HONORIFICS);
const TITLE_WORDS = new Set(ROLES.filter((role) => !role.includes(' ')).map((role) => role.toLowerCase()));

/**
 * Capitalised phrases in Spanish text: capitalised words separated only by
 * spaces, joined across "de", "del", "de la" and, inside institution names
 * only, "y" ("Ministerio de Asuntos Exteriores y Cooperación"); elsewhere
 * "y" separates two names ("Santander y BBVA"). A name is not continued
 * across "de" into a known place unless it is an institution ("Banco de
 * España" stays whole, "Li Wei de Pekín" splits). Stopwords are dropped at a
 * sentence start; honorifics never start a name.
 */
export function findNameCandidates(text: string, isKnownPlaceAt: (start: number) => boolean): NameCandidate[] {
  const words = Array.from(text.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const candidates: NameCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !startsName(text, first)) {
      i += 1;
      continue;
    }
    const phrase = collectPhrase(text, words, i, isKnownPlaceAt);
    i = phrase.nextIndex;
    const candidate = trimPhrase(text, phrase.words, phrase.hasLegalSuffix, phrase.end);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

function startsName(text: string, word: Word): boolean {
  if (!CAPITALISED.test(word.text) || HONORIFIC_WORDS.has(word.text.toLowerCase())) return false;
  // A lone letter with a period is an initial or the "S" of "S.A.", which closes the preceding name instead.
  return !(word.text.length === 1 && text.charAt(word.end) === '.');
}

interface Phrase {
  words: Word[];
  end: number;
  hasLegalSuffix: boolean;
  nextIndex: number;
}

function collectPhrase(text: string, words: readonly Word[], from: number, isKnownPlaceAt: (start: number) => boolean): Phrase {
  const first = words[from] as Word;
  const collected: Word[] = [first];
  let index = from + 1;
  for (;;) {
    const last = collected[collected.length - 1] as Word;
    const legal = LEGAL_SUFFIX.exec(text.slice(last.end, last.end + LEGAL_SUFFIX_WINDOW));
    if (legal) return { words: collected, end: last.end + legal[0].length, hasLegalSuffix: true, nextIndex: skipTo(words, index, last.end + legal[0].length) };
    const next = words[index];
    if (!next) break;
    const gap = text.slice(last.end, next.start);
    if (/^ +$/u.test(gap) && CAPITALISED.test(next.text) && startsName(text, next)) {
      collected.push(next);
      index += 1;
      continue;
    }
    const joined = particleJoin(text, words, index, collected, isKnownPlaceAt);
    if (joined === undefined) break;
    collected.push(joined.word);
    index = joined.nextIndex;
  }
  return { words: collected, end: (collected[collected.length - 1] as Word).end, hasLegalSuffix: false, nextIndex: index };
}

/** The capitalised word after a particle ("de la") at `index`, when the particle may join it to the phrase. */
function particleJoin(
  text: string,
  words: readonly Word[],
  index: number,
  collected: readonly Word[],
  isKnownPlaceAt: (start: number) => boolean,
): { word: Word; nextIndex: number } | undefined {
  const last = collected[collected.length - 1] as Word;
  const rest = text.slice(last.end, last.end + 12);
  // Any word, not just the first: a sentence-initial "El" is still in the phrase here ("El Banco de España").
  const isInstitution = collected.some((w) => ORGANIZATION_KEYWORDS.has(w.text));
  const particle = NAME_PARTICLES.find((p) => rest.startsWith(` ${p} `)) ?? (isInstitution && /^ [ye] /u.test(rest) ? rest.slice(1, 2) : undefined);
  if (particle === undefined) return undefined;
  const particleWords = particle.split(' ').length;
  const word = words[index + particleWords];
  if (!word || word.start !== last.end + particle.length + 2 || !CAPITALISED.test(word.text) || !startsName(text, word)) return undefined;
  if (particle.startsWith('de') && !isInstitution && isKnownPlaceAt(word.start)) return undefined;
  return { word, nextIndex: index + particleWords + 1 };
}

function skipTo(words: readonly Word[], index: number, end: number): number {
  let next = index;
  while ((words[next]?.start ?? Infinity) < end) next += 1;
  return next;
}

/** Drops a sentence-initial stopword or verb and a leading capitalised title; `undefined` when nothing is left. */
function trimPhrase(text: string, words: readonly Word[], hasLegalSuffix: boolean, end: number): NameCandidate | undefined {
  let from = 0;
  let strippedTitle = false;
  while (from < words.length) {
    const word = words[from] as Word;
    const atSentenceStart = SENTENCE_OPENER.test(text.slice(Math.max(0, word.start - 3), word.start)) || word.start === 0;
    if (from === 0 && atSentenceStart && (SENTENCE_INITIAL_STOPWORDS.has(word.text) || VERB_ENDING.test(word.text))) from += 1;
    else if (TITLE_WORDS.has(word.text.toLowerCase())) {
      from += 1;
      strippedTitle = true;
    } else break;
  }
  const kept = words.slice(from);
  const first = kept[0];
  if (!first) return undefined;
  const lastEnd = hasLegalSuffix ? end : (kept[kept.length - 1] as Word).end;
  return { start: first.start, end: lastEnd, words: kept.map((w) => w.text), hasLegalSuffix, strippedTitle };
}

/**
 * "los robots Strato de Nimbus Robotics": the particle joined a product's
 * name to its maker's. Splits the candidate after its first word when a
 * particle follows it; `undefined` when it does not.
 */
export function splitAtFirstParticle(text: string, candidate: NameCandidate): [NameCandidate, NameCandidate] | undefined {
  const [first, second] = candidate.words;
  if (first === undefined || second === undefined) return undefined;
  const firstEnd = candidate.start + first.length;
  const particle = NAME_PARTICLES.find((p) => text.startsWith(` ${p} ${second}`, firstEnd));
  if (particle === undefined) return undefined;
  const restStart = firstEnd + particle.length + 2;
  return [
    { start: candidate.start, end: firstEnd, words: [first], hasLegalSuffix: false, strippedTitle: candidate.strippedTitle },
    { start: restStart, end: candidate.end, words: candidate.words.slice(1), hasLegalSuffix: candidate.hasLegalSuffix, strippedTitle: false },
  ];
}
