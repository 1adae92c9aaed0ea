/**
 * Money and dates name values, not things with names: "$120 million",
 * "120 millones de dólares" and "1.2亿美元" are one amount, "March 12, 2024",
 * "12 de marzo de 2024" and "2024年3月12日" one day. Their resolution key is
 * the value (currency and amount, ISO date), so they meet across languages
 * without a translator, and their English name is written from the value.
 * Anything these parsers do not recognise keeps its surface key.
 */

export interface MoneyValue {
  /** ISO 4217 code. */
  currency: string;
  amount: number;
}

/** Currency words and symbols, longest first within each pattern. */
const CURRENCIES: ReadonlyArray<[RegExp, string]> = [
  [/US\$|USD|美元|dólares?(?:\s+estadounidenses)?|(?:us\s+)?dollars?|\$/iu, 'USD'],
  [/€|EUR|欧元|euros?/iu, 'EUR'],
  [/£|GBP|英镑|libras?(?:\s+esterlinas)?|pounds?(?:\s+sterling)?/iu, 'GBP'],
  [/日元|JPY|yen(?:es)?/iu, 'JPY'],
  [/港元|港币|HKD/iu, 'HKD'],
  [/人民币|CNY|RMB|yuan(?:es)?|元|¥/iu, 'CNY'],
];

const LATIN_SCALES: ReadonlyArray<[RegExp, number]> = [
  [/\bmil\s+millones\b/iu, 1e9],
  [/\bbill(?:ó|o)n(?:es)?\b/iu, 1e12],
  [/\bmill(?:ó|o)n(?:es)?\b/iu, 1e6],
  [/\btrillions?\b|\btn\b/iu, 1e12],
  [/\bbillions?\b|\bbn\b/iu, 1e9],
  [/\bmillions?\b|\bmn\b|(?<=\d)m\b/iu, 1e6],
  [/\bthousands?\b|\bmil\b|(?<=\d)k\b/iu, 1e3],
];

const HAN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** The amount and currency of a money expression in English, Spanish or Chinese; `undefined` when either is unclear. */
export function parseMoney(text: string, language?: string): MoneyValue | undefined {
  const surface = text.normalize('NFKC').trim();
  const currency = CURRENCIES.find(([pattern]) => pattern.test(surface))?.[1];
  if (!currency) return undefined;
  const amount = /[\p{Script=Han}]/u.test(surface.replace(/美元|欧元|英镑|日元|港元|港币|人民币|元/gu, '')) ? hanAmount(surface) : latinAmount(surface, language);
  return amount !== undefined && amount > 0 ? { currency, amount: Math.round(amount * 100) / 100 } : undefined;
}

function latinAmount(surface: string, language?: string): number | undefined {
  const number = /\d[\d.,]*/u.exec(surface)?.[0];
  if (!number) return undefined;
  const value = parseLatinNumber(number.replace(/[.,]$/u, ''), language);
  if (value === undefined) return undefined;
  const scale = LATIN_SCALES.find(([pattern]) => pattern.test(surface))?.[1] ?? 1;
  return value * scale;
}

/** "1,500.5" in English, "1.500,5" in Spanish; a lone separator before three digits groups thousands. */
function parseLatinNumber(number: string, language?: string): number | undefined {
  const decimalComma = language?.toLowerCase().startsWith('es') ?? false;
  const [group, decimal] = decimalComma ? ['.', ','] : [',', '.'];
  const parts = number.split(decimal);
  if (parts.length > 2) return undefined;
  const whole = (parts[0] ?? '').split(group).join('');
  const value = Number(parts.length === 2 ? `${whole}.${parts[1] ?? ''}` : whole);
  return Number.isFinite(value) ? value : undefined;
}

