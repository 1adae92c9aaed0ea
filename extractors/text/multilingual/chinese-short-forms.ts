import { CJK_CORPORATE_SUFFIXES } from '../../resolve/name-affixes.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

const NAME_DOTS = /[·•・‧･]/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Trade words between a company's own name and its legal form: "瀚星|科技|有限公司", "宁巴斯|机器人|公司". */
const TRADE_WORDS = [
  '科技', '技术', '机器人', '视觉', '资本', '物流', '电子', '软件', '网络', '通信', '能源', '汽车', '医药', '生物', '传媒', '控股', '投资', '智能', '半导体',
].sort((a, b) => b.length - a.length);

/**
 * The short forms a Chinese text uses for names it has already given in
 * full: the surname of a "·"-joined transliteration ("韦伯" after
 * "克劳斯·韦伯", "巴尔加斯" after "埃琳娜·巴尔加斯") and the own name of a
 * company ("瀚星" after "瀚星科技有限公司", "宁巴斯" after "宁巴斯机器人公司").
 * Every later occurrence becomes a mention of the full name's type. jieba
 * cuts such words badly ("宁|巴斯" read as the place 巴斯, "巴尔加斯" as a
 * place), so these are offered to `resolveOverlaps` with the other
 * candidates: a longer span still wins, and so does the name table on the
 * same span.
 */
export function findChineseShortForms(text: string, mentions: readonly MultilingualMention[]): MultilingualMention[] {
  const forms = new Map<string, { type: 'Person' | 'Organization'; after: number }>();
  const add = (form: string, type: 'Person' | 'Organization', after: number) => {
    if ([...form].length < 2 || !HAN_ONLY.test(form)) return;
    const known = forms.get(form);
    if (known && known.type !== type) forms.set(form, { type, after: Number.POSITIVE_INFINITY }); // two readings: neither
    else if (!known) forms.set(form, { type, after });
  };
  for (const m of mentions) {
    if (m.type === 'Person' && NAME_DOTS.test(m.text)) add(m.text.split(NAME_DOTS).pop()?.trim() ?? '', 'Person', m.end);
    if (m.type === 'Organization') {
      const own = companyOwnName(m.text);
      if (own) add(own, 'Organization', m.end);
    }
  }
  const found: MultilingualMention[] = [];
  for (const [form, { type, after }] of forms) {
    for (let at = text.indexOf(form, after); at >= 0 && Number.isFinite(after); at = text.indexOf(form, at + form.length)) {
      found.push({ start: at, end: at + form.length, text: form, type, confidence: ML_CONFIDENCE.shortForm, engine: 'pattern', rule: 'short-form' });
    }
  }
  return found;
}

/** "瀚星科技有限公司" → "瀚星"; `undefined` unless a legal form and a trade word both came off. */
function companyOwnName(name: string): string | undefined {
  const suffix = [...CJK_CORPORATE_SUFFIXES].sort((a, b) => b.length - a.length).find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return undefined;
  const rest = name.slice(0, -suffix.length);
  const trade = TRADE_WORDS.find((w) => rest.endsWith(w) && rest.length > w.length);
  return trade ? rest.slice(0, -trade.length) : undefined;
}
