import type { EntityType } from '../../../graph-schema/index.js';
import { RELATION_CONFIDENCE } from './confidence.js';
import type { RelationLanguage, RelationRule } from './relation-rules.js';

/**
 * Adverbials allowed before a verb ("ayer", "finalmente", "en 2019", "en
 * Madrid"), and the negations, which are let through on purpose so the
 * walker sees and blocks them rather than the pattern silently failing.
 */
const ADVERBIAL = String.raw`(?:(?:ayer|hoy|finalmente|oficialmente|también|ya|recientemente|anteriormente|todavía|aún|allí|después|luego|desde\s+entonces|no|nunca|jamás|tampoco|en\s+\d{4}|en\s+\p{Lu}[\p{L}]+)\s+)*`;
const CEO_ROLE = String.raw`(?:director(?:a)?\s+ejecutiv[oa]|consejer[oa]\s+delegad[oa]|CEO|president(?:e|a)\s+ejecutiv[oa]|director(?:a)?\s+general)`;
/** A determiner and a noun naming the object's kind ("la empresa", "el banco"). */
const KIND = String.raw`(?:(?:a\s+)?(?:la|el|los|las)\s+(?:(?:empresa|compañía|firma|startup|start-up|tecnológica|entidad|banco|grupo|ciudad\s+de|capital)\s+)?)?`;
const OF = String.raw`(?:de|del)\s+(?:la\s+|los\s+)?`;
/** A job or standing at an organisation, short of CEO ("socia de", "director financiero de", "investigadora de"). */
const ROLE = String.raw`(?:soci[oa]|director(?:a)?(?:\s+(?:financier[oa]|técnic[oa]|comercial|general\s+adjunt[oa]|de\s+[\p{L}]+))?|ingenier[oa]|investigador(?:a)?|profesor(?:a)?|catedrátic[oa]|emplead[oa]|trabajador(?:a)?|portavoz|analista|economista|abogad[oa]|asesor(?:a)?|gerente|jef[ea](?:\s+de\s+[\p{L}]+)?|responsable(?:\s+de\s+[\p{L}]+)?|vicepresident[ea]|consejer[oa])`;
/** An amount between a verb and its preposition ("invirtió 40 millones de euros en"). */
const AMOUNT = String.raw`(?:(?:unos|unas|más\s+de|casi|otros|otras)\s+)?[\d.,]+\s+(?:mil\s+)?(?:millones\s+|millón\s+)?(?:de\s+)?(?:euros|dólares|libras|yuanes|yenes|€|\$)\s+`;
/** Cooperation wording ("una alianza", "un acuerdo de colaboración", "una empresa conjunta"). */
const PARTNERSHIP = String.raw`(?:una\s+|un\s+)?(?:alianza|asociación|colaboración|cooperación|empresa\s+conjunta|acuerdo\s+(?:de\s+(?:colaboración|cooperación|asociación)|estratégico))(?:\s+estratégica)?`;
/** An appositive noun phrase naming the subject's kind, before a participle ("una empresa emergente de visión artificial con sede en"). */
const KIND_APPOSITIVE = String.raw`(?:\s*,\s*(?:un|una|el|la)\s+[^,;]{1,60}?)?`;

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
  // WORKS_FOR: "X, socia de Y", "X es investigadora de Y", "X, de la Universidad Y," (affiliation)
  { type: 'WORKS_FOR', pattern: 'es:x-role-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s*,\\s*(?:(?:el|la|su|un|una)\\s+)?(?:(?:nuev[oa]|antigu[oa]|actual)\\s+)?${ROLE}\\s+${OF}$`), confidence: DIRECT },
  { type: 'WORKS_FOR', pattern: 'es:x-is-role-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:es|fue|era|será)\\s+(?:(?:el|la|un|una)\\s+)?${ROLE}\\s+(?:de|del|en)\\s+(?:la\\s+|los\\s+)?$`), confidence: DIRECT },
  { type: 'WORKS_FOR', pattern: 'es:x-of-y-appositive', first: PERSON, second: ORG, subject: 'first', between: re('^\\s*,\\s*(?:de|del)\\s+(?:la\\s+)?$'), after: re('^\\s*,'), confidence: INDIRECT },
  // PARTNERED_WITH: "X se asoció con Y", "X firmó una alianza con Y", "X colabora con Y", "X y Y firmaron una alianza"
  { type: 'PARTNERED_WITH', pattern: 'es:x-partnered-with-y', first: ORG, second: ORG, subject: 'first', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:se\\s+(?:asoció|asocia|ha\\s+asociado|aliaron|alió|alía|ha\\s+aliado)|colabora|colaboró|ha\\s+colaborado|coopera|cooperó)\\s+con\\s+${KIND}$`), confidence: DIRECT },
  { type: 'PARTNERED_WITH', pattern: 'es:x-signed-partnership-with-y', first: ORG, second: ORG, subject: 'first', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:firmó|firma|ha\\s+firmado|cerró|selló|formó|creó|ha\\s+creado|anunció|mantiene|estableció)\\s+${PARTNERSHIP}\\s+con\\s+${KIND}$`), confidence: DIRECT },
  { type: 'PARTNERED_WITH', pattern: 'es:x-and-y-partnered', first: ORG, second: ORG, subject: 'first', between: re('^\\s+[ye]\\s+$'), after: re(`^\\s+${ADVERBIAL}(?:se\\s+(?:asociaron|han\\s+asociado|aliaron|han\\s+aliado)|(?:firmaron|han\\s+firmado|sellaron|formaron|crearon|anunciaron)\\s+${PARTNERSHIP})`), confidence: DIRECT },
  { type: 'PARTNERED_WITH', pattern: 'es:partnership-between-x-and-y', first: ORG, second: ORG, subject: 'first', before: re(`(?:alianza|asociación|colaboración|cooperación|empresa\\s+conjunta|acuerdo\\s+de\\s+(?:colaboración|cooperación))\\s+entre\\s+${KIND}$`), between: re('^\\s+[ye]\\s+$'), confidence: INDIRECT },
  // INVESTED_IN: "X invirtió 40 millones de euros en Y", "Y, respaldada por X"
  { type: 'INVESTED_IN', pattern: 'es:x-invested-in-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:invirtió|invierte|ha\\s+invertido|había\\s+invertido|invertirá)\\s+(?:${AMOUNT})?en\\s+${KIND}$`), confidence: DIRECT },
  { type: 'INVESTED_IN', pattern: 'es:x-stake-in-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:adquirió|compró|tiene|posee|ha\\s+adquirido|ha\\s+tomado|tomó)\\s+una\\s+participación\\s+(?:[^,;]{1,30}\\s+)?en\\s+${KIND}$`), confidence: DIRECT },
  { type: 'INVESTED_IN', pattern: 'es:y-backed-by-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^\\s*,?\\s+(?:(?:que\\s+)?(?:está|fue|ha\\s+sido)\\s+)?(?:respaldad[oa]|financiad[oa])\\s+por\\s+${KIND}$`), confidence: INDIRECT },
  // MEMBER_OF: "X es miembro de Y", "X se unió a Y", "Y cuenta con X entre sus miembros"
  { type: 'MEMBER_OF', pattern: 'es:x-member-of-y', first: ['Person', 'Organization', 'Location'], second: ORG, subject: 'first', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:es|era|fue|sigue\\s+siendo|se\\s+hizo|pasó\\s+a\\s+ser)\\s+(?:(?:un|una)\\s+)?(?:miembro|socio|socia|integrante)\\s+(?:(?:fundador(?:a)?|de\\s+pleno\\s+derecho)\\s+)?${OF}$`), confidence: DIRECT },
  { type: 'MEMBER_OF', pattern: 'es:x-member-of-y-appositive', first: ['Person', 'Organization'], second: ORG, subject: 'first', between: re(`^\\s*,\\s*(?:(?:un|una)\\s+)?miembro\\s+${OF}$`), confidence: DIRECT },
  { type: 'MEMBER_OF', pattern: 'es:x-joined-y', first: ['Organization', 'Location'], second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:se\\s+(?:unió|ha\\s+unido|incorporó|ha\\s+incorporado|adhirió|ha\\s+adherido)\\s+a|ingresó\\s+en|ha\\s+ingresado\\s+en)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+)?$`), confidence: INDIRECT },
  { type: 'MEMBER_OF', pattern: 'es:y-counts-x-among-members', first: ORG, second: ['Organization', 'Person'], subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:cuenta|contaba)\\s+con\\s+$`), after: re('^(?:\\s*,?\\s*(?:y|e)\\s+[^,;]{1,40})?\\s+(?:entre\\s+sus\\s+(?:miembros|socios|integrantes)|como\\s+(?:miembro|socio)s?)'), confidence: INDIRECT },
  // PRODUCES: "X fabrica Y", "Y es fabricado por X", "X, fabricante de Y"
  { type: 'PRODUCES', pattern: 'es:x-makes-y', first: ORG, second: ['Product'], subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:fabrica|fabricó|produce|produjo|desarrolla|desarrolló|ha\\s+desarrollado|diseña|diseñó|lanzó|ha\\s+lanzado|comercializa|vende)\\s+(?:(?:el|la|los|las|su|sus)\\s+)?$`), confidence: DIRECT },
  { type: 'PRODUCES', pattern: 'es:y-made-by-x', first: ['Product'], second: ORG, subject: 'second', between: re(`^\\s*,?\\s+(?:(?:es|fue|son|fueron|ha\\s+sido)\\s+)?(?:fabricad[oa]s?|producid[oa]s?|desarrollad[oa]s?|diseñad[oa]s?)\\s+por\\s+$`), confidence: INDIRECT },
  { type: 'PRODUCES', pattern: 'es:x-maker-of-y', first: ORG, second: ['Product'], subject: 'first', between: re(`^\\s*,?\\s+(?:(?:es|era)\\s+)?(?:(?:el|la|un|una)\\s+)?(?:fabricante|productor(?:a)?|desarrollador(?:a)?)\\s+(?:de|del)\\s+(?:(?:el|la|los|las)\\s+)?(?:[\\p{Ll}]+\\s+)?$`), confidence: DIRECT },
  // LOCATED_IN: "Y, situada en Z", "Y está en Z"
  { type: 'LOCATED_IN', pattern: 'es:y-located-in-z', first: ['Organization', 'Location', 'Event'], second: PLACE, subject: 'first', between: re(`^\\s*,?\\s+(?:(?:está|estaba|se\\s+encuentra|se\\s+ubica|se\\s+sitúa)\\s+)?(?:(?:situad[oa]|ubicad[oa]|localizad[oa])\\s+)?en\\s+$`), confidence: DIRECT },
  { type: 'LOCATED_IN', pattern: 'es:event-held-in-z', first: ['Event'], second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:se\\s+(?:celebró|celebra|celebrará|realizó|realiza)|tuvo\\s+lugar|tendrá\\s+lugar)\\s+en\\s+$`), confidence: DIRECT },
  // LIVES_IN: "X vive en Z", "X reside en Z", "X se mudó a Z"
  { type: 'LIVES_IN', pattern: 'es:x-lives-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:vive|vivía|ha\\s+vivido|reside|residía|sigue\\s+viviendo|se\\s+instaló|se\\s+estableció)\\s+en\\s+$`), confidence: DIRECT },
  { type: 'LIVES_IN', pattern: 'es:x-moved-to-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:se\\s+(?:mudó|trasladó)|emigró)\\s+a\\s+$`), confidence: INDIRECT },
  // FOUNDED: "X fundó Y", "Y fue fundada por X", "X, fundador de Y"
  { type: 'FOUNDED', pattern: 'es:x-founded-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:fundó|cofundó|creó|ha\\s+fundado|había\\s+fundado)\\s+${KIND}$`), confidence: DIRECT },
  { type: 'FOUNDED', pattern: 'es:y-founded-by-x', first: ORG, second: PERSON, subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:fue|ha\\s+sido|había\\s+sido)\\s+(?:fundad[oa]|cofundad[oa]|cread[oa])\\s+(?:en\\s+\\d{4}\\s+)?por\\s+$`), confidence: INDIRECT },
  { type: 'FOUNDED', pattern: 'es:x-founder-of-y', first: PERSON, second: ORG, subject: 'first', between: re(`^\\s*,\\s*(?:(?:el|la|su)\\s+)?(?:co)?fundador(?:a)?\\s+${OF}$`), confidence: DIRECT },
  // ACQUIRED: "X adquirió Y", "X compró Y", "Y fue adquirida por X"
  { type: 'ACQUIRED', pattern: 'es:x-acquired-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:adquirió|compró|ha\\s+adquirido|ha\\s+comprado|adquiere|compra|adquirirá|comprará)\\s+${KIND}$`), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'es:y-acquired-by-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:fue|ha\\s+sido|será)\\s+(?:adquirid[oa]|comprad[oa])\\s+(?:en\\s+\\d{4}\\s+)?por\\s+$`), confidence: INDIRECT },
  // ACQUIRED: "X se hizo con Y", "X anunció la compra de Y", "la venta de Y a X", "la compra de Y por X", "Y fue vendida a X"
  { type: 'ACQUIRED', pattern: 'es:x-took-over-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:se\\s+hizo\\s+con|se\\s+ha\\s+hecho\\s+con|tomó\\s+el\\s+control\\s+de|ha\\s+tomado\\s+el\\s+control\\s+de)\\s+${KIND}$`), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'es:x-announced-purchase-of-y', first: ACTOR, second: ORG, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:anunció|completó|cerró|culminó|formalizó|ha\\s+(?:anunciado|completado|cerrado|culminado|formalizado))\\s+(?:la\\s+)?(?:compra|adquisición|absorción)\\s+${OF}(?:(?:empresa|compañía|firma|startup|start-up)\\s+)?$`), confidence: DIRECT },
  { type: 'ACQUIRED', pattern: 'es:sale-of-y-to-x', first: ORG, second: ACTOR, subject: 'second', before: re(`(?:venta|traspaso)\\s+${OF}(?:(?:empresa|compañía|firma|startup|start-up)\\s+)?$`), between: re('^\\s+(?:a\\s+(?:la\\s+|el\\s+)?|al\\s+)(?:(?:empresa|compañía|firma|grupo|fondo|banco)\\s+)?$'), confidence: INDIRECT },
  { type: 'ACQUIRED', pattern: 'es:purchase-of-y-by-x', first: ORG, second: ACTOR, subject: 'second', before: re(`(?:compra|adquisición|absorción)\\s+${OF}(?:(?:empresa|compañía|firma|startup|start-up)\\s+)?$`), between: re('^\\s+por\\s+(?:parte\\s+)?(?:de\\s+(?:la\\s+|el\\s+)?|del\\s+|la\\s+|el\\s+)?(?:(?:empresa|compañía|firma|grupo|fondo|banco)\\s+)?$'), confidence: INDIRECT },
  { type: 'ACQUIRED', pattern: 'es:y-sold-to-x', first: ORG, second: ACTOR, subject: 'second', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:fue|ha\\s+sido|había\\s+sido)\\s+vendid[oa]\\s+(?:en\\s+\\d{4}\\s+)?(?:a\\s+(?:la\\s+|el\\s+)?|al\\s+)$`), confidence: INDIRECT },
  // PART_OF: "Y, filial de X", "Y es una división de X", "Y forma parte de X", "Y, ahora parte de X", "Y, propiedad de X"
  { type: 'PART_OF', pattern: 'es:y-unit-of-x', first: ORG, second: ORG, subject: 'first', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:(?:es|era|fue|sigue\\s+siendo|se\\s+convirtió\\s+en|pasó\\s+a\\s+ser|ahora|hoy)\\s+)*(?:(?:una|un|la|el)\\s+)?(?:filial|subsidiaria|división|unidad|marca)\\s+${OF}$`), confidence: DIRECT },
  { type: 'PART_OF', pattern: 'es:y-forms-part-of-x', first: ['Organization', 'Location'], second: ['Organization', 'Location'], subject: 'first', between: re(`^\\s*,?\\s+${ADVERBIAL}(?:(?:forma|formaba|pasó\\s+a\\s+formar|ha\\s+pasado\\s+a\\s+formar|ahora|hoy)\\s+)+parte\\s+${OF}$`), confidence: DIRECT },
  { type: 'PART_OF', pattern: 'es:y-owned-by-x', first: ORG, second: ORG, subject: 'first', between: re(`^\\s*,?\\s+(?:(?:es|era|ahora)\\s+)?(?:propiedad\\s+${OF}|(?:pertenece|pertenecía)\\s+(?:a\\s+(?:la\\s+|el\\s+)?|al\\s+)grupo\\s+)$`), confidence: INDIRECT },
  // SPOUSE_OF: "X está casado con Y", "X se casó con Y", "X, esposa de Y", "X y su marido Y", "X y Y se casaron"
  { type: 'SPOUSE_OF', pattern: 'es:x-married-to-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:(?:está|estaba|estuvo|sigue|ha\\s+estado)\\s+casad[oa]|se\\s+casó|se\\s+ha\\s+casado|se\\s+casará|contrajo\\s+matrimonio)\\s+con\\s+$`), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'es:x-spouse-of-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^\\s*,?\\s+(?:(?:es|era|fue)\\s+)?(?:(?:la|el|su)\\s+)?(?:esposa|esposo|marido|cónyuge)\\s+de\\s+$`), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'es:x-and-their-spouse-y', first: PERSON, second: PERSON, subject: 'first', between: re('^\\s+[ye]\\s+su\\s+(?:esposa|esposo|marido|mujer|cónyuge)\\s*,?\\s*$'), confidence: DIRECT },
  { type: 'SPOUSE_OF', pattern: 'es:x-and-y-married', first: PERSON, second: PERSON, subject: 'first', between: re('^\\s+[ye]\\s+$'), after: re(`^\\s+${ADVERBIAL}(?:se\\s+casaron|se\\s+han\\s+casado|están\\s+casados|contrajeron\\s+matrimonio)`), confidence: DIRECT },
  // HEADQUARTERED_IN: "Y, con sede en Z", "Y tiene su sede en Z"
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-with-seat-in-z', first: ORG, second: PLACE, subject: 'first', between: re(`^${KIND_APPOSITIVE}\\s*,?\\s*con\\s+sede(?:\\s+central)?\\s+en\\s+$`), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-has-seat-in-z', first: ORG, second: PLACE, subject: 'first', between: re(`^\\s*,?\\s+(?:que\\s+)?${ADVERBIAL}(?:tiene|tenía|mantiene)\\s+su\\s+sede(?:\\s+central|\\s+social)?\\s+en\\s+$`), confidence: DIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'es:z-where-y-has-seat', first: PLACE, second: ORG, subject: 'second', between: re('^\\s*,\\s*(?:donde|en\\s+(?:la|el)\\s+que)\\s+$'), after: re(`^\\s+${ADVERBIAL}(?:tiene|tenía|mantiene)\\s+su\\s+sede`), confidence: INDIRECT },
  { type: 'HEADQUARTERED_IN', pattern: 'es:y-whose-seat-is-in-z', first: ORG, second: PLACE, subject: 'first', between: re('^\\s*,\\s*cuya\\s+sede(?:\\s+central)?\\s+(?:está|se\\s+encuentra)\\s+en\\s+$'), confidence: DIRECT },
  // MET: "X se reunió con Y", "X y Y se reunieron"
  { type: 'MET', pattern: 'es:x-met-with-y', first: PERSON, second: PERSON, subject: 'first', between: re(`^\\s+${ADVERBIAL}se\\s+(?:reunió|ha\\s+reunido|reunirá|entrevistó)\\s+con\\s+$`), confidence: DIRECT },
  { type: 'MET', pattern: 'es:x-and-y-met', first: PERSON, second: PERSON, subject: 'first', between: re('^\\s+[ye]\\s+$'), after: re(`^\\s+${ADVERBIAL}(?:se\\s+reunieron|se\\s+han\\s+reunido|mantuvieron\\s+una\\s+reunión)`), confidence: DIRECT },
  // VISITED: "X visitó Z"
  { type: 'VISITED', pattern: 'es:x-visited-z', first: ACTOR, second: PLACE, subject: 'first', between: re(`^\\s+${ADVERBIAL}(?:visitó|ha\\s+visitado|visita|visitará|viajó\\s+a|ha\\s+viajado\\s+a)\\s+$`), confidence: DIRECT },
  // BORN_IN: "X nació en Z", "X, nacida en Z"
  { type: 'BORN_IN', pattern: 'es:x-born-in-z', first: PERSON, second: PLACE, subject: 'first', between: re(`^\\s+(?:que\\s+)?${ADVERBIAL}(?:nació|había\\s+nacido|ha\\s+nacido)\\s+(?:en\\s+\\d{4}\\s+)?en\\s+$`), confidence: DIRECT },
  { type: 'BORN_IN', pattern: 'es:x-born-in-z-appositive', first: PERSON, second: PLACE, subject: 'first', between: re('^\\s*,\\s*nacid[oa]\\s+en\\s+$'), confidence: DIRECT },
];

/** An appositive or bracket right after the first mention: ", directora ejecutiva de Nimbus S.A.," or "(Elena)". */
const LEADING_APPOSITIVE = /^\s*(?:,[^,;]{1,80},|\([^)]{1,80}\))/u;
/**
 * A first predicate that shares its subject with the one that relates the
 * pair ("X nació en Z y fundó Y", "X vive en Z y es la directora de Y"). A
 * subordinate or contrasting clause in it ("dijo que…", "pero…") may carry
 * another subject, so it does not count.
 */
const LEADING_PREDICATE = /^\s+(?![^,;]*(?<![\p{L}])(?:que|quien|quienes|cuyo|cuya|donde|cuando|aunque|pero|mientras)(?![\p{L}]))[^,;]{1,60}?\s+[ye]\s+(?=\p{Ll})/u;

function variantsOf(between: string): string[] {
  const variants: string[] = [];
  const withoutAppositive = LEADING_APPOSITIVE.test(between) ? between.replace(LEADING_APPOSITIVE, ' ') : undefined;
  if (withoutAppositive !== undefined) variants.push(withoutAppositive);
  for (const candidate of [between, withoutAppositive]) {
    if (candidate !== undefined && LEADING_PREDICATE.test(candidate)) variants.push(candidate.replace(LEADING_PREDICATE, ' '));
  }
  return variants;
}

export const SPANISH_RELATIONS: RelationLanguage = {
  code: 'es',
  rules: RULES,
  negation: /(?<![\p{L}])(?:no|nunca|jamás|tampoco|ni)(?![\p{L}])/iu,
  betweenVariants: variantsOf,
};
