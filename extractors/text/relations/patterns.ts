import type { EntityType, RelationType } from '../../../graph-schema/index.js';

/** Allowed (subject type, object type) pairs. */
export type TypePairs = ReadonlyArray<readonly [EntityType, EntityType]>;

/**
 * A pattern over the normalised text between two mentions (see
 * `between-text.ts`). `forward`: the earlier mention is the subject ("X
 * founded Y"); `backward`: the later one is ("Y was founded by X").
 */
export interface PairPattern {
  name: string;
  type: RelationType;
  direction: 'forward' | 'backward';
  types: TypePairs;
  between: RegExp;
  /** Must match the normalised rest of the sentence after the later mention ("…, where Y is based"). */
  after?: RegExp;
  /** Must match the normalised text just before the earlier mention, anchored at its end ("the sale of Y to X"). */
  before?: RegExp;
  confidence: number;
}

/**
 * A relation among the members of a coordination, read from the text after
 * it ("X and Y met") or before it ("talks between X and Y").
 */
export interface GroupPattern {
  name: string;
  type: RelationType;
  memberTypes: readonly EntityType[];
  after?: RegExp;
  before?: RegExp;
  confidence: number;
}

const pairs = (subjects: readonly EntityType[], objects: readonly EntityType[]): TypePairs =>
  subjects.flatMap((s) => objects.map((o) => [s, o] as const));

/** What may open the stretch between two mentions: an apposition comma, a relative pronoun, auxiliaries and adverbs. */
const LEAD = String.raw`(?:, ?)?(?:(?:who|which|that) )?(?:(?:has|have|had|also|then|later|recently|reportedly|officially|formally|finally|eventually|once|already|jointly|previously|subsequently|now|currently|[a-z]+ly) )*`;
/** What may close it before the object: determiners and a head noun naming the object's kind ("acquired rival start-up Y"). */
const TAIL = String.raw`(?: (?:the|a|an|its|their|his|her|rival|fellow|start-?up|firm|company|carmaker|automaker|chipmaker|bank|group|brand|city of|country|capital|new|latest|flagship|dr\.|mr\.|mrs\.|ms\.|prof\.|professor|sir|dame)){0,3},?`;
const phrase = (core: string): RegExp => new RegExp(`^${LEAD}(?:${core})${TAIL}$`, 'iu');
/** For patterns that are the whole stretch ("Austin, Texas"), with no lead or tail. */
const exactly = (core: string): RegExp => new RegExp(`^(?:${core})$`, 'iu');

const PERSON = ['Person'] as const;
const ORG = ['Organization'] as const;
const PLACE = ['Location'] as const;
const CEO = String.raw`(?:ceo|chief executive(?: officer)?)`;
const ROLE = String.raw`(?:head|director|professor|lecturer|teacher|managing director|chairman|chairwoman|chair|president|vice president|chief [a-z]+ officer|cfo|cto|coo|cio|spokesperson|spokesman|spokeswoman|executive|manager|chief economist|economist|analyst|engineer|scientist|researcher|lawyer|adviser|advisor|employee)`;

const p = (
  name: string,
  type: RelationType,
  direction: PairPattern['direction'],
  types: TypePairs,
  between: RegExp,
  confidence: number,
  after?: RegExp,
  before?: RegExp,
): PairPattern => ({ name, type, direction, types, between, confidence, ...(after ? { after } : {}), ...(before ? { before } : {}) });

/** Who may acquire what: a company buys a company or a product line, a person buys a company. */
const ACQUISITION: TypePairs = [...pairs(ORG, ['Organization', 'Product']), ['Person', 'Organization']];
/** A deal noun right before the acquired mention ("the sale of Y", "the takeover of Y"), with an optional kind noun. */
const DEAL_OF = (nouns: string): RegExp => new RegExp(String.raw`\b(?:${nouns}) of(?: the| its| their)?(?: (?:start-?up|firm|company|group|unit|division|business|bank|brand))?$`, 'iu');

/**
 * Confidence per pattern: 0.85–0.9 for explicit verbs and role nouns
 * ("founded", "acquired by", "CEO of", "born in"); 0.75–0.8 for phrasings
 * that usually but not always state the relation ("met", "moved to",
 * "Apple engineer X"); 0.5–0.7 for thin cues ("Apple's iPhone", "X of Y",
 * "X in Y", "joined", "agreed to buy"), where the relation is likely but
 * the wording also fits others. CEO_OF is not doubled as WORKS_FOR: the
 * ontology can entail employment from it, and emitting both would count one
 * sentence twice as evidence.
 */
