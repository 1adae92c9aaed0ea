import { isAllowedProcedure, procedureRefusal } from './cypher-procedures.js';

/**
 * Second line of defence: what the server's own planner says about a query
 * (from `EXPLAIN`), which sees through subqueries, comments and any syntax the
 * lexical checks do not know.
 */

/** The parts of neo4j-driver's `Plan` this module reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: readonly PlanNode[];
}

/** neo4j-driver's `summary.queryType` values. */
export type QueryType = 'r' | 'rw' | 'w' | 's';

/**
 * Operators that are reads by query type but must still be refused:
 * `LoadCSV` reads the file system and the network, `TerminateTransactions`
 * (query type `r` on 5.26) ends other users' work.
 */
const REFUSED_OPERATORS: ReadonlyMap<string, string> = new Map([
  ['LoadCSV', 'LOAD CSV reads files and URLs'],
  ['TerminateTransactions', "TERMINATE TRANSACTIONS ends other users' work"],
]);

/**
 * Operators that may surround an allow-listed DBMS-mode procedure. On 5.26 a
 * DBMS-mode procedure (`dbms.components`) makes the whole query report type
 * `s`, which hides any write next to it (`CALL dbms.components() YIELD name
 * CREATE (:X)` is `s`, not `w`), so `s` is accepted only for plans made of
 * these operators alone.
 */
const PROCEDURE_ONLY_OPERATORS: ReadonlySet<string> = new Set([
  'ProduceResults', 'ProcedureCall', 'EmptyResult', 'Projection', 'Filter', 'Limit', 'Skip', 'Sort', 'Top',
  'PartialSort', 'PartialTop', 'Distinct', 'OrderedDistinct', 'EagerAggregation', 'OrderedAggregation', 'Unwind',
  'Argument', 'EmptyRow', 'CacheProperties',
]);

/** `ProcedureCall@neo4j` → `ProcedureCall`: 5.x suffixes operators with the database that runs them. */
function baseOperator(plan: PlanNode): string {
  const at = plan.operatorType.indexOf('@');
  return at === -1 ? plan.operatorType : plan.operatorType.slice(0, at);
}

function* walk(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children) yield* walk(child);
}

/** `db.labels() :: (label :: STRING)` → `db.labels`; backticks are dropped so quoting cannot disguise a name. */
export function procedureName(plan: PlanNode): string {
  const details = plan.arguments.Details;
  const text = typeof details === 'string' ? details : '';
  const open = text.indexOf('(');
  return (open === -1 ? text : text.slice(0, open)).replaceAll('`', '').trim();
}

/** Every reason the plan is not an acceptable read; empty when it is. */
export function planViolations(plan: PlanNode): string[] {
  const reasons: string[] = [];
  for (const node of walk(plan)) {
    const operator = baseOperator(node);
    const refused = REFUSED_OPERATORS.get(operator);
    if (refused) reasons.push(refused);
    if (operator === 'ProcedureCall') {
      const name = procedureName(node);
      if (!isAllowedProcedure(name)) reasons.push(procedureRefusal(name || '(unnamed)'));
    }
  }
  return [...new Set(reasons)];
}

function isQueryType(value: string): value is QueryType {
  return value === 'r' || value === 'rw' || value === 'w' || value === 's';
}

/** The reason a query of this type and plan is not a read, or null when it is. */
export function queryTypeViolation(queryType: string, plan: PlanNode | null): string | null {
  if (!isQueryType(queryType)) return `unknown query type "${queryType}"`;
  switch (queryType) {
    case 'r':
      return null;
    case 'rw':
      return 'the query writes (query type "rw")';
    case 'w':
      return 'the query writes (query type "w")';
    case 's': {
      const proceduresOnly = plan !== null && [...walk(plan)].every((node) => PROCEDURE_ONLY_OPERATORS.has(baseOperator(node)));
      const callsProcedure = plan !== null && [...walk(plan)].some((node) => baseOperator(node) === 'ProcedureCall');
      return proceduresOnly && callsProcedure ? null : 'the query changes the schema or the DBMS (query type "s")';
    }
  }
}
