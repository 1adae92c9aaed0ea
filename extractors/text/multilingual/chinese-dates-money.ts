import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

const DIGIT = '[0-9０-９]';
const HAN_DIGIT = '[〇零一二三四五六七八九]';
const YEAR = `(?:${DIGIT}{4}|${HAN_DIGIT}{4})年`;
const MONTH = `(?:${DIGIT}{1,2}|十[一二]?|[一二三四五六七八九])月`;
const DAY = `(?:${DIGIT}{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`;
/** "2024年3月12日", "2024年3月", "2024年", "3月12日"; never inside a longer number. */
const DATE = new RegExp(`(?<!${DIGIT})(?:${YEAR}(?:${MONTH}(?:${DAY})?)?|${MONTH}${DAY})`, 'gu');

const NUMBER = `(?:${DIGIT}+(?:[.．]${DIGIT}+)?|[零一二两三四五六七八九十百千]+)`;
const CURRENCY = '(?:美元|欧元|英镑|日元|港元|港币|韩元|卢布|澳元|加元|人民币|元)';
/** "20亿元", "3000万美元", "1.5亿欧元", "人民币20亿元", "两千万元". */
const MONEY = new RegExp(`(?<!${DIGIT})(?:人民币|美元|欧元)?${NUMBER}[十百千万亿]*${CURRENCY}`, 'gu');

export function findChineseDates(text: string): MultilingualMention[] {
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

export function findChineseMoney(text: string): MultilingualMention[] {
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
