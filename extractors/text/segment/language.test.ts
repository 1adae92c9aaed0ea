import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

const ENGLISH = 'The city council approved the new budget on Tuesday after a long debate about public transport and housing.';
const SPANISH = 'El ayuntamiento aprobó el nuevo presupuesto el martes después de un largo debate sobre el transporte público y la vivienda.';
const CHINESE = '北京是中华人民共和国的首都，也是全国的政治、文化和国际交往中心。';

describe('detectLanguage', () => {
  it('identifies English, Spanish and Chinese paragraphs with confidence', () => {
    expect(detectLanguage(ENGLISH)).toMatchObject({ language: 'en' });
    expect(detectLanguage(SPANISH)).toMatchObject({ language: 'es' });
    expect(detectLanguage(CHINESE)).toEqual({ language: 'zh', confidence: 1 });
    expect(detectLanguage(ENGLISH)?.confidence).toBeGreaterThan(0.5);
    expect(detectLanguage(SPANISH)?.confidence).toBeGreaterThan(0.5);
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
});
