import type { EntityType } from '../../../graph-schema/index.js';
import { RELATION_CONFIDENCE } from './confidence.js';
import type { RelationLanguage, RelationRule } from './relation-rules.js';

/**
 * Adverbials allowed between the parts of a pattern: time, manner, place
 * and means phrases ("今天", "正式", "在北京", "以20亿元", "于2015年"), and
 * the negations, which are let through on purpose so the walker sees and
 * blocks them rather than the pattern silently failing to match.
 */
const ADVERBIAL = String.raw`(?:今天|昨天|今日|昨日|日前|近日|此前|已经|已|正式|宣布|曾经|曾|也|还|将|共同|联合|于[^，。；！？,]{1,10}?|在[^，。；！？,]{1,8}?|以[^，。；！？,]{1,10}?|没有|没|未|不|并未|从未|尚未|并非)*`;
const ROLE = '(?:首席执行官|CEO|总裁|行政总裁|首席执行长)';
const FOUNDING = '(?:共同创立|联合创立|联合创办|创立|创办|创建|成立|建立)';

const PERSON: readonly EntityType[] = ['Person'];
const ORG: readonly EntityType[] = ['Organization'];
const PLACE: readonly EntityType[] = ['Location'];
const ACTOR: readonly EntityType[] = ['Person', 'Organization'];
const { pattern: DIRECT, indirectPattern: INDIRECT } = RELATION_CONFIDENCE;

const re = (source: string) => new RegExp(source, 'u');

const RULES: readonly RelationRule[] = [
  // CEO_OF: "X是Y的首席执行官", "Y首席执行官X", "Y的CEO X"
  { type: 'CEO_OF', pattern: 'zh:x-is-ceo-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:是|为|担任|出任|现任)$`), after: re(`^的?${ROLE}`), confidence: DIRECT },
  { type: 'CEO_OF', pattern: 'zh:y-ceo-x', first: ORG, second: PERSON, subject: 'second', between: re(`^的?\\s*${ROLE}\\s*$`), confidence: DIRECT },
  // FOUNDED: "X创立了Y", "Y由X创立", "Y的创始人X", "X是Y的创始人"
  { type: 'FOUNDED', pattern: 'zh:x-founded-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}${FOUNDING}了?$`), confidence: DIRECT },
  { type: 'FOUNDED', pattern: 'zh:y-founded-by-x', first: ORG, second: PERSON, subject: 'second', between: re(`^${ADVERBIAL}由$`), after: re(`^${ADVERBIAL}${FOUNDING}`), confidence: INDIRECT },
  { type: 'FOUNDED', pattern: 'zh:y-founder-x', first: ORG, second: PERSON, subject: 'second', between: re('^的?(?:联合)?(?:创始人|创办人)$'), confidence: DIRECT },
  { type: 'FOUNDED', pattern: 'zh:x-is-founder-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:是|为)$`), after: re('^的?(?:联合)?(?:创始人|创办人)'), confidence: DIRECT },
  // ACQUIRED: "X收购了Y", "Y被X收购", "X完成了对Y的收购"
  { type: 'ACQUIRED', pattern: 'zh:x-acquired-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:收购|并购|购买)了?$`), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'zh:y-acquired-by-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^${ADVERBIAL}被$`), after: re(`^${ADVERBIAL}(?:收购|并购)`), confidence: INDIRECT },
  { type: 'ACQUIRED', pattern: 'zh:x-completed-acquisition-of-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:完成|宣布)?了?对$`), after: re('^的?(?:收购|并购)'), confidence: DIRECT },
  // HEADQUARTERED_IN: "Y总部位于Z", "Y的总部设在Z", "总部位于Z的Y"
  { type: 'HEADQUARTERED_IN', pattern: 'zh:y-headquartered-in-z', first: ORG, second: PLACE, subject: 'first', between: re(`^的?(?:公司)?总部${ADVERBIAL}(?:位于|设在|设于|坐落于|在)$`), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'zh:headquartered-in-z-y', first: PLACE, second: ORG, subject: 'second', before: re('总部(?:位于|设在|设于)$'), between: re('^的$'), confidence: INDIRECT },
  // MET: "X会见了Y", "X与Y会面"
  { type: 'MET', pattern: 'zh:x-met-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:会见|会晤|接见|拜会|拜访|见)了?$`), confidence: DIRECT },
  { type: 'MET', pattern: 'zh:x-and-y-met', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:与|和|同|跟)$`), after: re(`^${ADVERBIAL}(?:举行了?)?(?:会面|会晤|会谈|见面|面谈)`), confidence: DIRECT },
  // WORKS_FOR: "X在Y工作", "X就职于Y"
  { type: 'WORKS_FOR', pattern: 'zh:x-works-at-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}在$`), after: re(`^${ADVERBIAL}(?:工作|任职|上班|供职)`), confidence: DIRECT },
  { type: 'WORKS_FOR', pattern: 'zh:x-employed-by-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:就职于|任职于|供职于|效力于|受雇于|服务于)$`), confidence: DIRECT },
  // VISITED: "X访问了Z"
  { type: 'VISITED', pattern: 'zh:x-visited-z', first: ACTOR, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:访问|到访|出访|参观|考察)了?$`), confidence: DIRECT },
  // BORN_IN: "X出生于Z", "X在Z出生"
  { type: 'BORN_IN', pattern: 'zh:x-born-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:出生于|生于|出生在)$`), confidence: DIRECT },
  { type: 'BORN_IN', pattern: 'zh:x-born-at-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}在$`), after: re(`^${ADVERBIAL}出生`), confidence: DIRECT },
];

/** A bracketed alias right after the first mention ("埃琳娜·巴尔加斯（Elena Vargas）会见了…") is not part of the relation. */
const LEADING_BRACKETS = /^\s*[（(][^）)]*[）)]\s*/u;

export const CHINESE_RELATIONS: RelationLanguage = {
  code: 'zh',
  rules: RULES,
  negation: /没有|没|未|不|并非|否认|拒绝/u,
  betweenVariants: (between) => (LEADING_BRACKETS.test(between) ? [between.replace(LEADING_BRACKETS, '')] : []),
};
