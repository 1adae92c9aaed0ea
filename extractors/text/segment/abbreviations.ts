/**
 * Abbreviations whose period does not end a sentence, lower-cased and
 * without their final period. Two kinds: titles and the like are always
 * followed by more of the same sentence ("Dr. Smith"); others end a sentence
 * when a capitalised word follows ("… of Acme Inc. The board …").
 */

const TITLES: Record<string, readonly string[]> = {
  en: ['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'sgt', 'cpl', 'gov', 'sen', 'rep', 'pres', 'mt', 'ft', 'messrs', 'mme', 'mlle'],
  es: ['sr', 'sra', 'srta', 'sres', 'sras', 'dr', 'dra', 'lic', 'ing', 'arq', 'prof', 'profa', 'd', 'dña', 'ud', 'uds', 'vd', 'vds', 'sto', 'sta', 'gral', 'excmo', 'excma', 'ilmo', 'ilma', 'mons', 'av', 'avda', 'c', 'pza'],
};

/** Never end a sentence: they introduce what follows. */
const INTRODUCERS = ['e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'p.ej', 'vid'];

/**
 * Abbreviations before a number ("No. 5", "pp. 12", "Jan. 3"). Only then:
 * "no." and "mar." are also ordinary words that end Spanish sentences.
 */
const BEFORE_NUMBER = ['no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'eq', 'ch', 'sec', 'art', 'núm', 'pág', 'págs', 'cap', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic'];

/** End a sentence only before a capitalised word. */
const ENDINGS = ['inc', 'ltd', 'corp', 'co', 'bros', 'llc', 'plc', 'etc', 'al', 's.a', 's.l', 'cía', 'hnos', 'u.s', 'u.k', 'u.n', 'e.u', 'ee.uu', 'a.m', 'p.m'];

export type AbbreviationKind = 'never-ends' | 'ends-before-capital' | 'before-number';

function buildTable(language: string): Map<string, AbbreviationKind> {
  const table = new Map<string, AbbreviationKind>();
  for (const word of BEFORE_NUMBER) table.set(word, 'before-number');
  for (const word of ENDINGS) table.set(word, 'ends-before-capital');
  // Titles of every language: names travel, and "Sr." in English text is still a title.
  for (const words of Object.values(TITLES)) for (const word of words) table.set(word, 'never-ends');
  for (const word of INTRODUCERS) table.set(word, 'never-ends');
  // Single letters double as initials ("J. R. R. Tolkien"); in Spanish "D."
  // and "C." are titles and street prefixes, elsewhere they are initials too.
  if (language !== 'es') {
    table.delete('d');
    table.delete('c');
  }
  return table;
}

const TABLES = new Map<string, Map<string, AbbreviationKind>>();

/** How the abbreviation `word` (its text before the final period) behaves in `language`, if it is one. */
export function abbreviationKind(word: string, language: string): AbbreviationKind | undefined {
  let table = TABLES.get(language);
  if (!table) {
    table = buildTable(language);
    TABLES.set(language, table);
  }
  return table.get(word.toLowerCase());
}
