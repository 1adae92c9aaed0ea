import type { ChineseSegmentation } from './chinese-segmentation.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './chinese-surnames.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { ChineseToken } from './jieba-engine.js';
import type { MultilingualMention } from './types.js';

const HAN_CHAR = /^\p{Script=Han}$/u;
/**
 * Characters that end a name rather than belong to one: particles, copulas,
 * conjunctions, negations and adverbs ("李伟未会见" is 李伟 + 未, not 李伟未).
 */
const NEVER_IN_GIVEN_NAME = new Set([...'的了是在和与及等也都就被由对向将把说会着过吗呢吧啊之而或但并从给让未不没已曾还又再']);
/** Words that typically follow a name: verbs of speech and meeting, particles, titles. */
const FOLLOWERS = [
  '的', '会见', '会晤', '接见', '会面', '表示', '说', '称', '指出', '认为', '强调', '透露', '告诉', '回应', '宣布', '签署',
  '是', '为', '和', '与', '及', '同', '跟', '在', '于', '出生', '生于', '访问', '到访', '出访', '创立', '创办', '创建',
  '成立', '收购', '就职', '任职', '担任', '出任', '没有', '没', '未', '不', '并', '也', '都', '曾', '将', '已', '被', '由',
  '对', '向', '给', '今天', '昨天', '日前', '近日', '先生', '女士', '教授', '博士', '等', '率领', '带领', '领导', '参加',
  '出席', '来到', '前往', '加入', '离开', '负责', '希望', '一起', '一同', '共同', '分别', '均', '还', '又', '再', '正在',
  '随后', '则', '主席', '总统', '总理', '首相', '部长', '市长', '书记', '董事长', '总裁', '首席执行官', '经理', '主任', '院长',
];
const FOLLOWER_TAGS = /^(?:v|vd|p|c|d|u[jlzgdv]?|y)$/u;
/**
 * Adverbs and prepositions that open a predicate right after a subject
 * ("李伟则称", "陈静于2020年") but rarely end a given name; jieba often glues
 * them to a single-character given name ("伟则").
 */
const PREDICATE_OPENERS = new Set([...'则于却亦便即仍乃遂均皆']);
const PUNCTUATION_OR_SPACE = /^[\s\p{P}\p{S}]/u;
/** jieba tags under which a two-character word may still be a given name ("娜娜/nrt"). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'x', 'zg']);

/**
 * Chinese person names written natively: a known surname and one or two
 * given-name characters. Many surnames are ordinary characters (高 "high",
 * 金 "gold"), so a candidate must also (1) start and end on jieba word
 * boundaries, which rules out "于深圳" inside "位于深圳", with the surname a word
 * of its own unless the whole name is one; (2) not be one
 * dictionary word of another kind ("王国", "金融"); and (3) be followed by
 * punctuation, a particle, a verb or a title, which is also how the given
 * name's length is chosen ("李伟会见": 李伟, not 李伟会).
 */
export function findChinesePersonNames(segmentation: ChineseSegmentation): MultilingualMention[] {
  const { text } = segmentation;
  const mentions: MultilingualMention[] = [];
  for (const token of segmentation.tokens) {
    const found = nameStartingAt(segmentation, token.start);
    if (!found) continue;
    mentions.push({
      start: token.start,
      end: found,
      text: text.slice(token.start, found),
      type: 'Person',
      confidence: ML_CONFIDENCE.surnamePerson,
      engine: 'pattern',
      rule: 'surname',
    });
  }
  return mentions;
}

/** "小王", "老李": the familiar way to name someone by surname alone. */
const FAMILIAR_PREFIX = /^[小老]$/u;

/** The end of a surname-led name starting at `start`, or `undefined`. */
function nameStartingAt(segmentation: ChineseSegmentation, start: number): number | undefined {
  const { text } = segmentation;
  const familiarEnd = start + 2;
  if (FAMILIAR_PREFIX.test(text.charAt(start)) && SINGLE_SURNAMES.has(text.charAt(start + 1))) {
    if (segmentation.isBoundary(familiarEnd) && isFollowedByNameEnd(segmentation, familiarEnd)) return familiarEnd;
  }
  const surnames = [text.slice(start, start + 2), text.slice(start, start + 1)].filter(
    (s) => (s.length === 2 && COMPOUND_SURNAMES.has(s)) || (s.length === 1 && SINGLE_SURNAMES.has(s)),
  );
  for (const surname of surnames) {
    const givenStart = start + surname.length;
    const long = givenStart + 2 <= text.length && isPlausibleName(segmentation, start, givenStart, givenStart + 2);
    const short = givenStart + 1 <= text.length && isPlausibleName(segmentation, start, givenStart, givenStart + 1);
    // "陈静出生于": both 陈静出 and 陈静 pass, and only the predicate's start tells them apart.
    if (long && !(short && startsPredicate(text, givenStart + 1))) return givenStart + 2;
    if (short) return givenStart + 1;
  }
  return undefined;
}

/**
 * True when the character at `position` opens the predicate rather than ending
 * a name: an adverb such as 则, or the first character of a two-character
 * follower word that runs past it ("出" of 出生, "表" of 表示).
 */
function startsPredicate(text: string, position: number): boolean {
  if (PREDICATE_OPENERS.has(text.charAt(position))) return true;
  const rest = text.slice(position, position + 4);
  return FOLLOWERS.some((word) => word.length >= 2 && rest.startsWith(word));
}

function isPlausibleName(segmentation: ChineseSegmentation, start: number, givenStart: number, end: number): boolean {
  const { text } = segmentation;
  const given = [...text.slice(givenStart, end)];
  if (!given.every((char) => HAN_CHAR.test(char) && !NEVER_IN_GIVEN_NAME.has(char))) return false;
  if (!segmentation.isBoundary(end)) return false;
  const inside = segmentation.tokensWithin(start, end);
  // The surname is a word of its own, or the whole name is one word ("王小明/nr"); else "高兴地" would pass.
  const isOneWord = inside.length === 1 && inside[0]?.start === start && inside[0].end === end;
  if (!segmentation.isBoundary(givenStart) && !isOneWord) return false;
  if (isOneOrdinaryWord(inside, start, end) || isOneOrdinaryWord(inside, givenStart, end)) return false;
  return isFollowedByNameEnd(segmentation, end);
}

/** True when [start, end) is a single multi-character dictionary word with a non-name tag. */
function isOneOrdinaryWord(tokens: readonly ChineseToken[], start: number, end: number): boolean {
  const token = tokens.find((t) => t.start === start && t.end === end);
  return token !== undefined && token.word.length > 1 && !NAME_TAGS.has(token.tag);
}

/** True when what follows `end` can end a name: punctuation, a particle, a verb or a title. */
export function isFollowedByNameEnd(segmentation: ChineseSegmentation, end: number): boolean {
  const rest = segmentation.text.slice(end, end + 4);
  if (rest.length === 0 || PUNCTUATION_OR_SPACE.test(rest)) return true;
  if (FOLLOWERS.some((word) => rest.startsWith(word))) return true;
  const next = segmentation.tokenFrom(end);
  return next !== undefined && FOLLOWER_TAGS.test(next.tag);
}
