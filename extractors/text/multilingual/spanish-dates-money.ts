import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const YEAR = '(?:1[5-9]\\d{2}|20\\d{2})';
/**
 * "12 de marzo de 2024", "marzo de 2024", "12 de marzo", "1 de enero del
 * 2020", "12/03/2024", and a bare year after "en", "desde", "hasta" or "año"
 * ("en 2019"; the preposition stays outside the span). A month alone is left
 * out: "mayo" is also a verb form.
 */
const DATE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])\\d{1,2}\\s+de\\s+${MONTH}(?:\\s+(?:de|del)\\s+${YEAR})?(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])${MONTH}\\s+(?:de|del)\\s+${YEAR}(?![\\p{L}\\p{N}])`,
    `(?<![\\p{N}/])\\d{1,2}/\\d{1,2}/\\d{4}(?![\\p{N}/])`,
    `(?<=(?<![\\p{L}])(?:en|desde|hasta|año|años)\\s+)${YEAR}(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);

const NUMBER = '(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?';
const SCALE = '(?:mil\\s+millones|millones|millón|mil|billones|billón)';
const CURRENCY_WORD = '(?:euros?|dólares?(?:\\s+estadounidenses)?|libras?(?:\\s+esterlinas)?|yuanes?|pesos?|yenes?|francos?(?:\\s+suizos)?|reales?)';
const SYMBOL = '(?:US\\$|€|\\$|£|¥|USD|EUR|GBP|CNY)';
const WORD_NUMBER = '(?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil)';
/**
 * "3,2 millones de euros", "500 millones de dólares", "20 euros", "1.500
 * millones de euros", "€20", "US$ 3 millones", "500 millones €", "mil
 * millones de dólares". Spanish writes "," for decimals and "." for thousands.
 */
const MONEY = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${NUMBER}|${WORD_NUMBER})(?:\\s+${SCALE})?(?:\\s+de)?\\s+${CURRENCY_WORD}(?![\\p{L}])`,
    `(?<![\\p{L}\\p{N}])${NUMBER}(?:\\s+${SCALE}(?:\\s+de)?)?\\s?${SYMBOL}`,
    `${SYMBOL}\\s?${NUMBER}(?:\\s+${SCALE})?(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);

export function findSpanishDates(text: string): MultilingualMention[] {
  return Array.from(text.matchAll(DATE), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    type: 'Date' as const,
    confidence: ML_CONFIDENCE.date,
    engine: 'pattern' as const,
    rule: 'date' as const,
  }));
}

export function findSpanishMoney(text: string): MultilingualMention[] {
  return Array.from(text.matchAll(MONEY), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    type: 'Money' as const,
    confidence: ML_CONFIDENCE.money,
    engine: 'pattern' as const,
    rule: 'money' as const,
  }));
}
