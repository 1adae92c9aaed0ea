import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

const ENGLISH = 'The city council approved the new budget on Tuesday after a long debate about public transport and housing.';
const SPANISH = 'El ayuntamiento aprobó el nuevo presupuesto el martes después de un largo debate sobre el transporte público y la vivienda.';
const CHINESE = '北京是中华人民共和国的首都，也是全国的政治、文化和国际交往中心。';
const FRENCH = 'Le conseil municipal a approuvé le nouveau budget mardi après un long débat sur les transports publics et le logement.';
/** analyzeDocument's LOW_CONFIDENCE: below it, a caller's fallback language wins. */
const TRUSTED = 0.15;

describe('detectLanguage', () => {
  it('identifies English, Spanish and Chinese paragraphs with confidence', () => {
    expect(detectLanguage(ENGLISH)).toMatchObject({ language: 'en' });
    expect(detectLanguage(SPANISH)).toMatchObject({ language: 'es' });
    expect(detectLanguage(CHINESE)).toEqual({ language: 'zh', confidence: 1 });
    expect(detectLanguage(ENGLISH)?.confidence).toBeGreaterThan(0.5);
    expect(detectLanguage(SPANISH)?.confidence).toBeGreaterThan(0.5);
  });

  it('identifies a French paragraph surely enough to beat a fallback language', () => {
    // Languages without a recogniser need 0.5 in analyzeDocument.
    expect(detectLanguage(FRENCH)?.language).toBe('fr');
    expect(detectLanguage(FRENCH)?.confidence).toBeGreaterThan(0.5);
  });

  it('identifies short Spanish and French sentences', () => {
    expect(detectLanguage('La empresa abrió una nueva oficina en Madrid el año pasado.')?.language).toBe('es');
    expect(detectLanguage('Cena con los abuelos en la playa de Valencia')?.language).toBe('es');
    expect(detectLanguage('Nous avons dîné au bord du lac avec toute la famille.')?.language).toBe('fr');
  });

  it.each([
    'Ada Lovelace visited London', // tinyld: Indonesian
    'Sunset over the harbour in Lisbon',
    'Chen Jing presents the lidar results',
    'Klaus Weber signs the contract in Shanghai',
    'Dinner with Priya and Omar in Mumbai',
    'Fresh bread at the Saturday market',
  ])('identifies the short English caption %j', (caption) => {
    expect(detectLanguage(caption)?.language).toBe('en');
  });

  it.each([
    ['Angela Merkel visited Berlin in May', 'en'], // tinyld: Lithuanian at 0.19; eld/medium: German
    ['Keynote speech by Marta Valencia', 'en'], // tinyld: Afrikaans; eld/medium: Spanish
    ['Birthday party at the lake house', 'en'], // eld/medium: Tagalog
    ['Berlin London Paris Tokyo Madrid', 'en'],
    ['Jordi Puig nació en Barcelona y fundó Sensia Vision S.L. en un antiguo almacén del puerto.', 'es'], // eld/medium: Catalan
  ])('is right about the names-heavy %j or too unsure to be trusted', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess?.language === language || (guess?.confidence ?? 0) < TRUSTED, JSON.stringify(guess)).toBe(true);
  });

  it('gives a names-heavy sentence less confidence than a plain one of the same length', () => {
    const names = detectLanguage('Elena Vargas met Li Wei in Barcelona last Tuesday');
    const plain = detectLanguage('We met our old friends in the park last Tuesday');
    expect(names?.language).toBe('en');
    expect(plain?.language).toBe('en');
    expect(names?.confidence ?? 1).toBeLessThan(plain?.confidence ?? 0);
  });

  it('calls short Chinese Chinese by script, with lower confidence', () => {
    const guess = detectLanguage('我爱北京');
    expect(guess?.language).toBe('zh');
    expect(guess?.confidence).toBeLessThan(0.5);
  });

  it('tells Japanese from Chinese by kana, even when kanji dominate', () => {
    expect(detectLanguage('東京大学の研究者が新しい発見を発表した。')?.language).toBe('ja');
    expect(detectLanguage('東京は日本の首都です。')?.language).toBe('ja');
  });

  it('identifies Korean by Hangul', () => {
    expect(detectLanguage('서울은 대한민국의 수도입니다.')?.language).toBe('ko');
  });

  it('lets Chinese text with a few Latin words stay Chinese', () => {
    expect(detectLanguage('Apple 公司今天在北京发布了新产品')?.language).toBe('zh');
  });

  it('returns null when there is too little text to tell', () => {
    expect(detectLanguage('Hello')).toBeNull();
    expect(detectLanguage('12345 !!! ---')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('京')).toBeNull();
    expect(detectLanguage('xqzt vbnm rtyu wkpl')).toBeNull();
  });

  it('gives less confidence to a short sentence than to a paragraph', () => {
    const short = detectLanguage('Where is the train station?');
    const long = detectLanguage(`${ENGLISH} ${ENGLISH}`);
    expect(short?.confidence ?? 0).toBeLessThan(long?.confidence ?? 0);
  });

  it('samples large texts without reading all of them', () => {
    const big = `${SPANISH} `.repeat(2000);
    expect(detectLanguage(big)?.language).toBe('es');
  });

  it('reads all of a text, not just the start eld looks at (about 350 bytes)', () => {
    const mostlySpanish = `${ENGLISH} `.repeat(4) + `${SPANISH} `.repeat(8);
    expect(detectLanguage(mostlySpanish)?.language).toBe('es');
  });
});
