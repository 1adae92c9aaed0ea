import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityType } from '../../../graph-schema/index.js';
import type { RelationCandidate } from '../relations/index.js';
import { recognizeChineseEntities } from './chinese-ner.js';
import { chineseRelationsCard, extractChineseRelations } from './chinese-relations.js';
import { relationsBetween } from './fixtures/hand-mentions.js';
import { JIEBA_LOAD_TIMEOUT_MS, warmUpJieba } from './fixtures/warm-up.js';

beforeAll(warmUpJieba, JIEBA_LOAD_TIMEOUT_MS);

/** Relations of a one-sentence text, as `TYPE(subject,object)`, with the real recogniser's mentions. */
function relationsIn(text: string, options: { withCoOccurrence?: boolean } = {}): string[] {
  const mentions = recognizeChineseEntities(text);
  return extractChineseRelations(text, [{ start: 0, end: text.length, text }], mentions)
    .filter((r) => options.withCoOccurrence || r.type !== 'CO_OCCURS_WITH')
    .map((r) => `${r.type}(${mentions[r.subject]?.text},${mentions[r.object]?.text})`);
}

describe('extractChineseRelations', () => {
  it('reads CEO_OF and MET in the mixed sentence, past the bracketed Latin alias', () => {
    const text = '云帆科技有限公司的首席执行官李伟会见了埃琳娜·巴尔加斯（Elena Vargas），双方在北京签署了协议。';
    expect(relationsIn(text)).toEqual(['CEO_OF(李伟,云帆科技有限公司)', 'MET(李伟,埃琳娜·巴尔加斯)']);
    expect(relationsIn('埃琳娜·巴尔加斯（Elena Vargas）会见了李伟。')).toEqual(['MET(埃琳娜·巴尔加斯,李伟)']);
  });

  it.each([
    ['张勇是阿里巴巴集团的首席执行官。', 'CEO_OF(张勇,阿里巴巴集团)'],
    ['阿里巴巴集团首席执行官张勇表示满意。', 'CEO_OF(张勇,阿里巴巴集团)'],
    ['微软的CEO萨提亚·纳德拉发表讲话。', 'CEO_OF(萨提亚·纳德拉,微软)'],
    ['马云创立了阿里巴巴。', 'FOUNDED(马云,阿里巴巴)'],
    ['王芳创办了星火机器人公司。', 'FOUNDED(王芳,星火机器人公司)'],
    ['阿里巴巴由马云于1999年创立。', 'FOUNDED(马云,阿里巴巴)'],
    ['马云是阿里巴巴集团的创始人。', 'FOUNDED(马云,阿里巴巴集团)'],
    ['星辰集团以20亿元收购了蓝海银行。', 'ACQUIRED(星辰集团,蓝海银行)'],
    ['蓝海银行被星辰集团收购。', 'ACQUIRED(星辰集团,蓝海银行)'],
    ['星辰集团完成了对蓝海银行的收购。', 'ACQUIRED(星辰集团,蓝海银行)'],
    ['云帆科技有限公司总部位于上海。', 'HEADQUARTERED_IN(云帆科技有限公司,上海)'],
    ['华为的总部设在深圳。', 'HEADQUARTERED_IN(华为,深圳)'],
    ['总部位于深圳的腾讯发布了财报。', 'HEADQUARTERED_IN(腾讯,深圳)'],
    ['李伟今天会见了王芳。', 'MET(李伟,王芳)'],
    ['陈静与约翰·史密斯会面。', 'MET(陈静,约翰·史密斯)'],
    ['王芳在清华大学工作。', 'WORKS_FOR(王芳,清华大学)'],
    ['王芳就职于云帆科技有限公司。', 'WORKS_FOR(王芳,云帆科技有限公司)'],
    ['司马光访问了马德里。', 'VISITED(司马光,马德里)'],
    ['欧阳娜娜出生于上海。', 'BORN_IN(欧阳娜娜,上海)'],
    ['李明在成都出生。', 'BORN_IN(李明,成都)'],
    ['张勇是阿里巴巴集团的员工。', 'WORKS_FOR(张勇,阿里巴巴集团)'],
    ['王芳教授在清华大学工作。', 'WORKS_FOR(王芳,清华大学)'],
    ['阿里巴巴的首席财务官王芳表示满意。', 'WORKS_FOR(王芳,阿里巴巴)'],
    ['清华大学位于北京。', 'LOCATED_IN(清华大学,北京)'],
    ['腾讯与京东合作开发芯片。', 'PARTNERED_WITH(腾讯,京东)'],
    ['腾讯和京东签署了战略合作协议。', 'PARTNERED_WITH(腾讯,京东)'],
    ['华为是中国移动的合作伙伴。', 'PARTNERED_WITH(华为,中国移动)'],
    ['腾讯向京东投资了10亿元。', 'INVESTED_IN(腾讯,京东)'],
    ['腾讯投资了京东。', 'INVESTED_IN(腾讯,京东)'],
    ['中国是联合国的成员。', 'MEMBER_OF(中国,联合国)'],
    ['王芳在上海生活了十年。', 'LIVES_IN(王芳,上海)'],
    ['李明曾两次前往上海。', 'VISITED(李明,上海)'],
  ])('%s → %s', (text, relation) => {
    expect(relationsIn(text)).toEqual([relation]);
  });

  it.each([
    ['星辰集团没有收购蓝海银行。'],
    ['蓝海银行未被星辰集团收购。'],
    ['李伟没有会见王芳。'],
    ['李伟不在清华大学工作。'],
    ['马云并未创立阿里巴巴。'],
    ['司马光从未访问马德里。'],
  ])('a negation blocks the typed relation: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
    expect(relationsIn(text, { withCoOccurrence: true })).toHaveLength(1);
  });

  it.each([
    ['李伟的同事会见了王芳。'],
    ['张勇是阿里巴巴集团的客户。'],
    ['腾讯与京东竞争激烈。'],
    ['王芳的同事访问了上海，并会见了李明。'],
    ['王芳在清华大学读书。'],
    ['华为在深圳发布了新手机。'],
  ])('the wrong wording gives no typed relation: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
  });

  it.each([
    ['星辰集团收购了总部位于深圳的蓝海银行。', ['ACQUIRED(星辰集团,蓝海银行)', 'HEADQUARTERED_IN(蓝海银行,深圳)']],
    ['蓝海银行是星辰集团的全资子公司。', ['PART_OF(蓝海银行,星辰集团)']],
    ['星辰集团旗下的蓝海银行发布了财报。', ['PART_OF(蓝海银行,星辰集团)']],
    ['星辰集团的子公司蓝海银行发布了财报。', ['PART_OF(蓝海银行,星辰集团)']],
    ['王芳的丈夫李伟出席了会议。', ['SPOUSE_OF(王芳,李伟)']],
    ['李伟与王芳结婚。', ['SPOUSE_OF(李伟,王芳)']],
    ['王芳嫁给了李伟。', ['SPOUSE_OF(王芳,李伟)']],
    ['李伟和妻子王芳出席了会议。', ['SPOUSE_OF(李伟,王芳)']],
  ])('acquisitions, ownership and marriage: %s', (text, relations) => {
    expect(relationsIn(text)).toEqual(relations);
  });

  it.each([
    // A stake in a company, or a company's spouse's business, is not the company or the spouse.
    ['星辰集团收购了蓝海银行的股份。'],
    ['星辰集团收购了蓝海银行20%的股权。'],
    ['王芳的丈夫的公司聘用了李伟。'],
    ['蓝海银行是星辰集团的客户。'],
    ['李伟没有与王芳结婚。'],
  ])('no acquisition, ownership or marriage: %s', (text) => {
    expect(relationsIn(text)).toEqual([]);
  });

  it('reads "Y隶属于X" as PART_OF between hand-placed mentions', () => {
    // The recogniser reads the whole sentence as one name, so the mentions are placed by hand.
    const text = '蓝海银行隶属于星辰集团。';
    expect(relationsBetween(extractChineseRelations, text, ['蓝海银行', 'Organization'], ['星辰集团', 'Organization'])).toEqual(['PART_OF(蓝海银行,星辰集团)']);
  });

  it('relates every member of "X和Y都是Z的成员" and reads a meeting after a travel clause', () => {
    expect(relationsIn('华为和中兴都是联合国的成员。')).toEqual(['MEMBER_OF(华为,联合国)', 'MEMBER_OF(中兴,联合国)']);
    expect(relationsIn('王芳访问了上海，并会见了李明。')).toEqual(['VISITED(王芳,上海)', 'MET(王芳,李明)']);
  });

  it('reads PRODUCES between an organisation and a product mention', () => {
    const relate = (text: string, first: [string, EntityType], second: [string, EntityType]) => relationsBetween(extractChineseRelations, text, first, second);
    expect(relate('华为生产的Mate手机很受欢迎。', ['华为', 'Organization'], ['Mate', 'Product'])).toEqual(['PRODUCES(华为,Mate)']);
    expect(relate('Mate手机由华为制造。', ['Mate', 'Product'], ['华为', 'Organization'])).toEqual(['PRODUCES(华为,Mate)']);
    expect(relate('华为评价Mate手机。', ['华为', 'Organization'], ['Mate', 'Product'])).toEqual(['CO_OCCURS_WITH(华为,Mate)']);
  });

  it('links other entity pairs by co-occurrence only, leaving dates and money out', () => {
    const text = '2024年，星辰集团以20亿元在北京收购了蓝海银行。';
    const mentions = recognizeChineseEntities(text);
    const relations = extractChineseRelations(text, [{ start: 0, end: text.length, text }], mentions);
    const named = (r: RelationCandidate) => `${r.type}(${mentions[r.subject]?.text},${mentions[r.object]?.text})`;
    expect(relations.map(named)).toEqual([
      'ACQUIRED(星辰集团,蓝海银行)',
      'CO_OCCURS_WITH(星辰集团,北京)',
      'CO_OCCURS_WITH(北京,蓝海银行)',
    ]);
    expect(relations[1]).toMatchObject({ confidence: 0.3, pattern: 'co-occurrence' });
  });

  it('relates only mentions inside the same sentence and returns the sentence as evidence', () => {
    const text = '马云创立了阿里巴巴。王芳访问了上海。';
    const sentences = [
      { start: 0, end: 10, text: text.slice(0, 10) },
      { start: 10, end: text.length, text: text.slice(10) },
    ];
    const mentions = recognizeChineseEntities(text);
    const relations = extractChineseRelations(text, sentences, mentions);
    expect(relations.map((r) => [r.type, r.subject, r.object, r.sentence.start])).toEqual([
      ['FOUNDED', 0, 1, 0],
      ['VISITED', 2, 3, 10],
    ]);
  });
});

describe('chineseRelationsCard', () => {
  it('is a bundled relations model named after the rules', () => {
    expect(chineseRelationsCard()).toMatchObject({ name: 'zh-rules-relations', task: 'relations', engine: 'bundled' });
  });
});
