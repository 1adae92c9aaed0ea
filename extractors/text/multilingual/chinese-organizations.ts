import type { ChineseSegmentation } from './chinese-segmentation.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { ChineseToken } from './jieba-engine.js';
import type { MultilingualMention } from './types.js';

/** Legal forms and institution nouns that end organisation names; chains are allowed ("科技有限公司"). */
const SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限公司', '控股集团', '集团公司', '公司', '集团', '控股', '大学', '学院', '银行',
  '研究院', '研究所', '研究中心', '基金会', '科技', '组织', '协会', '委员会', '实验室', '医院', '电视台', '通讯社',
  '出版社', '航空', '证券', '保险', '资本', '汽车', '电气', '传媒', '工作室', '事务所',
  // Heads of associations, whose names are usually descriptive words ("绿色能源联盟", "城市规划学会").
  '联盟', '联合会', '商会', '学会', '研究会', '促进会',
];
const SUFFIX_CHAIN = alternation(SUFFIXES, '+');
/** Heads of recurring named events ("未来出行论坛", "全球气候峰会"); one head, no chains. */
const EVENT_HEADS = ['论坛', '峰会', '博览会', '研讨会', '展览会'];
const EVENT_HEAD = alternation(EVENT_HEADS, '');

function alternation(words: readonly string[], repeat: '' | '+'): RegExp {
  return new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})${repeat}`, 'gu');
}

/** jieba tags of words that can be part of a name; anything else ends the name going leftwards. */
const NAME_PART_TAGS = /^(?:n|nr|nrt|nrfg|ns|nt|nz|nl|ng|eng|j|a|b|an|zg|x)$/u;
/**
 * Time words (jieba `t`) that describe rather than date a name ("未来物流论坛",
 * "现代艺术博物馆"); other time words ("去年", "2024年") end it.
 */
const DESCRIPTIVE_TIME_WORDS = new Set(['未来', '现代', '当代', '近代', '古代']);
const PUNCTUATION_OR_SPACE = /^[\s\p{P}\p{S}]+$/u;
/** Words that are nouns to jieba but never part of a company name: roles and corporate nouns. */
const NEVER_IN_NAME = new Set([
  '首席', '执行官', '首席执行官', '总裁', '董事长', '董事', '创始人', '总部', '旗下', '子公司', '母公司', '员工', '双方', '协议',
]);
/** Determiners and classifiers before a generic noun phrase ("一家游戏公司", "该公司"). */
const DETERMINERS = new Set([
  '一家', '这家', '那家', '该', '此', '某', '多家', '两家', '几家', '各', '各大', '其', '每家', '一些', '这些',
  '一个', '这个', '那个', '多个', '几个', '各个', '每个', '某个', '整个', '一所', '这所', '该所',
]);
/** Descriptive words that on their own make a generic phrase ("游戏公司", "国有银行"), not a name. */
const GENERIC = new Set([
  '游戏', '科技', '高科技', '投资', '互联网', '网络', '软件', '能源', '汽车', '电子', '金融', '咨询', '贸易', '建筑', '媒体',
  '制药', '生物', '物流', '半导体', '芯片', '航空', '保险', '证券', '电信', '商业', '国有', '外资', '中资', '跨国', '上市',
  '大型', '小型', '新', '大', '小', '全球', '知名', '著名', '本地', '当地', '其他', '初创', '创业', '私营', '民营', '国际',
  // Kinds of non-commercial body: "环保组织", "非营利组织" name a category, not one organisation.
  '非营利', '非政府', '营利', '环保', '公益', '慈善', '民间', '学术', '行业', '政府', '社会',
]);
/** A character after the suffix that makes it a modifier, not the head ("大学生", "银行家", "公司法"). */
const NOT_THE_HEAD = /^[生家法界化长]/u;
const MAX_NAME_WORDS = 5;
const MAX_NAME_CHARS = 12;

/**
 * Organisations named by a suffix: "云帆科技有限公司", "星辰集团", "蓝海银行".
 * The name is collected leftwards over jieba words while they look like
 * name parts (nouns, proper nouns, Latin words) and stops at particles,
 * verbs, numerals and role nouns. A name made only of descriptive words or
 * led by a determiner is a generic phrase ("一家游戏公司") and is dropped.
 */
export function findSuffixedOrganizations(segmentation: ChineseSegmentation): MultilingualMention[] {
  return findHeaded(segmentation, SUFFIX_CHAIN, 'Organization');
}

/**
 * Named events by their head noun, with the same name rules as organisations:
 * "未来出行论坛" is an event, "在论坛上" and "这个论坛" are not.
 */
export function findHeadedEvents(segmentation: ChineseSegmentation): MultilingualMention[] {
  return findHeaded(segmentation, EVENT_HEAD, 'Event');
}

function findHeaded(segmentation: ChineseSegmentation, heads: RegExp, type: 'Organization' | 'Event'): MultilingualMention[] {
  const { text } = segmentation;
  const mentions: MultilingualMention[] = [];
  for (const match of text.matchAll(heads)) {
    const suffixStart = match.index;
    const end = suffixStart + match[0].length;
    if (NOT_THE_HEAD.test(text.charAt(end))) continue;
    const nameWords = nameWordsBefore(segmentation, suffixStart);
    const first = nameWords[0];
    if (!first || isGeneric(segmentation, nameWords)) continue;
    mentions.push({
      start: first.start,
      end,
      text: text.slice(first.start, end),
      type,
      confidence: type === 'Event' ? ML_CONFIDENCE.eventHead : ML_CONFIDENCE.organizationSuffix,
      engine: 'pattern',
      rule: type === 'Event' ? 'event-head' : 'org-suffix',
    });
  }
  return mentions;
}

/** The words of the name before a suffix, in text order. */
function nameWordsBefore(segmentation: ChineseSegmentation, suffixStart: number): ChineseToken[] {
  const words: ChineseToken[] = [];
  const straddling = segmentation.isBoundary(suffixStart) ? undefined : segmentation.tokenAt(suffixStart);
  // A dictionary word running into the suffix is part of the name only if it is a name itself ("北京大学/nt", not "高科技/n").
  if (straddling) {
    if (!/^(?:nt|nz|ns|nr|nrt|x)$/u.test(straddling.tag)) return [];
    words.push({ ...straddling, word: straddling.word.slice(0, suffixStart - straddling.start), end: suffixStart });
  }
  let cursor = straddling?.start ?? suffixStart;
  let chars = words[0]?.word.length ?? 0;
  while (words.length < MAX_NAME_WORDS) {
    const word = segmentation.tokenBefore(cursor);
    if (!word || !isNamePart(segmentation, word, words[0])) break;
    if (chars + word.word.length > MAX_NAME_CHARS) break;
    words.unshift(word);
    chars += word.word.length;
    cursor = word.start;
  }
  // A space only joins Latin words ("Nimbus Robotics"); it never starts a name.
  while (words[0] && PUNCTUATION_OR_SPACE.test(words[0].word)) words.shift();
  return words;
}

function isNamePart(segmentation: ChineseSegmentation, word: ChineseToken, next: ChineseToken | undefined): boolean {
  if (NEVER_IN_NAME.has(word.word) || DETERMINERS.has(word.word)) return false;
  if (/^\s+$/u.test(word.word)) {
    const before = segmentation.tokenBefore(word.start);
    return next?.tag === 'eng' && before?.tag === 'eng';
  }
  if (PUNCTUATION_OR_SPACE.test(word.word)) return false;
  return NAME_PART_TAGS.test(word.tag) || (word.tag === 't' && DESCRIPTIVE_TIME_WORDS.has(word.word));
}

function isGeneric(segmentation: ChineseSegmentation, nameWords: readonly ChineseToken[]): boolean {
  const first = nameWords[0];
  const before = first ? segmentation.tokenBefore(first.start) : undefined;
  if (before && DETERMINERS.has(before.word)) return true;
  return nameWords.every((word) => GENERIC.has(word.word));
}
