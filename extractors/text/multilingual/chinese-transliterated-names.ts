import { isFollowedByNameEnd } from './chinese-person-names.js';
import type { ChineseSegmentation } from './chinese-segmentation.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

/**
 * Characters of the standard (Xinhua) transliteration of foreign names.
 * Particles and other function characters (的, 了, 在, 和, 与, 是, 会…) are
 * deliberately absent: they bound a name.
 */
const TRANSLITERATION_CHARS =
  '阿埃艾爱安昂敖奥澳巴拜班邦鲍保贝倍本比彼毕边宾波玻伯勃博布查察柴达戴丹道德得登邓狄迪蒂帝典丁东杜敦多厄恩尔法凡范方菲斐费芬丰冯佛夫弗伏福富盖甘冈高戈哥格葛根耿贡古瓜圭桂郭果哈海亥汉杭豪浩赫黑亨洪侯胡花华怀霍基吉及纪加迦贾嘉杰捷金津京久居喀卡开凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎李里理丽利莉力立连廉良列林琳铃凌留柳龙隆楼卢鲁陆路露伦罗洛律吕马玛迈麦曼芒梅美门蒙孟米密敏明摩莫墨默姆牧穆纳娜乃奈南楠内妮尼涅宁纽努诺欧帕派潘庞培佩彭皮平珀蒲普奇齐琪恰乔切钦琴青琼丘秋屈让热荣茹瑞若萨塞赛桑瑟森沙莎山珊尚绍舍申什圣施史士舒斯丝思松宋苏素索塔泰坦汤唐陶特滕提田汀廷通图托瓦万旺威韦维卫温文沃乌伍武西希锡席夏香肖谢辛欣休修徐许雅亚扬杨耶叶伊依易因英尤宇约泽扎詹朱兹卓佐祖娅薇黛娃茨翰逊顿治妲莲';
const PART = `[${TRANSLITERATION_CHARS}]{1,10}`;
/** The interpunct and the look-alikes writers type for it. */
const SEPARATOR = '[·•・‧∙]';
const JOINED_NAME = new RegExp(`${PART}(?:${SEPARATOR}${PART})+`, 'gu');
const SEPARATOR_CHAR = new RegExp(SEPARATOR, 'u');

/**
 * Foreign names as Chinese writes them: transliteration characters joined
 * by "·" ("埃琳娜·巴尔加斯", "萨提亚·纳德拉"). The character class can
 * reach into a neighbouring word ("总理安格拉·默克尔" would start at 理), so
 * both ends are pulled in to jieba word boundaries.
 */
export function findTransliteratedNames(segmentation: ChineseSegmentation): MultilingualMention[] {
  const { text } = segmentation;
  const mentions: MultilingualMention[] = [];
  for (const match of text.matchAll(JOINED_NAME)) {
    const start = alignStart(segmentation, match.index);
    const end = alignEnd(segmentation, match.index + match[0].length);
    const name = text.slice(start, end);
    const parts = name.split(SEPARATOR_CHAR);
    if (parts.length < 2 || parts.some((part) => part.length === 0)) continue;
    mentions.push({
      start,
      end,
      text: name,
      type: 'Person',
      confidence: ML_CONFIDENCE.transliteratedPerson,
      engine: 'pattern',
      rule: 'transliteration',
    });
  }
  return mentions;
}

/** Titles that put a bare transliterated surname after them: "法国总统马克龙", "微软首席执行官纳德拉". */
const TITLES = [
  '总统', '首相', '总理', '主席', '国王', '女王', '王子', '部长', '外长', '大使', '首席执行官', '执行官', '总裁', '董事长',
  '创始人', '教授', '博士', '议员', '市长', '州长', '教练', '球星', '歌手', '演员', '作家', 'CEO',
];
const AFTER_TITLE = new RegExp(`(?:${TITLES.join('|')})([${TRANSLITERATION_CHARS}]{2,6})`, 'gu');

/**
 * A foreign surname written without "·" is only recognisable by its
 * context; a title right before it is the cue used here, with the same
 * word-boundary and name-end checks as native names.
 */
export function findTitledTransliterations(segmentation: ChineseSegmentation): MultilingualMention[] {
  const { text } = segmentation;
  const mentions: MultilingualMention[] = [];
  for (const match of text.matchAll(AFTER_TITLE)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    if (!segmentation.isBoundary(start)) continue;
    const end = alignEnd(segmentation, start + name.length);
    if (end - start < 2 || !isFollowedByNameEnd(segmentation, end)) continue;
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'Person',
      confidence: ML_CONFIDENCE.titledTransliteration,
      engine: 'pattern',
      rule: 'title-transliteration',
    });
  }
  return mentions;
}

function alignStart(segmentation: ChineseSegmentation, start: number): number {
  return segmentation.isBoundary(start) ? start : (segmentation.tokenAt(start)?.end ?? start);
}

function alignEnd(segmentation: ChineseSegmentation, end: number): number {
  return segmentation.isBoundary(end) ? end : (segmentation.tokenAt(end - 1)?.start ?? end);
}
