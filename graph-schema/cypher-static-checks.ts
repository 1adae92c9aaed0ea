import { isAllowedProcedure, procedureRefusal } from './cypher-procedures.js';
import { isKeyword, isName, isSymbol, tokenize, type Token } from './cypher-tokens.js';
import { GraphError, GraphErrorCode, ReadOnlyViolationError } from './errors.js';

/**
 * First line of defence for untrusted Cypher: cheap, server-independent
 * refusals of everything that cannot be a single read query on this database.
 * It is deliberately conservative and purely lexical; the EXPLAIN check and
 * the read transaction catch what slips past.
 */

/** A rule returns the reason for refusing, or null. `head` is the index of the first token after CYPHER/EXPLAIN/PROFILE. */
type Rule = (tokens: readonly Token[], head: number) => string | null;

/** Words that may legally follow a variable called `use`, so `USE` before them is not a USE clause. */
const NOT_A_GRAPH_NAME = new Set([
  'AS', 'AND', 'OR', 'XOR', 'IS', 'IN', 'CONTAINS', 'STARTS', 'ENDS', 'ASC', 'ASCENDING', 'DESC', 'DESCENDING',
  'MATCH', 'OPTIONAL', 'WHERE', 'WITH', 'RETURN', 'ORDER', 'SKIP', 'OFFSET', 'LIMIT', 'UNION', 'UNWIND', 'CALL',
  'YIELD', 'THEN', 'ELSE', 'END', 'WHEN', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'FINISH', 'ON',
]);

/** Words between CREATE/DROP and the object they administer: `CREATE OR REPLACE DATABASE`, `CREATE VECTOR INDEX`. */
const ADMIN_MODIFIERS = ['OR', 'REPLACE', 'RANGE', 'TEXT', 'POINT', 'LOOKUP', 'FULLTEXT', 'VECTOR', 'BTREE', 'COMPOSITE'];
const ADMIN_OBJECTS = ['INDEX', 'INDEXES', 'CONSTRAINT', 'CONSTRAINTS', 'DATABASE', 'DATABASES', 'USER', 'USERS', 'ROLE', 'ROLES', 'ALIAS', 'SERVER'];
/** Commands that only ever start an administration statement. */
const ADMIN_HEADS = ['GRANT', 'DENY', 'REVOKE', 'ALTER', 'DROP', 'START', 'STOP', 'TERMINATE', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN'];
const SECURITY_OBJECTS = ['USER', 'USERS', 'ROLE', 'ROLES', 'PRIVILEGE', 'PRIVILEGES'];

const upper = (token: Token | undefined): string => token?.text.toUpperCase() ?? '';

/** Skips `CYPHER 5 runtime=slotted`, `EXPLAIN` and `PROFILE` prefixes; returns where the statement proper begins. */
function statementHead(tokens: readonly Token[]): { head: number; modes: string[] } {
  const modes: string[] = [];
  let i = 0;
  for (;;) {
    if (isKeyword(tokens[i], 'EXPLAIN', 'PROFILE')) {
      modes.push(upper(tokens[i]));
      i += 1;
    } else if (isKeyword(tokens[i], 'CYPHER')) {
      i += 1;
      for (;;) {
        if (tokens[i]?.kind === 'number') i += 1;
        else if (isName(tokens[i]) && isSymbol(tokens[i + 1], '=') && tokens[i + 2]) i += 3;
        else break;
      }
    } else {
      return { head: i, modes };
    }
  }
}

const clientCommand: Rule = (tokens) =>
  isSymbol(tokens[0], ':')
    ? `":${tokens[1]?.text ?? ''}" is a cypher-shell/Browser client command, not Cypher (pass parameters with --param)`
    : null;

const multipleStatements: Rule = (tokens) => {
  const separator = tokens.findIndex((t) => isSymbol(t, ';'));
  // A single trailing ';' is harmless and the server accepts it.
  return separator !== -1 && separator < tokens.length - 1 ? 'more than one statement (a ";" outside strings and comments separates statements)' : null;
};

const loadCsv: Rule = (tokens) =>
  tokens.some((t, i) => isKeyword(t, 'LOAD') && isKeyword(tokens[i + 1], 'CSV')) ? 'LOAD CSV reads files and URLs' : null;

const useClause: Rule = (tokens, head) => {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isKeyword(tokens[i], 'USE') || isSymbol(tokens[i - 1], '.')) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const startsQuery = i === head || isSymbol(previous, '{') || isKeyword(previous, 'UNION', 'ALL');
    const namesGraph = isName(next) && !(next?.kind === 'word' && NOT_A_GRAPH_NAME.has(upper(next)));
    if (startsQuery || namesGraph) return `USE clauses are not allowed (queries run on this database only)`;
  }
  return null;
};

