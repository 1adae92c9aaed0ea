import { createHash } from 'node:crypto';
import {
  FULLTEXT_INDEXES,
  RANGE_INDEXES,
  UNIQUE_CONSTRAINTS,
  VECTOR_INDEXES,
  createStatement,
  type EmbeddingDims,
  type SchemaStatement,
} from '../schema.js';

/**
 * Versioned migrations, applied in order and recorded as `:SchemaMigration`
 * nodes. Never edit a released migration: add a new one. Every statement is
 * idempotent so a migration interrupted half-way can simply run again.
 */
export interface Migration {
  version: number;
  name: string;
  statements(dims: EmbeddingDims): SchemaStatement[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'unique keys and lookup indexes',
    statements: (dims) => [...UNIQUE_CONSTRAINTS, ...RANGE_INDEXES].map((e) => createStatement(e, dims)),
  },
  {
    version: 2,
    name: 'full-text indexes on entity names and segment text',
    statements: (dims) => FULLTEXT_INDEXES.map((e) => createStatement(e, dims)),
  },
  {
    version: 3,
    name: 'vector indexes on entity, segment, face and voice embeddings',
    statements: (dims) => VECTOR_INDEXES.map((e) => createStatement(e, dims)),
  },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/**
 * Fingerprint of a migration's statement text. Parameters (vector dimensions
 * from config) are left out: a dimension change is reported by the index check,
 * not as a tampered migration.
 */
export function checksum(migration: Migration, dims: EmbeddingDims): string {
  const text = migration.statements(dims).map((s) => s.text).join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
