import { isProperEntry, isReference, nameFromGloss, stripAsides, surnameOf } from './cedict-gloss.js';
import type { ChineseLexicon } from './chinese-lexicon.js';
import { readingOf } from './chinese-names.js';
import { syllables } from './pinyin.js';

/**
 * Reading a foreign name written in Chinese characters ("安娜·韦伯") back
 * into the Latin spellings it may stand for. Chinese transliteration loses
 * information: 韦伯 is Webb, Webber or Weber, 巴 is both "ba" and "va", 尔 is
 * an "r" or an "l". So the answer is not one name but, per "·"-separated
 * part, a sequence of slots of alternative spellings; entity resolution reads
 * a candidate's Latin name against them (extractors/resolve/transliteration.ts).
 */

/** Per part, the slots to read in order; each slot lists alternative spellings (lower case, no diacritics). */
export type TransliterationSpellings = string[][][];

const NAME_DOTS = /[·•・‧･]/u;

/**
 * Syllables of the standard (Xinhua) transliteration of Western names, with
 * the characters that write them. The reading is the one used in names, which
 * is not always a character's everyday reading (伯 bo, not bai; 约 yue, not yao;
 * 什 shi, not shen), so it is listed rather than taken from the dictionary.
 */
const NAME_SYLLABLES =
  'a:阿 ai:埃艾爱 an:安 ang:昂 ao:敖奥澳 ba:巴 bai:拜 ban:班 bang:邦 bao:鲍保 bei:贝倍 ben:本 bi:比彼毕 bian:边 bin:宾 bo:波玻伯勃博 ' +
  'bu:布 cha:查察 chai:柴 ci:茨 da:达妲 dai:戴黛 dan:丹 dao:道 de:德得 deng:登邓 di:狄迪蒂帝 dian:典 ding:丁 dong:东 du:杜 dun:敦顿 ' +
  'duo:多 e:厄 en:恩 er:尔 fa:法 fan:凡范 fang:方 fei:菲斐费 fen:芬 feng:丰冯 fu:佛夫弗伏福富 gai:盖 gan:甘 gang:冈 gao:高 ge:戈哥格葛 ' +
  'gen:根 geng:耿 gong:贡 gu:古 gua:瓜 gui:圭桂 guo:郭果 ha:哈 hai:海亥 han:汉翰 hang:杭 hao:豪浩 he:赫 hei:黑 heng:亨 hong:洪 hou:侯 ' +
  'hu:胡 hua:花华 huai:怀 huo:霍 ji:基吉及纪 jia:加迦贾嘉 jie:杰捷 jin:金津 jing:京 jiu:久 ju:居 ka:喀卡 kai:开凯 kan:坎 kang:康 ' +
  'kao:考 ke:柯科可克 ken:肯 kong:孔 ku:库 kua:夸 kui:奎 kun:昆 la:拉腊 lai:莱赖 lan:兰 lang:朗 lao:劳 le:勒 lei:雷蕾 ' +
  'li:黎李里理丽利莉力立 lian:连廉莲 liang:良 lie:列 lin:林琳 ling:铃凌 liu:留柳 long:龙隆 lou:楼 lu:卢鲁陆路露 lun:伦 luo:罗洛 lü:律吕 ' +
  'ma:马玛 mai:迈麦 man:曼 mang:芒 mei:梅美 men:门 meng:蒙孟 mi:米密 min:敏 ming:明 mo:摩莫墨默 mu:姆牧穆 na:纳娜 nai:乃奈 nan:南楠 ' +
  'nei:内 ni:妮尼 nie:涅 ning:宁 niu:纽 nu:努 nuo:诺 ou:欧 pa:帕 pai:派 pan:潘 pang:庞 pei:培佩 peng:彭 pi:皮 ping:平 po:珀 pu:蒲普 ' +
  'qi:奇齐琪 qia:恰 qiao:乔 qie:切 qin:钦琴 qing:青 qiong:琼 qiu:丘秋 qu:屈 rang:让 re:热 rong:荣 ru:茹 rui:瑞 ruo:若 sa:萨 sai:塞赛 ' +
  'sang:桑 se:瑟 sen:森 sha:沙莎 shan:山珊 shang:尚 shao:绍 she:舍 shen:申 sheng:圣 shi:什施史士 shu:舒 si:斯丝思 song:松宋 su:苏素 ' +
  'suo:索 ta:塔 tai:泰 tan:坦 tang:汤唐 tao:陶 te:特 teng:滕 ti:提 tian:田 ting:汀廷 tong:通 tu:图 tuo:托 wa:瓦娃 wan:万 wang:旺 ' +
  'wei:威韦维卫薇 wen:温文 wo:沃 wu:乌伍武 xi:西希锡席 xia:夏 xiang:香 xiao:肖 xie:谢 xin:辛欣 xiu:休修 xu:徐许 xun:逊 ya:雅亚娅 ' +
  'yang:扬杨 ye:耶叶 yi:伊依易 yin:因 ying:英 you:尤 yu:宇 yue:约 za:扎 ze:泽 zhan:詹 zhi:治 zhu:朱 zhuo:卓 zi:兹 zu:祖 zuo:佐';

