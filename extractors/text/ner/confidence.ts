/**
 * Per-source confidence priors. They rank sources against each other and
 * give the graph a weight to aggregate; they are not calibrated probabilities.
 * The values follow how each source fails, checked against the labelled set
 * in `fixtures/labelled-sentences.ts` (see `evaluation.test.ts`):
 *
 * - Gazetteer and corporate-suffix matches are case-sensitive, curated or
 *   anchored on an unambiguous suffix; their errors are homographs
 *   ("Jordan" the country vs. the name), hence high but not 1.
 * - Date and money patterns need a digit plus a month, currency symbol or
 *   currency word, so false positives are rare; a bare year after "in" is
 *   weaker (it can be a count).
 * - Compromise people come from its first-name lexicon plus capitalisation,
 *   its places from a gazetteer-like lexicon; both are fairly precise but
 *   miss unfamiliar names. Its organisations come from capitalised noun
 *   chains and absorb neighbours ("Buffett's Berkshire Hathaway"), so they
 *   rank lowest.
 */
export const CONFIDENCE = {
  gazetteer: 0.9,
  corporateSuffix: 0.9,
  honorific: 0.85,
  /** "CEO of X": the role is a strong cue, but the end of the name is guessed from capitals. */
  roleOrganization: 0.75,
  /** "its Strato drone", "produces the HX-9": the kind of thing is a strong cue; a lone word is weaker than a table. */
  productCue: 0.75,
  /** A short form of a name the same document gave in full ("Nimbus" after "Nimbus Robotics"). */
  documentShortForm: 0.7,
  fullDate: 0.95,
  monthYear: 0.9,
  numericDate: 0.85,
  yearAfterPreposition: 0.8,
  moneyWithSymbolOrCode: 0.95,
  moneyWithCurrencyWord: 0.9,
  compromisePerson: 0.8,
  compromiseLocation: 0.8,
  compromiseOrganization: 0.7,
} as const;
