import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import './errors.js';
import './entities.js';
import './relations.js';
import './sources.js';
import './models.js';
import './biometrics.js';
import './search.js';
import './explore.js';
import './stats.js';
import './cypher.js';
import './predictions.js';
import './media-predictions.js';
import './jobs.js';
import './ingest.js';
import './curation.js';

let schema: GraphQLSchema | null = null;

/** The executable schema, built once on first use (domain files only register types when imported). */
export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