const SYLLABLE_OF: ReadonlyMap<string, string> = new Map(
  NAME_SYLLABLES.split(' ').flatMap((entry) => {
    const [syllable = '', chars = ''] = entry.split(':');
    return [...chars].map((char) => [char, syllable] as const);
  }),
);

/**
 * The Latin letters each pinyin initial writes in transliterated names, the
 * usual one first. Chinese has no r/l, b/v or doubled-consonant contrast, and
 * one character serves several languages' spellings (Spanish j and German ch
 * are both written with h-syllables: 霍尔迪 Jordi).
 */
const INITIALS: Readonly<Record<string, readonly string[]>> = {
  b: ['b', 'v', 'bb'], p: ['p', 'pp'], m: ['m', 'mm'], f: ['f', 'v', 'ph', 'ff'], d: ['d', 'dd'], t: ['t', 'th', 'tt'],
  n: ['n', 'nn'], l: ['l', 'r', 'll', 'rr'], g: ['g', 'gh', 'gg'], k: ['k', 'c', 'ck', 'ch', 'q'], h: ['h', 'j', 'g', 'ch', 'kh'],
  j: ['j', 'g', 'k', 'y', 'dj'], q: ['ch', 'k', 'c', 'q', 'ts'], x: ['s', 'sh', 'x', 'c', 'h', 'ss'], zh: ['zh', 'j', 'g'],
  ch: ['ch', 'c', 'tch'], sh: ['sh', 's', 'sch'], r: ['r', 'j'], z: ['z', 'ts', 'tz', 's'], c: ['ts', 'c', 'z', 'tz'],
  s: ['s', 'z', 'c', 'ss'], y: ['y', 'i', 'j', ''], w: ['w', 'v', 'u', ''], '': [''],
};
const INITIAL_ORDER = ['zh', 'ch', 'sh', ...Object.keys(INITIALS).filter((i) => i.length === 1)];

/**
 * The Latin letters each pinyin final writes. The vowels e and u (and the i of
 * si, zi, shi…) also stand for no vowel at all: Chinese adds one after a
 * consonant it cannot end a syllable with (克 k, 斯 s, 布 b). A trailing
 * unstressed "-er" is usually dropped (Weber 韦伯, Peter 彼得).
 */
const FINALS: Readonly<Record<string, readonly string[]>> = {
  a: ['a'], o: ['o', 'au', 'er'], e: ['e', '', 'a', 'er'], i: ['i', 'y', 'e'], u: ['u', '', 'o', 'ou', 'oo'], ü: ['u', 'ü', 'ue', 'y'],
  ai: ['ai', 'a', 'e', 'ay', 'ei'], ei: ['ei', 'e', 'ey', 'ay', 'ai', 'i'], ao: ['au', 'o', 'ao', 'ow'], ou: ['ou', 'o', 'u', 'ow', 'eu'],
  an: ['an', 'en', 'un', 'on'], en: ['en', 'an', 'in', 'n', 'on'], ang: ['ang', 'an', 'on'], eng: ['eng', 'en', 'un'], ong: ['ong', 'on', 'un'],
  er: ['r', 'er', 'l', 'ar', 'ir', 'el', 're'], ia: ['ia', 'a', 'ya'], ie: ['ie', 'e', 'ye'], iao: ['iao', 'yo', 'io'], iu: ['iu', 'u', 'ew', 'you'],
  ian: ['ian', 'en', 'yan', 'ien'], in: ['in', 'en', 'yn', 'n', 'ine'], iang: ['iang', 'yang', 'ian'], ing: ['ing', 'in', 'en', 'ine'],
  iong: ['iong', 'yon'], ua: ['ua', 'wa'], uo: ['o', 'uo', 'wo', 'ou'], uai: ['uai', 'wai'], ui: ['ui', 'wi', 'ue', 'i', 'uy'],
  uan: ['uan', 'wan', 'an'], un: ['un', 'en', 'on', 'n'], uang: ['uang', 'wang'], üe: ['ue', 'ye'], ue: ['ue', 'ye'], üan: ['uan', 'yan'], ün: ['un', 'yn'],
};
/** The "buzzed" i of si, zi, ci, shi, zhi, chi, ri: no vowel in a Western name (斯 s, 什 sch, 茨 tz). */
const BUZZED_I = ['', 'i'];

