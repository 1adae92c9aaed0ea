/**
 * What the scorers read. Structural on purpose: `samples/corpus/gold.json`
 * (see `samples/corpus/build-gold.ts`) fits the gold side as is, and the
 * predicted side is what a graph query returns, so nothing here knows Neo4j.
 */

/** A gold mention: a span of one document that names one gold entity. */
export interface GoldMentionRef {
  doc: string;
  /** Gold entity id (`person:elena-vargas`): ids of the gold file, not of the graph. */
  entity: string;
  start: number;
  end: number;
}

export interface GoldEntityRef {
  id: string;
  type: string;
}

export interface GoldRelationRef {
  doc: string;
  type: string;
  subject: string;
  object: string;
}

/** A predicted mention: a span of one document linked to one graph entity. */
export interface PredictedMention {
  doc: string;
  /** Graph entity id. */
  entityId: string;
  start: number;
  end: number;
  /** The graph entity's type, when known: scored against the gold entity's type. */
  type?: string;
}

/** A predicted relation as evidence in one document, between graph entities. */
export interface PredictedRelation {
  doc: string;
  type: string;
  subjectId: string;
  objectId: string;
}
