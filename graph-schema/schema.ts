import neo4j from 'neo4j-driver';
import { NodeLabel } from './ontology.js';

/**
 * Constraints and indexes declared as data. Migrations create them; the
 * start-up check compares what the server has with what is declared here.
 */

export interface UniqueConstraint {
  kind: 'unique';
  name: string;
  label: string;
  property: string;
}

export interface RangeIndex {
  kind: 'range';
  name: string;
  label: string;
  property: string;
}

export interface FulltextIndex {
  kind: 'fulltext';
  name: string;
  label: string;
  properties: readonly string[];
}

export interface VectorIndex {
  kind: 'vector';
  name: string;
  label: string;
  property: string;
  /** Which configured dimension applies. */
  dimension: 'textDim' | 'faceDim' | 'voiceDim';
}

export type SchemaElement = UniqueConstraint | RangeIndex | FulltextIndex | VectorIndex;

export interface EmbeddingDims {
  textDim: number;
  faceDim: number;
  voiceDim: number;
}

const unique = (label: string, property = 'id'): UniqueConstraint => ({
  kind: 'unique',
  name: `${label.toLowerCase()}_${property.toLowerCase()}_unique`,
  label,
  property,
});

const range = (label: string, property: string): RangeIndex => ({
  kind: 'range',
  name: `${label.toLowerCase()}_${property.toLowerCase()}`,
  label,
  property,
});

export const UNIQUE_CONSTRAINTS: readonly UniqueConstraint[] = [
  unique(NodeLabel.Source),
  unique(NodeLabel.Segment),
  unique(NodeLabel.Entity),
  unique(NodeLabel.Evidence),
  unique(NodeLabel.Face),
  unique(NodeLabel.Voice),
  unique(NodeLabel.Identity),
  unique(NodeLabel.Model),
  unique(NodeLabel.ModelVersion),
  unique(NodeLabel.ExtractionRun),
];

export const RANGE_INDEXES: readonly RangeIndex[] = [
  range(NodeLabel.Source, 'contentHash'),
  range(NodeLabel.Source, 'status'),
  range(NodeLabel.Segment, 'sourceId'),
  range(NodeLabel.Entity, 'type'),
  range(NodeLabel.Entity, 'key'),
  range(NodeLabel.Evidence, 'relationId'),
  range(NodeLabel.Evidence, 'sourceId'),
  range(NodeLabel.Face, 'sourceId'),
  range(NodeLabel.Voice, 'sourceId'),
  range(NodeLabel.ExtractionRun, 'sourceId'),
];

export const FULLTEXT_INDEXES: readonly FulltextIndex[] = [
  { kind: 'fulltext', name: 'entity_names', label: NodeLabel.Entity, properties: ['name', 'aliases'] },
  { kind: 'fulltext', name: 'segment_text', label: NodeLabel.Segment, properties: ['text'] },
];

export const VECTOR_INDEXES: readonly VectorIndex[] = [
  { kind: 'vector', name: 'entity_embedding', label: NodeLabel.Entity, property: 'embedding', dimension: 'textDim' },
  { kind: 'vector', name: 'segment_embedding', label: NodeLabel.Segment, property: 'embedding', dimension: 'textDim' },
  { kind: 'vector', name: 'face_embedding', label: NodeLabel.Face, property: 'embedding', dimension: 'faceDim' },
  { kind: 'vector', name: 'voice_embedding', label: NodeLabel.Voice, property: 'embedding', dimension: 'voiceDim' },
];

export const SCHEMA: readonly SchemaElement[] = [
  ...UNIQUE_CONSTRAINTS,
  ...RANGE_INDEXES,
  ...FULLTEXT_INDEXES,
  ...VECTOR_INDEXES,
];

/** A statement and its parameters; identifiers come only from the declarations above. */
export interface SchemaStatement {
  text: string;
  params: Record<string, unknown>;
}

/** Cypher that creates one element, idempotently (`IF NOT EXISTS`). */
export function createStatement(element: SchemaElement, dims: EmbeddingDims): SchemaStatement {
  switch (element.kind) {
    case 'unique':
      return {
        text: `CREATE CONSTRAINT ${element.name} IF NOT EXISTS FOR (n:${element.label}) REQUIRE n.${element.property} IS UNIQUE`,
        params: {},
      };
    case 'range':
      return { text: `CREATE INDEX ${element.name} IF NOT EXISTS FOR (n:${element.label}) ON (n.${element.property})`, params: {} };
    case 'fulltext':
      return {
        text: `CREATE FULLTEXT INDEX ${element.name} IF NOT EXISTS FOR (n:${element.label}) ON EACH [${element.properties
          .map((p) => `n.${p}`)
          .join(', ')}]`,
        params: {},
      };
    case 'vector':
      return {
        text: `CREATE VECTOR INDEX ${element.name} IF NOT EXISTS FOR (n:${element.label}) ON (n.${element.property}) OPTIONS $options`,
        params: {
          options: {
            // JS numbers travel as floats; the index wants an INTEGER.
            indexConfig: { 'vector.dimensions': neo4j.int(dims[element.dimension]), 'vector.similarity_function': 'cosine' },
          },
        },
      };
  }
}