export const PAIR_PATTERNS: readonly PairPattern[] = [
  p('works-for', 'WORKS_FOR', 'forward', pairs(PERSON, ORG), phrase(String.raw`(?:works?|worked|working) (?:for|at)|(?:is |was )?employed (?:by|at)|(?:teaches|taught|lectures|lectured)(?: [a-z-]+){0,2} at`), 0.85),
  p('role-at', 'WORKS_FOR', 'forward', pairs(PERSON, ORG), phrase(String.raw`(?:(?:is|was|became|as) )?(?:an?|the) (?:senior |junior |lead |former )?${ROLE} (?:at|for|of)|(?:is|was|became|as) ${ROLE} (?:at|for|of)`), 0.75),
  p('apposition-at', 'WORKS_FOR', 'forward', pairs(PERSON, ORG), exactly(String.raw`, (?:an?|the) (?:[a-z-]+ ){0,2}[a-z-]+ (?:at|for)`), 0.7),
  p('joined', 'WORKS_FOR', 'forward', pairs(PERSON, ORG), phrase('joined|joins'), 0.7),
  p('org-role-person', 'WORKS_FOR', 'backward', pairs(PERSON, ORG), exactly(String.raw`(?:'s )?(?:senior |lead |chief )?${ROLE},?`), 0.7),
  p('hired', 'WORKS_FOR', 'backward', pairs(PERSON, ORG), phrase('hired|hires|recruited|appointed|employs|employed'), 0.75),

  p('ceo-of', 'CEO_OF', 'forward', pairs(PERSON, ORG), phrase(String.raw`(?:(?:is|was|became|remains|as|named|appointed|was named|was appointed|has been) (?:as )?)?(?:the )?(?:new |interim )?${CEO} (?:of|at)`), 0.9),
  p('org-ceo', 'CEO_OF', 'backward', pairs(PERSON, ORG), exactly(String.raw`(?:'s )?(?:new |interim )?${CEO},?`), 0.85),

  p('founded', 'FOUNDED', 'forward', pairs(['Person', 'Organization'], ORG), phrase('co-?founded|founded|set up|established'), 0.85),
  p('founder-of', 'FOUNDED', 'forward', pairs(PERSON, ORG), phrase(String.raw`(?:(?:is|was|as) )?(?:the |a )?(?:co-?founder|founder)s? of`), 0.85),
  p('founded-by', 'FOUNDED', 'backward', pairs(['Person', 'Organization'], ORG), phrase(String.raw`(?:(?:is|was|were|had been|being) )?(?:co-?founded|founded|set up|established) by`), 0.85),
  p('org-founder', 'FOUNDED', 'backward', pairs(PERSON, ORG), exactly(String.raw`(?:'s )?(?:co-?founder|founder)s?,?`), 0.8),

  p('acquired', 'ACQUIRED', 'forward', ACQUISITION, phrase(String.raw`acquired|acquires|bought|purchased|took over|has taken over|snapped up|completed (?:its |the )?(?:acquisition|purchase|takeover) of`), 0.85),
  p('agreed-to-acquire', 'ACQUIRED', 'forward', ACQUISITION, phrase(String.raw`(?:agreed|announced plans|plans|offered|struck a deal) to (?:buy|acquire|take over|purchase)`), 0.6),
  // "X announced that it had acquired Y": the reported clause's "it" is the company itself.
  p('said-it-acquired', 'ACQUIRED', 'forward', pairs(ORG, ['Organization', 'Product']), phrase(String.raw`(?:said|says|announced|announces|confirmed|confirms|disclosed|revealed) (?:that )?it (?:had |has )?(?:acquired|bought|purchased|taken over|took over)`), 0.75),
  p('acquisition-of', 'ACQUIRED', 'forward', ACQUISITION, exactly(String.raw`'s (?:[a-z0-9<>$.-]+ ){0,3}(?:acquisition|purchase|takeover) of(?: the)?`), 0.75),
  p('acquired-by', 'ACQUIRED', 'backward', ACQUISITION, phrase(String.raw`(?:(?:is|was|were|has been|had been|being) )?(?:acquired|bought|purchased|taken over|snapped up) by`), 0.85),
  p('sold-to', 'ACQUIRED', 'backward', ACQUISITION, phrase(String.raw`(?:is|was|were|has been|had been|being) sold to`), 0.75),
  // "the sale of Y to X", "the takeover of Y by X": the buyer follows the acquired company.
  p('sale-of-to', 'ACQUIRED', 'backward', ACQUISITION, exactly(String.raw`(?:, )?to(?: rival| fellow)?`), 0.75, undefined, DEAL_OF('sale|sell-?off|divestiture|divestment')),
  p('acquisition-of-by', 'ACQUIRED', 'backward', ACQUISITION, exactly(String.raw`(?:, )?by`), 0.75, undefined, DEAL_OF('acquisition|purchase|takeover|buyout')),

  p('headquartered-in', 'HEADQUARTERED_IN', 'forward', pairs(ORG, PLACE), phrase(String.raw`(?:(?:is|was|are|were) )?(?:(?:a|an|the) (?:[a-z-]+ ){1,3})?(?:headquartered|based) in|has (?:its|their) (?:headquarters|head office|hq) in|'s (?:headquarters|head office|hq)(?: (?:is|are|was))? in`), 0.85),
  p('place-based', 'HEADQUARTERED_IN', 'backward', pairs(ORG, PLACE), exactly('-based'), 0.8),
  p('place-where-based', 'HEADQUARTERED_IN', 'backward', pairs(ORG, PLACE), exactly(', where'), 0.75, /^(?:(?:is|are|was|were|has been) (?:headquartered|based)|(?:has|had) (?:its|their) (?:headquarters|head office|hq))\b/iu),
  p('located-in', 'LOCATED_IN', 'forward', pairs(['Organization', 'Location', 'Event'], PLACE), phrase(String.raw`(?:(?:is|are|was|were) )?(?:located|situated) in`), 0.85),
  p('is-in', 'LOCATED_IN', 'forward', pairs(['Organization', 'Location'], PLACE), phrase(String.raw`(?:is|are|lies|lie) in`), 0.7),
  p('held-in', 'LOCATED_IN', 'forward', pairs(['Event'], PLACE), phrase(String.raw`(?:(?:was|is|will be|were|are) )?(?:held|hosted|staged|played) in|(?:took|takes|will take) place in|(?:returned|returns|came|comes) to`), 0.8),
  p('place-comma-place', 'LOCATED_IN', 'forward', pairs(PLACE, PLACE), exactly(','), 0.7),
  p('place-in-place', 'LOCATED_IN', 'forward', pairs(PLACE, PLACE), exactly('in'), 0.7),
  p('event-in-place', 'LOCATED_IN', 'forward', pairs(['Event'], PLACE), exactly('in'), 0.65),
  // "Apple in Berlin" is left to co-occurrence: it more often places an event than the company ("sued Google in Berlin").
  p('org-of-place', 'LOCATED_IN', 'forward', pairs(ORG, PLACE), exactly('of'), 0.55),

  p('born-in', 'BORN_IN', 'forward', pairs(PERSON, PLACE), phrase(String.raw`(?:(?:was|is) )?born in`), 0.9),
  p('native-of', 'BORN_IN', 'forward', pairs(PERSON, PLACE), phrase(String.raw`(?:(?:is|was) )?(?:a )?native of`), 0.7),
  p('place-born', 'BORN_IN', 'backward', pairs(PERSON, PLACE), exactly('-born'), 0.8),

  p('lives-in', 'LIVES_IN', 'forward', pairs(PERSON, PLACE), phrase(String.raw`(?:lives|lived|living|resides|resided|residing|settled) in|(?:is |was )?(?:a )?resident of|has (?:a )?home in`), 0.8),
  p('moved-to', 'LIVES_IN', 'forward', pairs(PERSON, PLACE), phrase(String.raw`(?:moved|relocated|emigrated) to`), 0.7),

  p('met', 'MET', 'forward', pairs(PERSON, PERSON), phrase(String.raw`(?:met|meets|was meeting|is meeting)(?: with)?|(?:talked|talks|spoke|speaks) (?:with|to)|held (?:talks|a meeting) with|sat down with|shook hands with|had (?:a )?(?:meeting|talks|dinner|lunch|breakfast|call) with`), 0.8),

  p('visited', 'VISITED', 'forward', pairs(PERSON, PLACE), phrase(String.raw`visited|visits|toured|(?:travell?ed|went|flew|came|returned) to|arrived in|(?:paid|made) a (?:[a-z]+ )?visit to|(?:'s|on a|during a|during his|during her) (?:[a-z]+ )?(?:visit|trip) to`), 0.8),

  p('partnered-with', 'PARTNERED_WITH', 'forward', pairs(ORG, ORG), phrase(String.raw`(?:partnered|partners|partnering|teamed up|teams up|joined forces|collaborated|collaborates|allied) with|(?:signed|formed|announced|struck|entered into|agreed|launched|created|set up) (?:a |an )?(?:[a-z-]+ )?(?:partnership|alliance|joint venture|collaboration|agreement|deal) with|(?:is |are )?in (?:a )?partnership with|(?:opened|launched|created|set up|founded|formed|runs|run) (?:a |an )?joint (?:[a-z-]+ ){0,2}(?:laboratory|lab|venture|company|centre|center|programme|program|project) with|(?:(?:is|was|became|remains|as) )?(?:a |an |the )?(?:long-?time |strategic |key |technology |research |major )?partner (?:of|to)`), 0.8),

  p('invested-in', 'INVESTED_IN', 'forward', pairs(['Person', 'Organization'], ['Organization', 'Product']), phrase(String.raw`(?:invested|invests|is investing|has invested)(?: [a-z]+ly)? (?:<money> )?in|(?:poured|pumped|put|injected) <money> into|backed|(?:took|takes|bought|buys|acquired|holds|has|built) (?:a |an )?(?:[a-z0-9.%<>-]+ ){0,3}stake in|led (?:a |an |the )?(?:[a-z0-9<>-]+ ){0,3}(?:funding|investment|financing) round (?:in|for)|(?:is |was |became )?an? (?:early |major |lead )?investor in`), 0.8),
  p('bought-shares', 'INVESTED_IN', 'forward', pairs(['Person', 'Organization'], ORG), phrase(String.raw`(?:bought|buys|purchased|acquired) (?:<money> (?:worth )?(?:of )?)?shares (?:of|in)`), 0.7),
  p('backed-by', 'INVESTED_IN', 'backward', pairs(['Person', 'Organization'], ORG), phrase(String.raw`(?:(?:is|was|are|were|has been) )?(?:(?:financially|jointly) )?(?:backed|funded|financed|bankrolled) by`), 0.75),
  p('org-backed', 'INVESTED_IN', 'backward', pairs(['Person', 'Organization'], ORG), exactly('-backed'), 0.75),
  p('raised-from', 'INVESTED_IN', 'backward', pairs(['Person', 'Organization'], ORG), phrase(String.raw`raised (?:<money> )?(?:in (?:new )?funding )?from`), 0.7),

  p('produces', 'PRODUCES', 'forward', pairs(ORG, ['Product']), phrase(String.raw`makes|made|produces|produced|manufactures|manufactured|builds|built|released|releases|launched|launches|unveiled|unveils|introduced|introduces|announced|announces|develops|developed|designs|designed|sells|sold|ships|shipped|debuted|showcased|showcases|will (?:showcase|launch|release|unveil|ship)`), 0.8),
  p('maker-of', 'PRODUCES', 'forward', pairs(ORG, ['Product']), phrase(String.raw`(?:(?:is|as) )?(?:the |a )?(?:maker|manufacturer|developer|creator|producer|designer) of`), 0.8),
  p('product-maker', 'PRODUCES', 'backward', pairs(ORG, ['Product']), exactly(String.raw`(?:maker|manufacturer|developer|creator)`), 0.8),
  p('made-by', 'PRODUCES', 'backward', pairs(ORG, ['Product']), phrase(String.raw`(?:(?:is|was|are|were) )?(?:made|built|developed|produced|manufactured|designed|created|released) by`), 0.8),
  p('org-possessive-product', 'PRODUCES', 'forward', pairs(ORG, ['Product']), exactly(String.raw`'s(?: new| latest| flagship| popular)?`), 0.6),

  p('member-of', 'MEMBER_OF', 'forward', pairs(['Person', 'Organization', 'Location'], ORG), phrase(String.raw`(?:(?:is|was|became|remains|as) )?(?:a |an |one of the )?(?:[a-z-]+ )?members? (?:state )?of|belongs to`), 0.8),
  p('members-include', 'MEMBER_OF', 'backward', pairs(['Person', 'Organization', 'Location'], ORG), phrase(String.raw`(?:'s|, whose) (?:[a-z-]+ )?members (?:include|included|are|were)`), 0.8),
  p('counts-among-members', 'MEMBER_OF', 'backward', pairs(['Person', 'Organization', 'Location'], ORG), phrase('counts|counted|lists|listed'), 0.75, /^among (?:its|their) (?:[a-z-]+ )?(?:members|ranks)\b/iu),
  p('joined-body', 'MEMBER_OF', 'forward', pairs(['Organization', 'Location'], ORG), phrase(String.raw`joined|(?:was |were )?admitted to`), 0.7),

  p('part-of', 'PART_OF', 'forward', [...pairs(ORG, ORG), ...pairs(PLACE, PLACE)], phrase(String.raw`(?:(?:is|was|became|has become|had become|as) (?:now |still |effectively |formally |officially )?)?(?:a |an |the )?(?:wholly[- ]owned |majority[- ]owned |fully[- ]owned )?(?:part|subsidiary|division|unit|arm|brand|branch|affiliate) of`), 0.8),
  p('owned-by', 'PART_OF', 'forward', pairs(ORG, ORG), phrase(String.raw`(?:(?:is|was) )?(?:now )?(?:wholly |majority )?owned by`), 0.7),
  p('merged-into', 'PART_OF', 'forward', pairs(ORG, ORG), phrase(String.raw`(?:(?:is|was|has been|had been) )?(?:merged|folded|absorbed|integrated) into`), 0.7),
  // "Meta's subsidiary Instagram", "Meta unit Instagram".
  p('org-subsidiary', 'PART_OF', 'backward', pairs(ORG, ORG), exactly(String.raw`(?:'s )?(?:wholly[- ]owned |new )?(?:subsidiary|unit|division),?`), 0.75),

  p('spouse', 'SPOUSE_OF', 'forward', pairs(PERSON, PERSON), phrase(String.raw`married|(?:is|was|has been|had been|got|became) married to|wed|(?:(?:'s|and) )?(?:his |her )?(?:wife|husband|spouse)|(?:the )?(?:wife|husband|spouse) of|, whose (?:wife|husband|spouse) (?:is|was)`), 0.85),
];

