import type { EntityType } from '../../../graph-schema/index.js';
import { RELATION_CONFIDENCE } from './confidence.js';
import type { RelationLanguage, RelationRule } from './relation-rules.js';

/**
 * Adverbials allowed before a verb ("ayer", "finalmente", "en 2019", "en
 * Madrid"), and the negations, which are let through on purpose so the
 * walker sees and blocks them rather than the pattern silently failing.
 */
const ADVERBIAL = String.raw`(?:(?:ayer|hoy|finalmente|oficialmente|también|ya|recientemente|anteriormente|todavía|aún|no|nunca|jamás|tampoco|en\s+\d{4}|en\s+\p{Lu}[\p{L}]+)\s+)*`;
const CEO_ROLE = String.raw`(?:director(?:a)?\s+ejecutiv[oa]|consejer[oa]\s+delegad[oa]|CEO|president(?:e|a)\s+ejecutiv[oa]|director(?:a)?\s+general)`;
/** A determiner and a noun naming the object's kind ("la empresa", "el banco"). */
const KIND = String.raw`(?:(?:a\s+)?(?:la|el|los|las)\s+(?:(?:empresa|compañía|firma|startup|start-up|tecnológica|entidad|banco|grupo|ciudad\s+de|capital)\s+)?)?`;
const OF = String.raw`(?:de|del)\s+(?:la\s+|los\s+)?`;

const PERSON: readonly EntityType[] = ['Person'];
const ORG: readonly EntityType[] = ['Organization'];
const PLACE: readonly EntityType[] = ['Location'];
const ACTOR: readonly EntityType[] = ['Person', 'Organization'];
const { pattern: DIRECT, indirectPattern: INDIRECT } = RELATION_CONFIDENCE;

const re = (source: string) => new RegExp(source, 'iu');

const RULES: readonly RelationRule[] = [
  // CEO_OF: "X, directora ejecutiva de Y", "X es el consejero delegado de Y", "la consejera delegada de Y, X"
  { type: 'CEO_OF', pattern: 'es:x-ceo-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s*,\\s*(?:(?:el|la|su|actual|nuevo|nueva)\\s+)*${CEO_ROLE}\\s+${OF}$`), confidence: DIRECT },
  { type: 'CEO_OF', pattern: 'es:x-is-ceo-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:es|fue|era|será|sigue\\s+siendo)\\s+(?:(?:el|la|actual|nuevo|nueva)\\s+)*${CEO_ROLE}\\s+${OF}$`), confidence: DIRECT },
  { type: 'CEO_OF', pattern: 'es:ceo-of-y-x', first: ORG, second: PERSON, subject: 'second', before: re(`${CEO_ROLE}\\s+${OF}$`), between: re('^\\s*,\\s*$'), confidence: INDIRECT },
  // WORKS_FOR: "X trabaja para Y", "X trabaja en Y"
  { type: 'WORKS_FOR', pattern: 'es:x-works-for-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:trabaja|trabajaba|trabajó|ha\\s+trabajado|trabajará)\\s+(?:para|en)\\s+${KIND}$`), confidence: DIRECT },
  // FOUNDED: "X fundó Y", "Y fue fundada por X", "X, fundador de Y"
  { type: 'FOUNDED', pattern: 'es:x-founded-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:fundó|cofundó|creó|ha\\s+fundado|había\\s+fundado)\\s+${KIND}$`), confidence: DIRECT },
  { type: 'FOUNDED', pattern: 'es:y-founded-by-x', first: ORG, second: PERSON, subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:fue|ha\\s+sido|había\\s+sido)\\s+(?:fundad[oa]|cofundad[oa]|cread[oa])\\s+(?:en\\s+\\d{4}\\s+)?por\\s+$`), confidence: INDIRECT },
  { type: 'FOUNDED', pattern: 'es:x-founder-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s*,\\s*(?:(?:el|la|su)\\s+)?(?:co)?fundador(?:a)?\\s+${OF}$`), confidence: DIRECT },
  // ACQUIRED: "X adquirió Y", "X compró Y", "Y fue adquirida por X"
  { type: 'ACQUIRED', pattern: 'es:x-acquired-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:adquirió|compró|ha\\s+adquirido|ha\\s+comprado|adquiere|compra|adquirirá|comprará)\\s+${KIND}$`), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'es:y-acquired-by-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:fue|ha\\s+sido|será)\\s+(?:adquirid[oa]|comprad[oa])\\s+(?:en\\s+\\d{4}\\s+)?por\\s+$`), confidence: INDIRECT },
  // HEADQUARTERED_IN: "Y, con sede en Z", "Y tiene su sede en Z"
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-with-seat-in-z', first: ORG, second: PLACE, subject: 'first', between: re('^\\s*,?\\s*con\\s+sede(?:\\s+central)?\\s+en\\s+$'), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-has-seat-in-z', first: ORG, second: PLACE, subject: 'first', between: re(`^\\s*,?\\s+(?:que\\s+)?${ADVERBIAL}(?:tiene|tenía|mantiene)\\s+su\\s+sede(?:\\s+central|\\s+social)?\\s+en\\s+$`), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-whose-seat-is-in-z', first: ORG, second: PLACE, subject: 'first', between: re('^\\s*,\\s*cuya\\s+sede(?:\\s+central)?\\s+(?:está|se\\s+encuentra)\\s+en\\s+$'), confidence: DIRECT },
  // MET: "X se reunió con Y", "X y Y se reunieron"
  { type: 'MET', pattern: 'es:x-met-with-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^\\s+${ADVERBIAL}se\\s+(?:reunió|ha\\s+reunido|reunirá|entrevistó)\\s+con\\s+$`), confidence: DIRECT },
  { type: 'MET', pattern: 'es:x-and-y-met', first: PERSON, second: PERSON, subject: 'first', between: re('^\\s+[ye]\\s+$'), after: re(`^\\s+${ADVERBIAL}(?:se\\s+reunieron|se\\s+han\\s+reunido|mantuvieron\\s+una\\s+reunión)`), confidence: DIRECT },
  // VISITED: "X visitó Z"
  { type: 'VISITED', pattern: 'es:x-visited-z', first: ACTOR, second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:visitó|ha\\s+visitado|visita|visitará|viajó\\s+a|ha\\s+viajado\\s+a)\\s+$`), confidence: DIRECT },
  // BORN_IN: "X nació en Z", "X, nacida en Z"
  { type: 'BORN_IN', pattern: 'es:x-born-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:nació|había\\s+nacido|ha\\s+nacido)\\s+(?:en\\s+\\d{4}\\s+)?en\\s+$`), confidence: DIRECT },
  { type: 'BORN_IN', pattern: 'es:x-born-in-z-appositive', first: PERSON, second: PLACE, subject: 'first', between: re('^\\s*,\\s*nacid[oa]\\s+en\\s+$'), confidence: DIRECT },
];

/** An appositive or bracket right after the first mention: ", directora ejecutiva de Nimbus S.A.," or "(Elena)". */
const LEADING_APPOSITIVE = /^\s*(?:,[^,;]{1,80},|\([^)]{1,80}\))/u;

export const SPANISH_RELATIONS: RelationLanguage = {
  code: 'es',
  rules: RULES,
  negation: /(?<![\p{L}])(?:no|nunca|jamás|tampoco|ni)(?![\p{L}])/iu,
  betweenVariants: (between) => (LEADING_APPOSITIVE.test(between) ? [between.replace(LEADING_APPOSITIVE, ' ')] : []),
};
