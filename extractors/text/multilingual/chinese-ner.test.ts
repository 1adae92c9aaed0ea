import { beforeAll, describe, expect, it } from 'vitest';
import { createGazetteer } from '../ner/index.js';
import { chineseNerCard, recognizeChineseEntities } from './chinese-ner.js';
import { JIEBA_LOAD_TIMEOUT_MS, warmUpJieba } from './fixtures/warm-up.js';
import { jiebaVersion } from './jieba-engine.js';
import type { MultilingualMention } from './types.js';

beforeAll(warmUpJieba, JIEBA_LOAD_TIMEOUT_MS);

const brief = (mentions: readonly MultilingualMention[]) => mentions.map((m) => [m.text, m.type]);

function expectExactOffsets(text: string, mentions: readonly MultilingualMention[]): void {
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    if (mention.latinAlias) expect(text.slice(mention.latinAlias.start, mention.latinAlias.end)).toBe(mention.latinAlias.text);
  }
}

describe('recognizeChineseEntities', () => {
  it('finds organisation, native and foreign people and a place in a mixed sentence, with exact offsets', () => {
    const text = '云帆科技有限公司的首席执行官李伟会见了埃琳娜·巴尔加斯（Elena Vargas），双方在北京签署了协议。';
    const mentions = recognizeChineseEntities(text);
    expect(brief(mentions)).toEqual([
      ['云帆科技有限公司', 'Organization'],
      ['李伟', 'Person'],
      ['埃琳娜·巴尔加斯', 'Person'],
      ['北京', 'Location'],
    ]);
    expectExactOffsets(text, mentions);
    expect(mentions[0]).toMatchObject({ start: 0, end: 8 });
    expect(mentions[2]?.latinAlias).toEqual({ start: 28, end: 40, text: 'Elena Vargas' });
    expect(mentions[3]).toMatchObject({ canonical: 'Beijing', engine: 'gazetteer' });
  });

  it('keeps offsets in UTF-16 code units after characters outside the BMP', () => {
    const text = '😀𠀀李伟会见了王芳。';
    const mentions = recognizeChineseEntities(text);
    expect(brief(mentions)).toEqual([['李伟', 'Person'], ['王芳', 'Person']]);
    expect(mentions[0]?.start).toBe(4);
    expectExactOffsets(text, mentions);
  });

  describe('native names', () => {
    it('reads surname plus given name and picks the given name length from what follows', () => {
      expect(brief(recognizeChineseEntities('张勇是董事长。'))).toEqual([['张勇', 'Person']]);
      expect(brief(recognizeChineseEntities('刘强东表示同意。'))).toEqual([['刘强东', 'Person']]);
      expect(brief(recognizeChineseEntities('李伟未会见王芳。'))).toEqual([['李伟', 'Person'], ['王芳', 'Person']]);
    });

    it('tries compound surnames first', () => {
      expect(brief(recognizeChineseEntities('欧阳娜娜出生于上海。'))).toEqual([['欧阳娜娜', 'Person'], ['上海', 'Location']]);
    });

    it('does not turn surname characters inside ordinary words into people', () => {
      expect(recognizeChineseEntities('该公司总部位于深圳。').filter((m) => m.type === 'Person')).toEqual([]);
      expect(recognizeChineseEntities('他很高兴地说了这件事。')).toEqual([]);
      expect(recognizeChineseEntities('这个王国是金融中心。').filter((m) => m.type === 'Person')).toEqual([]);
    });

    it('reads the familiar 小/老 + surname form', () => {
      expect(brief(recognizeChineseEntities('小王在一家银行上班。'))).toEqual([['小王', 'Person']]);
    });
  });

  describe('foreign names', () => {
    it('joins transliterated parts on the interpunct and starts the name on a word boundary', () => {
      const text = '德国总理安格拉·默克尔说。';
      expect(brief(recognizeChineseEntities(text))).toEqual([['德国', 'Location'], ['安格拉·默克尔', 'Person']]);
    });

    it('reads a bare transliterated surname after a title', () => {
      expect(brief(recognizeChineseEntities('法国总统马克龙访问了北京。'))).toEqual([['法国', 'Location'], ['马克龙', 'Person'], ['北京', 'Location']]);
    });
  });

  describe('short forms of names given in full', () => {
    it("reads a transliterated surname after the full name as the person, not jieba's place", () => {
      const text = '宁巴斯机器人公司总部会见了埃琳娜·巴尔加斯。巴尔加斯表示，宁巴斯与瀚星建立了合作伙伴关系。';
      const mentions = recognizeChineseEntities(text);
      expect(brief(mentions)).toEqual([
        ['宁巴斯机器人公司', 'Organization'],
        ['埃琳娜·巴尔加斯', 'Person'],
        ['巴尔加斯', 'Person'],
        ['宁巴斯', 'Organization'],
      ]);
      expectExactOffsets(text, mentions);
    });

    it("reads a company's own name after its full name, and not before it", () => {
      const text = '瀚星的工程师来自瀚星科技有限公司，瀚星生产激光雷达。';
      expect(brief(recognizeChineseEntities(text))).toEqual([['瀚星科技有限公司', 'Organization'], ['瀚星', 'Organization']]);
    });
  });

  describe('organisations', () => {
    it('anchors on a suffix chain and collects the name leftwards up to a particle or verb', () => {
      expect(brief(recognizeChineseEntities('星辰集团收购了蓝海银行。'))).toEqual([['星辰集团', 'Organization'], ['蓝海银行', 'Organization']]);
    });

    it('drops generic phrases led by a determiner or made of descriptive words', () => {
      expect(recognizeChineseEntities('腾讯收购了一家游戏公司。').map((m) => m.text)).toEqual(['腾讯']);
      expect(recognizeChineseEntities('该公司表示满意。')).toEqual([]);
    });

    it('prefers the longer organisation over a place inside it', () => {
      expect(brief(recognizeChineseEntities('他在北京大学工作。'))).toEqual([['北京大学', 'Organization']]);
    });
  });

  describe('the name table', () => {
    it('beats a surname-led reading of the same characters and reports the English name', () => {
      const [madrid] = recognizeChineseEntities('司马光访问了马德里。').filter((m) => m.text === '马德里');
      expect(madrid).toMatchObject({ type: 'Location', canonical: 'Madrid', rule: 'gazetteer' });
    });

    it('keeps an administrative suffix written onto a place', () => {
      expect(recognizeChineseEntities('他来到北京市。')).toMatchObject([{ text: '北京市', canonical: 'Beijing' }]);
    });

    it('uses a caller-supplied table', () => {
      const gazetteer = createGazetteer([{ name: 'Zephyr Labs', type: 'Organization', aliases: ['泽风实验室'] }]);
      expect(recognizeChineseEntities('泽风实验室发布了新产品。', { gazetteer })).toMatchObject([
        { text: '泽风实验室', type: 'Organization', canonical: 'Zephyr Labs' },
      ]);
    });
  });

  it('records a bracketed Latin name as the alias of the mention before it, not as a second entity', () => {
    const text = '谷歌（Google）位于硅谷。';
    const mentions = recognizeChineseEntities(text);
    expect(brief(mentions)).toEqual([['谷歌', 'Organization'], ['硅谷', 'Location']]);
    expect(mentions[0]?.latinAlias).toEqual({ start: 3, end: 9, text: 'Google' });
  });

  it('finds dates and amounts of money', () => {
    const text = '2024年3月12日，星辰集团以20亿元收购了蓝海银行，另投资3000万美元。';
    const found = recognizeChineseEntities(text).filter((m) => m.type === 'Date' || m.type === 'Money');
    expect(brief(found)).toEqual([['2024年3月12日', 'Date'], ['20亿元', 'Money'], ['3000万美元', 'Money']]);
  });

  describe('where a name ends before its predicate', () => {
    it('leaves an adverb or the first character of a verb to the predicate', () => {
      expect(brief(recognizeChineseEntities('周敏出生于杭州，后来移居深圳。'))).toEqual([['周敏', 'Person'], ['杭州', 'Location'], ['深圳', 'Location']]);
      expect(brief(recognizeChineseEntities('王磊则认为这个方案可行。'))).toEqual([['王磊', 'Person']]);
    });

    it('still takes a two-character given name whose characters only look like function words', () => {
      expect(brief(recognizeChineseEntities('徐则臣说他很忙。'))).toEqual([['徐则臣', 'Person']]);
      expect(brief(recognizeChineseEntities('王小明出任总经理。'))).toEqual([['王小明', 'Person']]);
    });
  });

  describe('descriptive names with a strong head noun', () => {
    it('reads an association made of common words, and a named event', () => {
      expect(brief(recognizeChineseEntities('他创办了海洋塑料联盟。'))).toEqual([['海洋塑料联盟', 'Organization']]);
      expect(brief(recognizeChineseEntities('全球气候峰会于十月开幕。'))).toEqual([['全球气候峰会', 'Event']]);
    });

    it('does not name a bare head noun, a kind of organisation or a determined phrase', () => {
      expect(recognizeChineseEntities('双方组成联盟。')).toEqual([]);
      expect(recognizeChineseEntities('我们在论坛上见过。')).toEqual([]);
      expect(recognizeChineseEntities('他加入了一个环保组织。')).toEqual([]);
      expect(recognizeChineseEntities('校园里设有多个机器人实验室。')).toEqual([]);
      expect(brief(recognizeChineseEntities('这是一个总部位于巴黎的非营利组织。'))).toEqual([['巴黎', 'Location']]);
    });
  });

  it('returns nothing for blank text', () => {
    expect(recognizeChineseEntities('  ')).toEqual([]);
  });
});

describe('chineseNerCard', () => {
  it('names the rules and the installed jieba version', () => {
    const card = chineseNerCard();
    expect(card).toMatchObject({ name: 'zh-rules-ner', task: 'ner', engine: 'bundled' });
    expect(card.version).toMatch(new RegExp(`^${jiebaVersion().replace(/\./gu, '\\.')}\\+rules\\.\\d+$`, 'u'));
    expect(card.id).toBe(`zh-rules-ner@${card.version}`);
  });
});
