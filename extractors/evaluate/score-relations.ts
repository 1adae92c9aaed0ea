import { SYMMETRIC_RELATIONS } from '../../graph-schema/ontology.js';
import { graphToGold, matchMentions } from './entity-alignment.js';
import { prf1OfSets, type PrecisionRecall } from './prf1.js';
import type { GoldMentionRef, GoldRelationRef, PredictedMention, PredictedRelation } from './types.js';

export interface RelationScoreOptions {
  /** Types whose direction means nothing; default the ontology's symmetric types. */
  symmetric?: ReadonlySet<string>;
  /** Types left out of scoring on both sides; default CO_OCCURS_WITH, which gold never lists. */
  excluded?: ReadonlySet<string>;
}

export interface RelationScore {
  /** One unit per (doc, type, subject, object): the same fact stated in two documents counts twice. */
  byDocument: PrecisionRecall;
  /** One unit per distinct (type, subject, object): what a graph with one edge per fact should be scored on. */
  byFact: PrecisionRecall;
  /** byDocument per relation type (gold or predicted). */
  byType: Record<string, PrecisionRecall>;
  /** Predicted relations with an end that no gold mention aligns to: always false positives. */
  unaligned: number;
  /** Per document, as readable keys (`doc TYPE subject object`), for diagnosis. */
  falsePositives: string[];
  falseNegatives: string[];
}

export const DEFAULT_EXCLUDED: ReadonlySet<string> = new Set(['CO_OCCURS_WITH']);

/**
 * A predicted relation is right when its document, type and both ends match
 * a gold relation. Graph entity ids become gold ids through the mention
 * alignment (each graph entity stands for the gold entity most of its
 * exactly-matched mentions belong to); an end with no aligned mention cannot
 * match anything.
 */
export function scoreRelations(
  gold: { mentions: readonly GoldMentionRef[]; relations: readonly GoldRelationRef[] },
  predicted: { mentions: readonly PredictedMention[]; relations: readonly PredictedRelation[] },
  options: RelationScoreOptions = {},
): RelationScore {
  const symmetric = options.symmetric ?? SYMMETRIC_RELATIONS;
  const excluded = options.excluded ?? DEFAULT_EXCLUDED;
  const toGold = graphToGold(matchMentions(gold.mentions, predicted.mentions));

  const goldFacts = gold.relations.filter((r) => !excluded.has(r.type)).map((r) => orient(r.doc, r.type, r.subject, r.object, symmetric));
  let unaligned = 0;
  const predictedFacts = predicted.relations
    .filter((r) => !excluded.has(r.type))
    .map((r) => {
      const subject = toGold.get(r.subjectId);
      const object = toGold.get(r.objectId);
      if (subject === undefined || object === undefined) unaligned += 1;
      // Unaligned ends keep their graph id, prefixed so they can never equal a gold id.
      return orient(r.doc, r.type, subject ?? `graph:${r.subjectId}`, object ?? `graph:${r.objectId}`, symmetric);
    });

  const docKeys = (facts: Fact[]) => new Set(facts.map((f) => f.docKey));
  const goldDocKeys = docKeys(goldFacts);
  const predictedDocKeys = docKeys(predictedFacts);
  const types = [...new Set([...goldFacts, ...predictedFacts].map((f) => f.type))].sort();
  return {
    byDocument: prf1OfSets(goldDocKeys, predictedDocKeys),
    byFact: prf1OfSets(new Set(goldFacts.map((f) => f.factKey)), new Set(predictedFacts.map((f) => f.factKey))),
    byType: Object.fromEntries(types.map((t) => [t, prf1OfSets(docKeys(goldFacts.filter((f) => f.type === t)), docKeys(predictedFacts.filter((f) => f.type === t)))])),
    unaligned,
    falsePositives: readable(predictedFacts.filter((f) => !goldDocKeys.has(f.docKey))),
    falseNegatives: readable(goldFacts.filter((f) => !predictedDocKeys.has(f.docKey))),
  };
}

interface Fact {
  doc: string;
  type: string;
  subject: string;
  object: string;
  docKey: string;
  factKey: string;
}

/** Symmetric types are put in a fixed order, so A–B and B–A are one key. */
function orient(doc: string, type: string, subject: string, object: string, symmetric: ReadonlySet<string>): Fact {
  const [a, b] = symmetric.has(type) && object < subject ? [object, subject] : [subject, object];
  const factKey = JSON.stringify([type, a, b]);
  return { doc, type, subject: a, object: b, factKey, docKey: JSON.stringify([doc, type, a, b]) };
}

function readable(facts: Fact[]): string[] {
  return [...new Set(facts.map((f) => `${f.doc} ${f.type} ${f.subject} ${f.object}`))].sort();
}