const inTransactions: Rule = (tokens) => {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isKeyword(tokens[i], 'TRANSACTIONS', 'TRANSACTION')) continue;
    // `IN TRANSACTIONS`, `IN CONCURRENT TRANSACTIONS`, `IN 4 CONCURRENT TRANSACTIONS`.
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => isKeyword(t, 'IN'))) {
      return 'CALL { … } IN TRANSACTIONS commits its own transactions';
    }
  }
  return null;
};

function adminObjectAfter(tokens: readonly Token[], verbAt: number): string | null {
  let i = verbAt + 1;
  while (isKeyword(tokens[i], ...ADMIN_MODIFIERS) && !isKeyword(tokens[i], ...ADMIN_OBJECTS)) i += 1;
  return isKeyword(tokens[i], ...ADMIN_OBJECTS) ? upper(tokens[i]) : null;
}

const adminCommand: Rule = (tokens, head) => {
  if (isKeyword(tokens[head], ...ADMIN_HEADS)) return `${upper(tokens[head])} … is an administration command`;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (isKeyword(token, 'CREATE', 'DROP', 'ALTER')) {
      const object = adminObjectAfter(tokens, i);
      if (object) return `${upper(token)} ${object} changes the schema or the DBMS`;
    } else if (isKeyword(token, 'START', 'STOP') && isKeyword(tokens[i + 1], 'DATABASE')) {
      return `${upper(token)} DATABASE is an administration command`;
    } else if (isKeyword(token, 'TERMINATE') && isKeyword(tokens[i + 1], 'TRANSACTION', 'TRANSACTIONS')) {
      return 'TERMINATE TRANSACTIONS ends other users\' work';
    } else if (isKeyword(token, 'SHOW') && tokens.slice(i + 1, i + 5).some((t) => isKeyword(t, ...SECURITY_OBJECTS))) {
      return 'SHOW USERS/ROLES/PRIVILEGES reads security settings';
    }
  }
  return null;
};

/** Reads `a.b.c` or `` `a`.`b` `` starting at `start`; returns the dotted name. */
function qualifiedName(tokens: readonly Token[], start: number): string {
  const parts: string[] = [];
  let i = start;
  while (isName(tokens[i])) {
    parts.push(tokens[i]?.text ?? '');
    if (!isSymbol(tokens[i + 1], '.')) break;
    i += 2;
  }
  return parts.join('.');
}

const procedureCall: Rule = (tokens) => {
  for (let i = 0; i < tokens.length; i += 1) {
    // `n.call` is a property, `CALL {` and `CALL (x) {` are subqueries.
    if (!isKeyword(tokens[i], 'CALL') || isSymbol(tokens[i - 1], '.') || !isName(tokens[i + 1])) continue;
    const name = qualifiedName(tokens, i + 1);
    if (!isAllowedProcedure(name)) return procedureRefusal(name);
  }
  return null;
};

const RULES: readonly Rule[] = [clientCommand, multipleStatements, loadCsv, useClause, inTransactions, adminCommand, procedureCall];

/**
 * Throws `ReadOnlyViolationError` for a query that is lexically not a single
 * read on this database, and `GraphError` (invalid query) for an empty or
 * unterminated one or one with its own EXPLAIN/PROFILE prefix.
 */
export function assertStaticallyReadOnly(query: string): void {
  const tokens = tokenize(query);
  if (tokens.length === 0 || tokens.every((t) => isSymbol(t, ';'))) {
    throw new GraphError(GraphErrorCode.InvalidQuery, 'The query is empty');
  }
  const { head, modes } = statementHead(tokens);
  for (const rule of RULES) {
    const reason = rule(tokens, head);
    if (reason) throw new ReadOnlyViolationError(reason);
  }
  if (modes.length > 0) {
    throw new GraphError(GraphErrorCode.InvalidQuery, `${modes.join(' ')} is not supported here: the query is already explained before it runs`);
  }
}