/** Characters whose Western value the pinyin rules miss: 约 is Jo- (约翰 John), 乔 is Geo-/Gio- (乔治 George). */
const CHARACTER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  约: ['yo', 'jo', 'io', 'yu', 'ju'],
  乔: ['jo', 'geo', 'gio', 'cho', 'chio', 'qiao'],
};

/** Alternative Latin spellings of one character of a transliterated name; undefined when it has no reading. */
export function characterSpellings(char: string, lexicon?: ChineseLexicon): string[] | undefined {
  const fixed = CHARACTER_SPELLINGS[char];
  if (fixed) return [...fixed];
  const syllable = SYLLABLE_OF.get(char) ?? (lexicon ? syllables(readingOf(char, lexicon) ?? '')[0]?.toLowerCase() : undefined);
  return syllable ? syllableSpellings(syllable) : undefined;
}

/** "ba" → ba, va, bba…; "si" → s, si, z, zi…; every initial spelling with every final spelling, none empty. */
export function syllableSpellings(syllable: string): string[] {
  const initial = INITIAL_ORDER.find((i) => syllable.startsWith(i)) ?? '';
  let final = syllable.slice(initial.length);
  // Pinyin writes ü as u after j, q, x and y.
  if (/^[jqxy]$/.test(initial) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  const finals = final === 'i' && /^(?:[zcsr]|zh|ch|sh)$/.test(initial) ? BUZZED_I : (FINALS[final] ?? [final]);
  const out = (INITIALS[initial] ?? [initial]).flatMap((i) => finals.map((f) => i + f)).filter(Boolean);
  return [...new Set(out)];
}

/** Glosses that are a list of a name's spellings: "Webb, Webber or Weber (name)", "(name) Michael", "Schmidt or Schmitt (surname)". */
const NAME_MARK = /\((?:person |given |family )?(?:sur)?name\)/i;

/**
 * The spellings CC-CEDICT lists for one part of a transliterated name. A
 * gloss may name the whole person ("Donald Trump (1946–)…"), so the final
 * part takes the last word of each name and earlier parts the first, as
 * `ChineseTermTranslator` does for its single translation.
 */
export function dictionarySpellings(part: string, lexicon: ChineseLexicon, isLastPart: boolean): string[] {
  const glosses = lexicon
    .lookup(part)
    .filter(isProperEntry)
    .flatMap((e) => e.english)
    .filter((g) => !isReference(g) && !surnameOf(g));
  const lists = glosses.filter((g) => NAME_MARK.test(g));
  const names = lists.length > 0
    ? lists.flatMap((g) => (stripAsides(g).split(';')[0] ?? '').split(/,\s*|\s+or\s+/))
    : glosses.slice(0, 1);
  const words = names.flatMap((name) => {
    const found = nameFromGloss(name)?.split(' ') ?? [];
    const word = isLastPart ? found[found.length - 1] : found[0];
    return word ? [fold(word)] : [];
  });
  return [...new Set(words.filter(Boolean))];
}

/**
 * "安娜·韦伯" → [[['anna']], [['webb', 'webber', 'weber']]]: per part, the
 * dictionary's spellings when it lists the part as a name, otherwise one slot
 * per character from the transliteration table ("巴尔加斯" → [ba, va…],
 * [r, l…], [ga, ja…], [s, z…]). Undefined for a name without "·" or with a
 * character that has no reading.
 */
export function transliterationSpellings(name: string, lexicon: ChineseLexicon): TransliterationSpellings | undefined {
  const parts = name.split(NAME_DOTS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const out: TransliterationSpellings = [];
  for (const [i, part] of parts.entries()) {
    const listed = dictionarySpellings(part, lexicon, i === parts.length - 1);
    if (listed.length > 0) {
      out.push([listed]);
      continue;
    }
    const slots = [...part].map((char) => characterSpellings(char, lexicon));
    if (slots.some((s) => s === undefined)) return undefined;
    out.push(slots as string[][]);
  }
  return out;
}

/** Lower case without diacritics, as resolution keys are written ("Müller" → "muller"). */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
