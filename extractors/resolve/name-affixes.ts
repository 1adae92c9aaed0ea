/**
 * Words that decorate a name without changing what it names. Written as they
 * look after normalisation (lower case, no diacritics, dotted abbreviations
 * collapsed: "S.A." → "sa", "Sr." → "sr"), as token sequences.
 */

/** Titles before a person's name, in any language the platform ingests. */
export const HONORIFICS: readonly string[] = [
  // English
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father',
  'president', 'vice president', 'prime minister', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'gen', 'colonel', 'col',
  'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'ceo', 'chairman', 'chairwoman', 'hon', 'honorable', 'honourable',
  // Spanish, Portuguese, Catalan, Galician
  'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'dra', 'presidente', 'presidenta', 'canciller', 'ministro', 'ministra',
  'senador', 'senadora', 'alcalde', 'alcaldesa', 'reina', 'doctor', 'doctora', 'profesor', 'profesora',
  // French, German, Italian
  'mme', 'mlle', 'monsieur', 'madame', 'herr', 'frau', 'signor', 'signora', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin',
];

/**
 * Titles that are also initials or given names elsewhere, so they count only
 * when the name's language is known: Spanish "D." / "Don" / "Rey" ("Don
 * Johnson" is a name in English), French "M." ("M. Night Shyamalan").
 */
export const LANGUAGE_HONORIFICS: Readonly<Record<string, readonly string[]>> = {
  es: ['d', 'dna', 'dn', 'don', 'dona', 'rey', 'papa'],
  pt: ['d', 'dom', 'dona', 'rei', 'papa'],
  fr: ['m', 'mm'],
};

/** Titles written after a Chinese name (张先生, 习近平主席). */
export const CJK_HONORIFIC_SUFFIXES: readonly string[] = [
  '先生', '女士', '小姐', '夫人', '博士', '教授', '老师', '总统', '主席', '总理', '首相', '部长', '市长', '总裁', '董事长', '同志',
];

/** Degrees after a name ("Angela Merkel, PhD"). Generational suffixes (Jr., Sr., III) are kept: they tell father from son. */
export const POST_NOMINALS: readonly string[] = ['phd', 'md', 'esq', 'mba', 'obe', 'mbe', 'cbe', 'kbe'];

/**
 * Legal-form suffixes of organisations. "Group" is included because users see
 * "Alibaba" and "Alibaba Group" (阿里巴巴集团) as one company; "Holdings" is
 * not, because a holding is often a distinct legal entity above the company.
 */
export const CORPORATE_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cos', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'pllc',
  'gmbh', 'ag', 'kg', 'kgaa', 'se', 'ev', 'sa', 'sas', 'sarl', 'sl', 'slu', 'srl', 'spa', 'sca', 'scs', 'bv', 'nv', 'ab', 'as', 'asa',
  'oy', 'oyj', 'aps', 'kk', 'pty', 'pte', 'bhd', 'sdn', 'ltda', 'cia', 'sa de cv', 'de cv', 'group', 'grupo', 'groupe', 'gruppe',
  'co ltd', 'company limited', 'pty ltd', 'pte ltd', 'sdn bhd', 'and co', 'y cia',
];

/** Chinese legal-form suffixes, longest first so 有限公司 is removed whole. */
export const CJK_CORPORATE_SUFFIXES: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '株式会社',
];

/** English article dropped from the front of every name ("The Beatles" = "Beatles"); other languages' articles are part of names ("La Paz"). */
export const LEADING_ARTICLES: readonly string[] = ['the'];
