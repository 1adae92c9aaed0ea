import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mulberry32 as prng } from '../../extractors/base/seeded-random.js';
import { runPool } from './ingest-pool.js';

/**
 * Deterministic English news-style documents for the text-ingest bench: about
 * 1 KB each, built from relation sentences shaped like the sample corpus's
 * ("X, CEO of Y, said", "Y was founded by X", "Y is headquartered in Z").
 * People, companies and products are generated from pools, so the same names
 * recur across documents and resolution has real work to do; cities are real,
 * so the place gazetteer has something to find. No name of the sample corpus
 * cast is used, so a bench run never touches the corpus's entities.
 */

type Rand = () => number;

export interface SyntheticDoc {
  name: string;
  text: string;
}

const FIRST = [
  'James', 'Aisha', 'Carlos', 'Sofia', 'Liam', 'Fatima', 'Noah', 'Kenji', 'Amara', 'Lucas', 'Ingrid', 'Mateo', 'Priya', 'Oliver',
  'Yuki', 'Diego', 'Hannah', 'Omar', 'Chloe', 'Ivan', 'Leila', 'Samuel', 'Andre', 'Nadia', 'Tomas', 'Grace', 'Ravi', 'Astrid',
  'Felix', 'Zara', 'Hugo', 'Lina', 'Marco', 'Nora', 'Pablo', 'Rosa', 'Stefan', 'Tara', 'Victor', 'Helena', 'Isaac', 'Magnus',
];
const LAST = [
  'Okafor', 'Rossi', 'Murphy', 'Haddad', 'Johansson', 'Petrova', 'Tanaka', 'Mensah', 'Lindqvist', 'Sharma', 'Dubois', 'Ivanov',
  'Karimi', 'Moreau', 'Novak', 'Costa', 'Walker', 'Patel', 'Nasser', 'Laurent', 'Romano', 'Eriksen', 'Ortiz', 'Kowalski',
  'Adeyemi', 'Nguyen', 'Fischer', 'Hansen', 'Reyes', 'Bauer', 'Yilmaz', 'Alvarez', 'Keller', 'Jensen', 'Mahmoud', 'Huber',
];
const SYLLABLES = ['nor', 'wind', 'ax', 'el', 'bri', 'ton', 'vel', 'cor', 'zen', 'lum', 'dra', 'kon', 'sol', 'tek', 'ova', 'mir', 'quo', 'rix', 'lin', 'gro', 'vis', 'hal', 'fen', 'tor'];
const SECTORS = ['Systems', 'Robotics', 'Logistics', 'Energy', 'Analytics', 'Materials', 'Networks', 'Biotech', 'Dynamics', 'Labs'];
const LEGAL_FORMS = ['Inc.', 'Ltd.', 'GmbH', 'Corp.', 'AG', 'plc'];
const PRODUCT_KINDS = ['delivery drone', 'battery pack', 'warehouse robot', 'sensor array', 'charging station', 'inspection camera'];
const CITIES = [
  'Lisbon', 'Toronto', 'Nairobi', 'Osaka', 'Seoul', 'Munich', 'Lyon', 'Denver', 'Austin', 'Mumbai', 'Cairo', 'Oslo', 'Dublin',
  'Prague', 'Vienna', 'Singapore', 'Sydney', 'Boston', 'Chicago', 'Seattle', 'Warsaw', 'Athens', 'Istanbul', 'Lagos', 'Lima',
  'Montreal', 'Zurich', 'Helsinki', 'Stockholm', 'Copenhagen', 'Brussels', 'Amsterdam', 'Hamburg', 'Milan', 'Porto', 'Kyoto',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Person { full: string; surname: string }
interface Company { full: string; short: string }
interface Pools { people: Person[]; companies: Company[]; products: string[] }

function pick<T>(rand: Rand, list: readonly T[]): T {
  const v = list[Math.floor(rand() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

function shuffle<T>(rand: Rand, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const brand = (rand: Rand) => cap(pick(rand, SYLLABLES) + pick(rand, SYLLABLES) + (rand() < 0.5 ? pick(rand, SYLLABLES) : ''));

/** Pools scale with the corpus (a person recurs in about ten documents), so resolution sees both new and known names. */
function makePools(rand: Rand, docs: number): Pools {
  const unique = <T>(size: number, make: () => T, key: (t: T) => string): T[] => {
    const seen = new Map<string, T>();
    for (let tries = 0; seen.size < size && tries < size * 20; tries++) {
      const t = make();
      if (!seen.has(key(t))) seen.set(key(t), t);
    }
    return [...seen.values()];
  };
  const people = unique(Math.max(20, Math.round(docs * 0.3)), () => {
    const surname = pick(rand, LAST);
    return { full: `${pick(rand, FIRST)} ${surname}`, surname };
  }, (p) => p.full);
  const companies = unique(Math.max(10, Math.round(docs * 0.15)), () => {
    const short = brand(rand);
    return { full: `${short} ${pick(rand, SECTORS)} ${pick(rand, LEGAL_FORMS)}`, short };
  }, (c) => c.short);
  const products = unique(Math.max(5, Math.round(docs * 0.05)), () => `${brand(rand)} ${1 + Math.floor(rand() * 9)}`, (p) => p);
  return { people, companies, products };
}

interface Cast {
  ceo: Person; founder: Person; visitor: Person;
  buyer: Company; target: Company; investor: Company;
  home: string; away: string; birthplace: string;
  product: string; kind: string; date: string; price: string; stake: string; year: number;
}

function castFor(rand: Rand, pools: Pools): Cast {
  const distinct = <T>(list: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < Math.min(n, list.length)) out.add(pick(rand, list));
    return [...out];
  };
  const [ceo, founder, visitor] = distinct(pools.people, 3) as [Person, Person, Person];
  const [buyer, target, investor] = distinct(pools.companies, 3) as [Company, Company, Company];
  const [home, away, birthplace] = distinct(CITIES, 3) as [string, string, string];
  return {
    ceo, founder, visitor, buyer, target, investor, home, away, birthplace,
    product: pick(rand, pools.products), kind: pick(rand, PRODUCT_KINDS),
    date: `${pick(rand, MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2019 + Math.floor(rand() * 6)}`,
    price: `$${10 + Math.floor(rand() * 490)} million`, stake: `€${5 + Math.floor(rand() * 95)} million`, year: 1995 + Math.floor(rand() * 25),
  };
}

/** An opening, then fact sentences with filler between them, until the text reaches about 1 KB. */
function article(rand: Rand, c: Cast): string {
  const opening = [
    `On ${c.date}, ${c.buyer.full}, headquartered in ${c.home}, announced that it had acquired ${c.target.full} for ${c.price}.`,
    `${c.ceo.full}, CEO of ${c.buyer.short}, said the deal would help the company expand into ${c.away}.`,
  ];
  // In reading order: a full name comes before its short form, as in real news.
  const body = [
    `${c.target.short} was founded by ${c.founder.full} in ${c.year}.`,
    `${c.founder.full} was born in ${c.birthplace} and now lives in ${c.away}.`,
    `${c.investor.full} has invested ${c.stake} in ${c.buyer.short}.`,
    `${c.ceo.surname} met ${c.visitor.full} in ${c.home} to discuss a partnership with ${c.investor.short}.`,
    `${c.buyer.short} makes the ${c.product} ${c.kind}, which is sold in more than ${5 + Math.floor(rand() * 40)} countries.`,
    `${c.visitor.full}, who works for ${c.investor.short}, visited ${c.away} last month.`,
    `${c.founder.surname} will stay on at ${c.buyer.short} as head of engineering.`,
    `${c.buyer.short} has partnered with ${c.investor.short} on a pilot in ${c.birthplace}.`,
  ];
  const filler = shuffle(rand, [
    'Analysts said the market remains crowded and margins are thin.',
    `Shares of the company rose ${2 + Math.floor(rand() * 9)} percent in early trading.`,
    'The company did not disclose further financial details.',
    'Both firms expect regulators to approve the transaction by the end of the year.',
    'Employees were told about the plan at a meeting on Monday morning.',
  ]);
  const sentences = [...opening];
  const length = () => sentences.reduce((n, s) => n + s.length + 1, 0);
  for (const fact of body) {
    if (length() >= 950) break;
    sentences.push(fact);
    const aside = rand() < 0.4 ? filler.pop() : undefined;
    if (aside && length() < 950) sentences.push(aside);
  }
  while (length() < 950 && filler.length > 0) sentences.push(filler.pop() as string);
  return `${sentences.join(' ')}\n`;
}

export function generateDocs(options: { docs: number; seed: number }): SyntheticDoc[] {
  const rand = prng(options.seed);
  const pools = makePools(rand, options.docs);
  return Array.from({ length: options.docs }, (_, i) => ({
    name: `news-${String(i + 1).padStart(5, '0')}.txt`,
    text: article(rand, castFor(rand, pools)),
  }));
}

export async function writeDocs(dir: string, docs: readonly SyntheticDoc[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths = docs.map((d) => join(dir, d.name));
  // A few at a time: thousands of parallel writes can exhaust file descriptors.
  await runPool(docs, 16, (d, i) => writeFile(paths[i] as string, d.text));
  return paths;
}
