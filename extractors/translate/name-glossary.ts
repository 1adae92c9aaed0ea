import { normalizeLanguage } from './languages.js';

/**
 * The project glossary: a short, fixed list of entity names the installed
 * engines get wrong, each found by running them (see the tests). It is applied
 * to entity names only, never to sentences, and every use is reported.
 *
 * Source side: names Apertium misparses, looked up before translating.
 * - es "La Haya" → Apertium reads "la" as a pronoun and "haya" as a verb:
 *   "There Is it".
 * - es "Ciudad de México" → "City of Mexico".
 * - es "Nankín" → unknown to apertium-eng-spa, passed through as "Nankín".
 */
const SOURCE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  es: {
    'la haya': 'The Hague',
    'ciudad de méxico': 'Mexico City',
    'nankín': 'Nanjing',
  },
};

/**
 * Target side: archaic English exonyms Apertium produces, replaced by the
 * names English news uses today. apertium-eng-spa 0.8.1 translates "Pekín" as
 * "Peking", which would keep 'Pekín' apart from 'Beijing' and '北京'. Whole
 * names only: "Peking University" is the correct name of that university.
 */
const MODERN_ENGLISH_NAMES: Readonly<Record<string, string>> = {
  Peking: 'Beijing',
  Nanking: 'Nanjing',
};

/** The glossary's English name for a source-language name, if it has one. */
export function glossaryName(name: string, language: string): string | undefined {
  return SOURCE_NAMES[normalizeLanguage(language)]?.[name.trim().toLowerCase()];
}

/** Replaces a whole translated name that is an archaic exonym; returns the note to report, if any. */
export function modernizeEnglishName(name: string): { text: string; note?: string } {
  const modern = MODERN_ENGLISH_NAMES[name.trim()];
  return modern ? { text: modern, note: `glossary: ${name.trim()} → ${modern}` } : { text: name };
}

/**
 * Spanish institutions put the kind first and the proper name after it
 * ("Universidad Hanlin", "Instituto Cervantes"); English puts it last
 * ("Hanlin University"). Apertium translates such a name word by word and
 * keeps the Spanish order ("University Hanlin"), so the two never share a
 * key. Only a kind word followed by one to three capitalised words with no
 * particle: "Universidad de Salamanca" is left to the engine.
 */
const SPANISH_INSTITUTION_KINDS: Readonly<Record<string, string>> = {
  universidad: 'University',
  instituto: 'Institute',
  museo: 'Museum',
  hospital: 'Hospital',
  fundación: 'Foundation',
  laboratorio: 'Laboratory',
  academia: 'Academy',
  escuela: 'School',
  observatorio: 'Observatory',
};

/** "Universidad Hanlin" → "Hanlin University"; `undefined` for anything else. */
export function institutionName(name: string, language: string): string | undefined {
  if (normalizeLanguage(language) !== 'es') return undefined;
  const [kind, ...rest] = name.trim().split(/\s+/u);
  const english = kind ? SPANISH_INSTITUTION_KINDS[kind.toLowerCase()] : undefined;
  if (!english || rest.length < 1 || rest.length > 3) return undefined;
  return rest.every((word) => /^\p{Lu}[\p{L}\p{M}-]*$/u.test(word)) ? `${rest.join(' ')} ${english}` : undefined;
}
