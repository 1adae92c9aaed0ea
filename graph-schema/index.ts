export { GraphGateway, createGateway, type GatewayOptions, type TxOptions, type ServerInfo, type ManagedTransaction } from './gateway.js';
export * from './errors.js';
export * from './ontology.js';
export { parsePatch, GraphPatchSchema, type GraphPatch, type GraphPatchInput } from './patch.js';
export { GraphWriter, type WriterOptions, type WriteResult, type SourceOutcome } from './writer/index.js';
export { migrate, schemaProblems, assertSchemaCurrent, type MigrateOptions, type MigrateResult } from './migrate.js';
export { MIGRATIONS, LATEST_VERSION } from './migrations/index.js';
export { SCHEMA, type EmbeddingDims } from './schema.js';
export { runReadOnlyCypher } from './read-only-cypher.js';
export { deleteByIdPrefix } from './delete-id-prefix.js';
export { splitEntity, listMerges, type SplitResult, type MergeInfo } from './split-entity.js';
export { mergeEntities, USER_MERGE_RULE, type MergeResult } from './merge-entities.js';
export { findEntityCandidates, type EntityCandidate } from './entity-candidates.js';
export {
  findNearestBiometrics,
  labelIdentity,
  forgetPerson,
  listIdentities,
  type BiometricMatch,
  type PersonRef,
  type LabelResult,
  type ForgetResult,
  type IdentitySummary,
} from './biometrics.js';
