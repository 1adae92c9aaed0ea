/**
 * Every failure to install, configure, start or reach the local Neo4j. Callers
 * (the CLI, test global setup, `npm start`) print `message` and exit; the text
 * is written to say what to do next, so no stack trace is needed to act on it.
 */
export class Neo4jProvisionError extends Error {
  override name = 'Neo4jProvisionError';
}
