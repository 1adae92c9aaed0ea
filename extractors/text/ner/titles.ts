/**
 * Titles and honorifics that precede a person's name. They mark the next
 * capitalised words as a person but stay outside the span. Words that also
 * start common non-person names are left out on purpose: "General" (General
 * Motors), "Premier" (Premier League), "Doctor" (Doctor Who), "Captain".
 */
export const ABBREVIATED_TITLES = ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev', 'Hon'] as const;

/** Matched with either case on the first letter of each word ("president Macron", "chief executive Tim Cook"). */
export const WORD_TITLES = [
  'Prime Minister',
  'Deputy Prime Minister',
  'Foreign Minister',
  'Finance Minister',
  'Defence Minister',
  'Defense Secretary',
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Vice President',
  'Vice-President',
  'Chief Executive Officer',
  'Chief Executive',
  'Chief Financial Officer',
  'Chief Technology Officer',
  'President',
  'Chancellor',
  'Senator',
  'Congressman',
  'Congresswoman',
  'Governor',
  'Mayor',
  'Minister',
  'Ambassador',
  'Chairman',
  'Chairwoman',
  'Professor',
  'Judge',
  'Justice',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Sheikh',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Miss',
  'Founder',
  'Co-founder',
  'Cofounder',
] as const;

export const ACRONYM_TITLES = ['CEO', 'CFO', 'CTO', 'COO'] as const;

/** Lower-cased single words of every title, for stripping titles that compromise keeps inside a person span. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...ABBREVIATED_TITLES, ...WORD_TITLES, ...ACRONYM_TITLES].flatMap((title) => title.toLowerCase().split(/[\s-]+/u)),
);
