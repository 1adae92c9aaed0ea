/**
 * Procedures a data miner may call. Everything else is refused, because a
 * procedure's declared mode is not enough: DBMS-mode procedures such as
 * `dbms.components` report query type `s`, and plugins (apoc, gds) can write,
 * reach the file system or the network from a "read" query.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'dbms.components',
]);

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.has(name);
}

export function procedureRefusal(name: string): string {
  return `procedure ${name} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`;
}
