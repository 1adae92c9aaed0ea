import { CONFIDENCE } from './confidence.js';
import type { EntityMention } from './types.js';

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:\s+(?:thousand|million|billion|trillion)|\s?(?:bn|mn|tn|m|k)(?![\p{L}\p{N}]))`;
const SYMBOL = String.raw`(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₩|₽)`;
const CODE = String.raw`(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|CAD|AUD|HKD|SEK|NOK|DKK|KRW|BRL|RUB|ZAR|SGD|MXN)`;
const NATIONALITY = String.raw`(?:(?:US|U\.S\.|American|Canadian|Australian|Hong Kong|Singapore|New Zealand)\s+)`;
const CURRENCY_WORD = String.raw`(?:dollars?|euros?|yen|yuan|renminbi|pounds sterling|rupees?|francs?|pesos?|rubles?|roubles?|kronor|kroner|krona|krone|cents?)`;
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

const WITH_SYMBOL_OR_CODE = new RegExp(
  `(?:${SYMBOL}\\s?${NUMBER}${SCALE}?|${BEFORE}${CODE}\\s?${NUMBER}${SCALE}?|${BEFORE}${NUMBER}${SCALE}?\\s${CODE})${AFTER}`,
  'gu',
);
/** "Pounds" alone is usually weight; with a scale word ("200 million pounds") it is money. */
const WITH_CURRENCY_WORD = new RegExp(
  `${BEFORE}${NUMBER}(?:${SCALE}\\s+(?:${NATIONALITY}?${CURRENCY_WORD}|pounds)|\\s+${NATIONALITY}?${CURRENCY_WORD})${AFTER}`,
  'gu',
);

/** Amounts of money with a currency symbol, an ISO code or an English currency word. */
export function findMoney(text: string): EntityMention[] {
  return [
    ...matches(text, WITH_SYMBOL_OR_CODE, CONFIDENCE.moneyWithSymbolOrCode),
    ...matches(text, WITH_CURRENCY_WORD, CONFIDENCE.moneyWithCurrencyWord),
  ];
}

function matches(text: string, regex: RegExp, confidence: number): EntityMention[] {
  return Array.from(text.matchAll(regex), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: 'Money' as const,
    confidence,
    engine: 'pattern' as const,
  }));
}
