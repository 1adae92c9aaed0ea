import type { EntityType } from '../../../graph-schema/index.js';
import { RELATION_CONFIDENCE } from './confidence.js';
import type { RelationLanguage, RelationRule } from './relation-rules.js';

/**
 * Adverbials allowed between the parts of a pattern: time, manner, place
 * and means phrases ("今天", "正式", "在北京", "以20亿元", "于2015年"), and
 * the negations, which are let through on purpose so the walker sees and
 * blocks them rather than the pattern silently failing to match.
 */
const ADVERBIAL = String.raw`(?:今天|昨天|今日|昨日|日前|近日|此前|已经|已|正式|宣布|曾经|曾|也|还|将|共同|联合|于[^，。；！？,]{1,10}?|在[^，。；！？,]{1,12}?|以[^，。；！？,]{1,10}?|[一两二三四五六七八九十几多数]+次|没有|没|未|不|并未|从未|尚未|并非)*`;
const ROLE = '(?:首席执行官|CEO|总裁|行政总裁|首席执行长)';
const FOUNDING = '(?:共同创立|联合创立|联合创办|创立|创办|创建|成立|建立)';
/** A post or standing at an organisation, short of CEO ("首席财务官", "合伙人", "研究员"). */
const STAFF_ROLE = '(?:首席(?:财务|技术|运营|信息|科学|营销)官|财务总监|技术总监|副总裁|总经理|经理|董事|合伙人|工程师|研究员|科学家|教授|讲师|员工|雇员|发言人|顾问|分析师|经济学家|律师|主管|负责人)';
/** A title after a person's name ("陈静教授在…工作"). */
const TITLE = '(?:教授|博士|先生|女士|老师|院士|研究员|工程师|经理|总监)?';
/** Cooperation wording after "X与Y" ("合作", "建立了合作伙伴关系", "签署了战略合作协议"). */
const COOPERATION = '(?:合作|结盟|联手|携手|建立了?(?:战略)?(?:合作伙伴|合作|伙伴)关系|结成了?(?:战略)?(?:合作伙伴|伙伴|联盟)|达成了?(?:战略)?合作|签署了?(?:一项|一份)?(?:战略)?合作(?:协议|备忘录)|成立了?(?:一家)?合资)';
/** Making verbs ("生产", "制造", "研发"). */
const MAKING = '(?:生产|制造|研发|开发|设计|推出|发布)';