const g = (name: string, type: RelationType, memberTypes: readonly EntityType[], confidence: number, context: { after?: RegExp; before?: RegExp }): GroupPattern => ({
  name,
  type,
  memberTypes,
  confidence,
  ...context,
});

const BOTH = String.raw`(?:(?:have|had|has|both|have both|also|then|later|first|finally) )*`;

export const GROUP_PATTERNS: readonly GroupPattern[] = [
  g('met-together', 'MET', PERSON, 0.75, { after: new RegExp(String.raw`^${BOTH}(?:met|talked|spoke|held talks|shook hands|sat down)\b`, 'iu') }),
  g('meeting-between', 'MET', PERSON, 0.75, { before: /\b(?:meeting|talks|summit|call|conversation) (?:between|of)$/iu }),
  g('married-together', 'SPOUSE_OF', PERSON, 0.8, { after: new RegExp(String.raw`^${BOTH}(?:(?:are|were|got|have been|had been) )?(?:married|wed)\b|^${BOTH}tied the knot\b`, 'iu') }),
  g(
    'partnered-together',
    'PARTNERED_WITH',
    ORG,
    0.75,
    {
      after: new RegExp(
        String.raw`^${BOTH}(?:partnered|teamed up|joined forces|agreed to (?:partner|cooperate|collaborate)|(?:formed|signed|announced|struck|entered into|created|set up|launched) (?:a |an )?(?:[a-z-]+ )?(?:partnership|alliance|joint venture|collaboration|(?:cooperation|partnership|collaboration|strategic|supply|licensing|research) agreement))\b`,
        'iu',
      ),
    },
  ),
  g('partnership-between', 'PARTNERED_WITH', ORG, 0.75, { before: /\b(?:partnership|alliance|joint venture|collaboration|deal) (?:between|of)$/iu }),
];
