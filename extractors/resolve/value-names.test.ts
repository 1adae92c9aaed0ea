import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize.js';
import { englishValueName, parseDate, parseMoney } from './value-names.js';

describe('money and dates keyed by value', () => {
  it('gives one key to the same amount written in English, Spanish and Chinese', () => {
    const usd = [normalizeName('$120 million', 'Money', 'en'), normalizeName('120 millones de dólares', 'Money', 'es'), normalizeName('1.2亿美元', 'Money', 'zh')];
    expect(new Set(usd)).toEqual(new Set(['usd 120000000']));
    const eur = [normalizeName('€40 million', 'Money', 'en'), normalizeName('40 millones de euros', 'Money', 'es'), normalizeName('4000万欧元', 'Money', 'zh')];
    expect(new Set(eur)).toEqual(new Set(['eur 40000000']));
    expect(normalizeName('$40 million', 'Money', 'en')).not.toBe(eur[0]);
  });

  it('reads Spanish decimal commas and thousands points, English ones the other way round, and Chinese numerals', () => {
    expect(parseMoney('3,2 millones de euros', 'es')).toEqual({ currency: 'EUR', amount: 3_200_000 });
    expect(parseMoney('1.500 millones de dólares', 'es')).toEqual({ currency: 'USD', amount: 1_500_000_000 });
    expect(parseMoney('$1.5 billion', 'en')).toEqual({ currency: 'USD', amount: 1_500_000_000 });
    expect(parseMoney('两千万元', 'zh')).toEqual({ currency: 'CNY', amount: 20_000_000 });
    expect(parseMoney('5 millones', 'es')).toBeUndefined();
  });

  it('gives one ISO key to the same day in three languages and keeps a yearless date by its surface', () => {
    expect(new Set([normalizeName('March 12, 2024', 'Date', 'en'), normalizeName('12 de marzo de 2024', 'Date', 'es'), normalizeName('2024年3月12日', 'Date', 'zh')])).toEqual(
      new Set(['2024-03-12']),
    );
    expect(parseDate('marzo de 2024')).toBe('2024-03');
    expect(parseDate('3月12日')).toBeUndefined();
    expect(normalizeName('last year', 'Date', 'en')).toBe('last year');
  });

  it('writes the English name from the value', () => {
    expect(englishValueName('120 millones de dólares', 'Money', 'es')).toBe('$120 million');
    expect(englishValueName('4000万欧元', 'Money', 'zh')).toBe('€40 million');
    expect(englishValueName('2024年3月12日', 'Date', 'zh')).toBe('March 12, 2024');
  });
});