/** A short relative clause before the acquired company ("总部位于巴塞罗那的"). */
const MODIFIER = '[^，。；！？、]{1,14}的';
/** "收购了Y的股份", "收购了Y的Z": a stake, assets or a unit of Y, not Y itself. */
const NOT_A_STAKE = '^(?!的|[^，。；！？]{0,10}?(?:股份|股权|股票|资产|业务|部门|工厂|产品))';
/** Kinds of unit within a company ("全资子公司", "一部分"). */
const SUBSIDIARY = '(?:全资|控股)?(?:子公司|分公司|附属公司|一部分|部门|事业部)';
/** Words for a spouse ("妻子", "丈夫", "夫人"); not "先生", which is also "Mr.". */
const SPOUSE = '(?:妻子|丈夫|夫人|太太|爱人|老公|老婆)';

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
  { type: 'ACQUIRED', pattern: 'zh:x-acquired-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:收购|并购|购买)了?(?:${MODIFIER})?$`), after: re(NOT_A_STAKE), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'zh:y-acquired-by-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^${ADVERBIAL}被$`), after: re(`^${ADVERBIAL}(?:收购|并购)`), confidence: INDIRECT },
  { type: 'ACQUIRED', pattern: 'zh:x-completed-acquisition-of-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:完成|宣布)?了?对$`), after: re('^的?(?:收购|并购)'), confidence: DIRECT },
  // PART_OF: "Y是X的子公司", "X旗下的Y", "X的子公司Y", "Y隶属于X", "Y并入X"
  { type: 'PART_OF', pattern: 'zh:y-is-subsidiary-of-x', first: ORG, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:现在|目前|如今|现已)?(?:是|为|成为了?)$`), after: re(`^的?${SUBSIDIARY}`), confidence: DIRECT },
  { type: 'PART_OF', pattern: 'zh:x-subsidiary-y', first: ORG, second: ORG, subject: 'second', between: re(`^(?:旗下的?|的${SUBSIDIARY})$`), confidence: DIRECT },
  { type: 'PART_OF', pattern: 'zh:y-belongs-to-x', first: ORG, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:隶属于|从属于|归属于|隶属|被?并入了?|被?纳入了?)$`), confidence: INDIRECT },
  // SPOUSE_OF: "X的妻子Y", "X是Y的丈夫", "X与Y结婚", "X嫁给了Y", "X和妻子Y"
  { type: 'SPOUSE_OF', pattern: 'zh:x-spouse-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^(?:的|和|与|及|携)?(?:其|他的|她的)?${SPOUSE}$`), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'zh:x-is-spouse-of-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:是|为)$`), after: re(`^的?${SPOUSE}`), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'zh:x-and-y-married', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:与|和|同|跟)$`), after: re(`^${ADVERBIAL}(?:结婚|成婚|完婚|结为夫妻|喜结连理|是夫妻|是一对夫妻)`), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'zh:x-married-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:嫁给|娶)了?$`), confidence: DIRECT },
  // HEADQUARTERED_IN: "Y总部位于Z", "Y的总部设在Z", "总部位于Z的Y"
  { type: 'HEADQUARTERED_IN', pattern: 'zh:y-headquartered-in-z', first: ORG, second: PLACE, subject: 'first', between: re(`^的?(?:公司)?总部${ADVERBIAL}(?:位于|设在|设于|坐落于|在)$`), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'zh:headquartered-in-z-y', first: PLACE, second: ORG, subject: 'second', before: re('总部(?:位于|设在|设于)$'), between: re('^的$'), confidence: INDIRECT },
  // MET: "X会见了Y", "X与Y会面"
  { type: 'MET', pattern: 'zh:x-met-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:会见|会晤|接见|拜会|拜访|见)了?$`), confidence: DIRECT },
  { type: 'MET', pattern: 'zh:x-and-y-met', first: PERSON, second: PERSON, subject: 'first', between: re(`^${ADVERBIAL}(?:与|和|同|跟)$`), after: re(`^${ADVERBIAL}(?:举行了?)?(?:会面|会晤|会谈|见面|面谈)`), confidence: DIRECT },
  // WORKS_FOR: "Y的首席财务官X", "X是Y的合伙人", "X在Y担任…"
  { type: 'WORKS_FOR', pattern: 'zh:y-role-x', first: ORG, second: PERSON, subject: 'second', between: re(`^的?\\s*${STAFF_ROLE}\\s*$`), confidence: DIRECT },
  { type: 'WORKS_FOR', pattern: 'zh:x-is-role-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:是|为|担任|出任|现任)$`), after: re(`^的?(?:[^，。；、的]{1,6})?${STAFF_ROLE}`), confidence: DIRECT },
  // PARTNERED_WITH: "X与Y合作", "X与Y建立了合作伙伴关系", "X是Y的合作伙伴"
  { type: 'PARTNERED_WITH', pattern: 'zh:x-and-y-cooperate', first: ORG, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:与|和|同|跟)$`), after: re(`^${ADVERBIAL}${COOPERATION}`), confidence: DIRECT },
  { type: 'PARTNERED_WITH', pattern: 'zh:x-is-partner-of-y', first: ORG, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:是|为|成为)$`), after: re('^的?(?:[^，。；、的]{1,6})?(?:合作伙伴|战略伙伴|伙伴)'), confidence: DIRECT },
  // INVESTED_IN: "X向Y投资了…", "X投资了Y", "X入股Y"
  { type: 'INVESTED_IN', pattern: 'zh:x-invested-in-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:向|对)$`), after: re(`^${ADVERBIAL}(?:进行了?)?(?:投资|注资|增资)`), confidence: DIRECT },
  { type: 'INVESTED_IN', pattern: 'zh:x-invests-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:投资|注资|入股|领投|参投)了?$`), confidence: DIRECT },
  // MEMBER_OF: "X是Y的成员", "X加入了Y"
  { type: 'MEMBER_OF', pattern: 'zh:x-is-member-of-y', first: ['Person', 'Organization', 'Location'], second: ORG, subject: 'first', between: re(`^(?:[和与、及][^，。；]{1,16}?)?${ADVERBIAL}(?:都|均)?(?:是|为|成为了?)$`), after: re('^的?(?:正式|创始|首批)?(?:成员|会员|成员单位|会员单位|成员国)'), confidence: DIRECT },
  { type: 'MEMBER_OF', pattern: 'zh:x-joined-y', first: ['Organization', 'Location'], second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:加入|加盟)了?$`), confidence: INDIRECT },
  // PRODUCES: "X生产Y", "Y(手机)由X生产", "X生产的Y"
  { type: 'PRODUCES', pattern: 'zh:x-makes-y', first: ORG, second: ['Product'], subject: 'first', between: re(`^${ADVERBIAL}${MAKING}了?的?$`), confidence: DIRECT },
  { type: 'PRODUCES', pattern: 'zh:y-made-by-x', first: ['Product'], second: ORG, subject: 'second', between: re(`^[^，。；！？、的]{0,4}?${ADVERBIAL}(?:是)?由$`), after: re(`^${ADVERBIAL}${MAKING}`), confidence: INDIRECT },
  // LOCATED_IN: "Y位于Z", "Y在Z举行"
  { type: 'LOCATED_IN', pattern: 'zh:y-located-in-z', first: ['Organization', 'Location', 'Event'], second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:位于|坐落于|地处)$`), confidence: DIRECT },
  { type: 'LOCATED_IN', pattern: 'zh:event-held-in-z', first: ['Event'], second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:在|于)$`), after: re(`^${ADVERBIAL}(?:举行|举办|召开|开幕)`), confidence: DIRECT },
  // LIVES_IN: "X住在Z", "X在Z生活", "X定居Z"
  { type: 'LIVES_IN', pattern: 'zh:x-lives-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:住在|居住在|居住于|生活在|定居|定居在|定居于|常住)$`), confidence: DIRECT },
  { type: 'LIVES_IN', pattern: 'zh:x-lives-at-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}在$`), after: re(`^${ADVERBIAL}(?:生活|居住|定居|安家)`), confidence: DIRECT },
  // WORKS_FOR: "X在Y工作", "X就职于Y"
  { type: 'WORKS_FOR', pattern: 'zh:x-works-at-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${TITLE}${ADVERBIAL}在$`), after: re(`^${ADVERBIAL}(?:工作|任职|上班|供职|担任|任教|教书|从事)`), confidence: DIRECT },
  { type: 'WORKS_FOR', pattern: 'zh:x-employed-by-y', first: PERSON, second: ORG, subject: 'first', between: re(`^${ADVERBIAL}(?:就职于|任职于|供职于|效力于|受雇于|服务于)$`), confidence: DIRECT },
  // VISITED: "X访问了Z"
  { type: 'VISITED', pattern: 'zh:x-visited-z', first: ACTOR, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:访问|到访|出访|参观|考察|前往|来到|抵达)了?$`), confidence: DIRECT },
  // BORN_IN: "X出生于Z", "X在Z出生"
  { type: 'BORN_IN', pattern: 'zh:x-born-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}(?:出生于|生于|出生在)$`), confidence: DIRECT },
  { type: 'BORN_IN', pattern: 'zh:x-born-at-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^${ADVERBIAL}在$`), after: re(`^${ADVERBIAL}出生`), confidence: DIRECT },
];

