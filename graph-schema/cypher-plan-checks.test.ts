import { describe, expect, it } from 'vitest';
import { planViolations, procedureName, queryTypeViolation, type PlanNode } from './cypher-plan-checks.js';

/** Plans shaped like the ones Neo4j 5.26 returns for EXPLAIN (operator names carry `@database`). */
function op(operatorType: string, children: PlanNode[] = [], details?: string): PlanNode {
  return { operatorType: `${operatorType}@neo4j`, arguments: details === undefined ? {} : { Details: details }, children };
}

const procedure = (signature: string, children: PlanNode[] = []): PlanNode => op('ProcedureCall', children, signature);

describe('procedureName', () => {
  it('reads the name from the Details signature, without backticks', () => {
    expect(procedureName(procedure('db.labels() :: (label :: STRING)'))).toBe('db.labels');
    expect(procedureName(procedure('`db`.`createLabel`($autostring_0) :: ()'))).toBe('db.createLabel');
  });
});

describe('planViolations', () => {
  it('accepts a plan of reads and allow-listed procedures', () => {
    const plan = op('ProduceResults', [op('Apply', [op('AllNodesScan'), procedure('db.labels() :: (label :: STRING)', [op('Argument')])])]);
    expect(planViolations(plan)).toEqual([]);
  });

  it('finds a procedure that is not allow-listed however deep it is nested', () => {
    const plan = op('ProduceResults', [op('Apply', [op('AllNodesScan'), op('Apply', [op('Argument'), procedure('db.awaitIndexes($autoint_0) :: ()')])])]);
    expect(planViolations(plan)).toEqual([expect.stringMatching(/^procedure db\.awaitIndexes is not allowed/)]);
  });

  it('refuses LOAD CSV and TERMINATE TRANSACTIONS, which the server types as reads', () => {
    expect(planViolations(op('ProduceResults', [op('LoadCSV', [], 'l')]))).toEqual(['LOAD CSV reads files and URLs']);
    expect(planViolations(op('ProduceResults', [op('TerminateTransactions')]))).toEqual(["TERMINATE TRANSACTIONS ends other users' work"]);
  });

  it('reports each reason once', () => {
    const plan = op('Union', [op('LoadCSV'), op('LoadCSV')]);
    expect(planViolations(plan)).toHaveLength(1);
  });
});

describe('queryTypeViolation', () => {
  const read = op('ProduceResults', [op('AllNodesScan')]);

  it('accepts r', () => {
    expect(queryTypeViolation('r', read)).toBeNull();
  });

  it.each([
    ['rw', /query type "rw"/],
    ['w', /query type "w"/],
    ['s', /query type "s"/],
    ['dbms', /unknown query type "dbms"/],
  ])('refuses %s', (queryType, reason) => {
    expect(queryTypeViolation(queryType, read)).toMatch(reason);
  });

  it('accepts s only for a plan that is nothing but a procedure call and its projections', () => {
    const components = procedure('dbms.components() :: (name :: STRING)');
    expect(queryTypeViolation('s', op('ProduceResults', [op('Projection', [components])]))).toBeNull();
    expect(queryTypeViolation('s', op('ProduceResults', [op('EmptyResult', [op('Create', [components])])]))).toMatch(/query type "s"/);
    expect(queryTypeViolation('s', op('CreateIndex'))).toMatch(/query type "s"/);
    expect(queryTypeViolation('s', null)).toMatch(/query type "s"/);
  });
});