/** "1.2亿", "4000万", "两千万", "5亿3000万". */
function hanAmount(surface: string): number | undefined {
  const body = surface.replace(/美元|欧元|英镑|日元|港元|港币|人民币|元/gu, '');
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let seen = false;
  for (const match of body.matchAll(/\d+(?:\.\d+)?|[〇零一二两三四五六七八九]|[十百千万亿]/gu)) {
    const token = match[0];
    seen = true;
    if (/\d/u.test(token)) pending = Number(token);
    else if (token in HAN_DIGITS) pending = HAN_DIGITS[token];
    else {
      const unit = HAN_UNITS[token] ?? 1;
      if (unit >= 1e4) {
        section = (section + (pending ?? 0)) * unit || unit;
        total += section;
        section = 0;
      } else section += (pending ?? 1) * unit;
      pending = undefined;
    }
  }
  if (!seen) return undefined;
  return total + section + (pending ?? 0);
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (w === 'setiembre') return 9;
  const en = MONTHS_EN.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  if (en >= 0) return en + 1;
  const es = MONTHS_ES.indexOf(w);
  return es >= 0 ? es + 1 : undefined;
}

/** An ISO date ("2024-03-12", "2024-03" or "2024") for a date with a year; `undefined` otherwise. */
export function parseDate(text: string): string | undefined {
  const s = text.normalize('NFKC').trim();
  const iso = (y: number, m?: number, d?: number) => {
    if (m !== undefined && (m < 1 || m > 12)) return undefined;
    if (d !== undefined && (d < 1 || d > 31)) return undefined;
    return [String(y).padStart(4, '0'), m === undefined ? '' : String(m).padStart(2, '0'), d === undefined ? '' : String(d).padStart(2, '0')].filter(Boolean).join('-');
  };
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4}|[〇零一二三四五六七八九]{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/u.exec(s);
  if (m) return iso(hanYear(m[1] ?? ''), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  // "12 de marzo de 2024", "12 March 2024", "marzo de 2024"
  m = /^(?:(\d{1,2})\s+(?:de\s+)?)?(\p{L}+\.?)\s+(?:de\s+|del\s+)?(\d{4})$/iu.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    if (month !== undefined) return iso(Number(m[3]), month, m[1] ? Number(m[1]) : undefined);
  }
  // "March 12, 2024", "March 12 2024"
  m = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined) return iso(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/u.exec(s);
  if (m) return iso(Number(m[1]));
  return undefined;
}

function hanYear(year: string): number {
  return /^\d+$/u.test(year) ? Number(year) : Number([...year].map((c) => HAN_DIGITS[c] ?? 0).join(''));
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

/** "$120 million", "€40 million", "CNY 2 billion", "$250,000". */
export function englishMoneyName(value: MoneyValue): string {
  const scaled = ([[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const).find(([n]) => value.amount >= n);
  const amount = scaled ? `${Number((value.amount / scaled[0]).toFixed(3))} ${scaled[1]}` : value.amount.toLocaleString('en-US');
  const symbol = SYMBOLS[value.currency];
  return symbol ? `${symbol}${amount}` : `${value.currency} ${amount}`;
}

/** "March 12, 2024", "March 2024", "2024". */
export function englishDateName(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const monthName = month ? MONTHS_EN[Number(month) - 1] : undefined;
  if (!monthName) return year ?? isoDate;
  const Month = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return day ? `${Month} ${Number(day)}, ${year ?? ''}` : `${Month} ${year ?? ''}`;
}

/** The resolution key of a money or date value ("usd 120000000", "2024-03-12"), or `undefined` to key by the surface. */
export function valueKey(text: string, type: 'Money' | 'Date', language?: string): string | undefined {
  if (type === 'Date') return parseDate(text);
  const money = parseMoney(text, language);
  return money ? `${money.currency.toLowerCase()} ${money.amount}` : undefined;
}

/** The English name of a money or date value, written from the value. */
export function englishValueName(text: string, type: 'Money' | 'Date', language?: string): string | undefined {
  if (type === 'Date') {
    const date = parseDate(text);
    return date ? englishDateName(date) : undefined;
  }
  const money = parseMoney(text, language);
  return money ? englishMoneyName(money) : undefined;
}
