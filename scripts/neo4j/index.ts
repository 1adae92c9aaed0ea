/**
 * Programmatic API for the project's local Neo4j (used by `npm start`, the
 * test global setup and the `npm run neo4j` CLI).
 */
export { Neo4jProvisionError } from './errors.js';
export { neo4jHome, type Neo4jHome } from './home.js';
export { NEO4J_VERSION, installNeo4j } from './install.js';
export {
  ensureNeo4jRunning,
  neo4jStatus,
  stopNeo4j,
  type Log,
  type Neo4jStatus,
  type StopOutcome,
} from './lifecycle.js';
export { tailFile } from './logs.js';