/** A bracketed alias right after the first mention ("埃琳娜·巴尔加斯（Elena Vargas）会见了…") is not part of the relation. */
const LEADING_BRACKETS = /^\s*[（(][^）)]*[）)]\s*/u;
/**
 * A first clause about where the subject is or went, sharing its subject
 * with the next ("韦伯访问了上海，并在…会见了李伟", "X总部位于马德里，是Y的合作伙伴").
 * Only place and travel predicates: after other clauses the next one often
 * has a new, dropped subject.
 */
const LEADING_PLACE_CLAUSE = new RegExp(`^${ADVERBIAL}(?:总部)?(?:位于|设在|坐落于|访问了?|到访了?|前往|来到|抵达|回到)[^，。；！？]{1,12}，\\s*(?:并且?|还|也|随后|然后)?`, 'u');

function variantsOf(between: string): string[] {
  const variants: string[] = [];
  const withoutBrackets = LEADING_BRACKETS.test(between) ? between.replace(LEADING_BRACKETS, '') : undefined;
  if (withoutBrackets !== undefined) variants.push(withoutBrackets);
  for (const candidate of [between, withoutBrackets]) {
    if (candidate !== undefined && LEADING_PLACE_CLAUSE.test(candidate)) variants.push(candidate.replace(LEADING_PLACE_CLAUSE, ''));
  }
  return variants;
}

export const CHINESE_RELATIONS: RelationLanguage = {
  code: 'zh',
  rules: RULES,
  negation: /没有|没|未|不|并非|否认|拒绝/u,
  betweenVariants: variantsOf,
};
