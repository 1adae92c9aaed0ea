import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError, GraphErrorCode, ReadOnlyViolationError } from '../graph-schema/index.js';
import { planViolations, queryTypeViolation, type PlanNode } from '../graph-schema/cypher-plan-checks.js';
import { runReadOnlyCypher, type CypherParams } from '../graph-schema/read-only-cypher.js';
import { namespace, useGraph } from './support/graph.js';

const { gateway } = useGraph();
const ns = namespace('ro');
/** A label of its own keeps these nodes out of every other test's queries. */
const LABEL = 'ReadOnlyProbe';
const LIMITS = { rowLimit: 100, timeoutMs: 10_000 };

interface Fingerprint {
  nodes: string[];
  rels: string[];
}

/** Everything in this file's namespace, canonically ordered, so a refused write can be shown to have changed nothing. */
async function fingerprint(): Promise<Fingerprint> {
  return gateway.executeRead(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE n.id STARTS WITH $ns RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
      { ns },
    );
    const rels = await tx.run(
      `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $ns OR b.id STARTS WITH $ns
       RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel, properties(r) AS props ORDER BY rel`,
      { ns },
    );
    return {
      nodes: nodes.records.map((r) => JSON.stringify([r.get('id'), [...(r.get('labels') as string[])].sort(), r.get('props')])),
      rels: rels.records.map((r) => JSON.stringify([r.get('rel'), r.get('props')])),
    };
  });
}

async function refusal(query: string, params: CypherParams = {}): Promise<ReadOnlyViolationError> {
  const err = await runReadOnlyCypher(gateway, query, { ns, ...params }, LIMITS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReadOnlyViolationError);
  return err as ReadOnlyViolationError;
}

async function names(query: string): Promise<string[]> {
  return gateway.executeRead(async (tx) => (await tx.run(query)).records.map((r) => r.get(0) as string));
}

async function explainPlan(query: string): Promise<{ queryType: string; plan: PlanNode }> {
  const summary = await gateway.readOnly(async (tx) => (await tx.run(`EXPLAIN ${query}`, { ns })).summary);
  if (summary.plan === false) throw new Error('EXPLAIN returned no plan');
  return { queryType: summary.queryType, plan: summary.plan };
}

beforeAll(async () => {
  await gateway.executeWrite((tx) =>
    tx.run(
      `CREATE (a:${LABEL} {id: $ns + ':a', name: 'Ada', rank: 1, born: date('1815-12-10'), at: point({x: 1.5, y: 2.5})})
       CREATE (b:${LABEL} {id: $ns + ':b', name: 'Babbage', rank: 2})
       CREATE (c:${LABEL} {id: $ns + ':c', name: 'Countess', rank: 3})
       CREATE (a)-[:PROBE_LINK {since: 1833}]->(b)
       CREATE (b)-[:PROBE_LINK {since: 1834}]->(c)`,
      { ns },
    ),
  );
});

afterAll(async () => {
  await gateway.executeWrite((tx) => tx.run(`MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns DETACH DELETE n`, { ns }));
});

describe('runReadOnlyCypher refuses anything that is not a read, and the graph stays unchanged', () => {
  const writes: [string, string, RegExp][] = [
    ['CREATE', `CREATE (:${LABEL} {id: $ns + ':created'})`, /query type "w"/],
    ['MERGE', `MERGE (n:${LABEL} {id: $ns + ':merged'}) RETURN n`, /query type "rw"/],
    ['SET', `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns SET n.name = 'changed' RETURN n`, /query type "rw"/],
    ['DELETE', `MATCH (n:${LABEL})-[r]->() WHERE n.id STARTS WITH $ns DELETE r`, /query type "(rw|w)"/],
    ['DETACH DELETE', `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns DETACH DELETE n`, /query type "(rw|w)"/],
    ['REMOVE a property', `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns REMOVE n.name`, /query type "(rw|w)"/],
    ['REMOVE a label', `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns REMOVE n:${LABEL}`, /query type "(rw|w)"/],
    ['FOREACH … CREATE', `FOREACH (x IN [1] | CREATE (:${LABEL} {id: $ns + ':foreach'}))`, /query type "w"/],
    ['a write hidden in a subquery', `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns CALL { WITH n SET n.x = 1 } RETURN n`, /query type "rw"/],
    ['CALL { … } IN TRANSACTIONS', `CALL { CREATE (:${LABEL} {id: $ns + ':batched'}) } IN TRANSACTIONS`, /IN TRANSACTIONS/],
    ['a second statement', `MATCH (n) RETURN n; CREATE (:${LABEL} {id: $ns + ':second'})`, /more than one statement/],
    ['LOAD CSV', `LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`, /LOAD CSV/],
    ['a write next to a DBMS procedure (query type s)', `CALL dbms.components() YIELD name CREATE (:${LABEL} {id: $ns + ':dbms', name: name})`, /query type "s"/],
  ];

  it.each(writes)('%s', async (_name, query, reason) => {
    const before = await fingerprint();
    const err = await refusal(query);
    expect(err.code).toBe(GraphErrorCode.ReadOnlyViolation);
    expect(err.message).toMatch(reason);
    expect(await fingerprint()).toEqual(before);
  });

  it('creating a user, by procedure or command, is refused and no user appears', async () => {
    const user = `ro_${ns.replace(/\W/g, '_')}`;
    expect((await refusal(`CALL dbms.security.createUser('${user}', 'password-123', false)`)).message).toMatch(
      /procedure dbms\.security\.createUser is not allowed/,
    );
    expect((await refusal(`CREATE USER ${user} SET PASSWORD 'password-123'`)).message).toMatch(/CREATE USER/);
    expect(await names('SHOW USERS YIELD user RETURN user')).not.toContain(user);
  });

  it('db.createLabel is refused and the label token is not created', async () => {
    const label = `RoLabel_${ns.replace(/\W/g, '_')}`;
    expect((await refusal(`CALL db.createLabel('${label}')`)).message).toMatch(/procedure db\.createLabel is not allowed/);
    expect(await names('CALL db.labels() YIELD label RETURN label')).not.toContain(label);
  });

  it('CREATE INDEX is refused and no index appears', async () => {
    const index = `ro_${ns.replace(/\W/g, '_')}`;
    expect((await refusal(`CREATE INDEX ${index} FOR (n:${LABEL}) ON (n.name)`)).message).toMatch(/CREATE INDEX/);
    expect(await names('SHOW INDEXES YIELD name RETURN name')).not.toContain(index);
  });

  it('DROP CONSTRAINT is refused and the constraint stays', async () => {
    expect((await refusal('DROP CONSTRAINT schema_migration_version')).message).toMatch(/DROP/);
    expect(await names('SHOW CONSTRAINTS YIELD name RETURN name')).toContain('schema_migration_version');
  });

  it('USE system SHOW USERS is refused before it reaches the server', async () => {
    expect((await refusal('USE system SHOW USERS')).message).toMatch(/USE clauses are not allowed/);
  });

  it('TERMINATE TRANSACTIONS is refused even though the server calls it a read (query type r)', async () => {
    expect((await explainPlan("TERMINATE TRANSACTIONS 'neo4j-transaction-1'")).queryType).toBe('r');
    expect((await refusal("TERMINATE TRANSACTIONS 'neo4j-transaction-1'")).message).toMatch(/TERMINATE/);
  });
});

describe('the EXPLAIN layer on its own reads real 5.26 plans', () => {
  it('finds a procedure that is not allow-listed inside a subquery', async () => {
    const { queryType, plan } = await explainPlan(`MATCH (n:${LABEL}) CALL (n) { CALL db.awaitIndexes(1) } RETURN n`);
    expect(queryType).toBe('r');
    expect(planViolations(plan).join()).toMatch(/procedure db\.awaitIndexes is not allowed/);
  });

  it('finds LOAD CSV, which the server reports as a read', async () => {
    const { queryType, plan } = await explainPlan(`LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l`);
    expect(queryType).toBe('r');
    expect(planViolations(plan)).toContain('LOAD CSV reads files and URLs');
  });

  it('accepts query type s for an allow-listed DBMS procedure alone, not with a write beside it', async () => {
    const alone = await explainPlan('CALL dbms.components() YIELD name RETURN name');
    expect(alone.queryType).toBe('s');
    expect(queryTypeViolation(alone.queryType, alone.plan)).toBeNull();
    const withWrite = await explainPlan(`CALL dbms.components() YIELD name CREATE (:${LABEL} {id: $ns + ':x', name: name})`);
    expect(withWrite.queryType).toBe('s');
    expect(queryTypeViolation(withWrite.queryType, withWrite.plan)).toMatch(/query type "s"/);
  });
});

describe('the read transaction, the last layer, refuses writes on its own', () => {
  it('a write run directly in gateway.readOnly fails with a read-only violation and changes nothing', async () => {
    const before = await fingerprint();
    const err = await gateway.readOnly((tx) => tx.run(`CREATE (:${LABEL} {id: $ns + ':direct'})`, { ns })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe(GraphErrorCode.ReadOnlyViolation);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('runReadOnlyCypher runs reads', () => {
  it('does not split on a ";" inside a comment', async () => {
    const result = await runReadOnlyCypher(gateway, 'RETURN 1 AS one // ; CREATE ()', {}, LIMITS);
    expect(result.rows).toEqual([[1]]);
  });

  it('does not split on a ";" or see CREATE inside a string literal', async () => {
    const result = await runReadOnlyCypher(gateway, `RETURN 'a; CREATE (n)' AS s`, {}, LIMITS);
    expect(result).toMatchObject({ columns: ['s'], rows: [['a; CREATE (n)']], truncated: false });
    expect(result.summary).toMatchObject({ queryType: 'r', rowCount: 1 });
  });

  it('passes parameters through', async () => {
    const result = await runReadOnlyCypher(
      gateway,
      `MATCH (n:${LABEL}) WHERE n.id STARTS WITH $ns AND n.rank >= $minRank RETURN n.name AS name ORDER BY name`,
      { ns, minRank: 2 },
      LIMITS,
    );
    expect(result.rows).toEqual([['Babbage'], ['Countess']]);
  });

  it('allows allow-listed procedures, including one the server types as s', async () => {
    const labels = await runReadOnlyCypher(gateway, `CALL db.labels() YIELD label WHERE label = '${LABEL}' RETURN label`, {}, LIMITS);
    expect(labels.rows).toEqual([[LABEL]]);
    const components = await runReadOnlyCypher(gateway, 'CALL dbms.components() YIELD name RETURN name', {}, LIMITS);
    expect(components.rows).toEqual([['Neo4j Kernel']]);
  });

  it('returns nodes, relationships, paths, dates and points as plain JSON', async () => {
    const result = await runReadOnlyCypher(
      gateway,
      `MATCH p = (a:${LABEL} {id: $ns + ':a'})-[r:PROBE_LINK]->(b) RETURN a, r, p, a.born AS born, a.at AS at`,
      { ns },
      LIMITS,
    );
    expect(result.columns).toEqual(['a', 'r', 'p', 'born', 'at']);
    const [a, r, p, born, at] = result.rows[0] ?? [];
    expect(a).toMatchObject({ _labels: [LABEL], id: `${ns}:a`, name: 'Ada', rank: 1, born: '1815-12-10' });
    expect(r).toMatchObject({ _type: 'PROBE_LINK', since: 1833, _start: (a as { _id: string })._id });
    expect(p).toEqual([{ start: a, relationship: r, end: expect.objectContaining({ id: `${ns}:b` }) as unknown }]);
    expect(born).toBe('1815-12-10');
    expect(at).toEqual({ srid: 7203, x: 1.5, y: 2.5 });
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
  });

  it('cuts a result at the row limit and says so', async () => {
    const cut = await runReadOnlyCypher(gateway, 'UNWIND range(1, 50) AS i RETURN i', {}, { rowLimit: 10, timeoutMs: 10_000 });
    expect(cut.rows).toHaveLength(10);
    expect(cut.rows.at(-1)).toEqual([10]);
    expect(cut.truncated).toBe(true);
    expect(cut.summary.rowCount).toBe(10);
    const exact = await runReadOnlyCypher(gateway, 'UNWIND range(1, 50) AS i RETURN i', {}, { rowLimit: 50, timeoutMs: 10_000 });
    expect(exact.rows).toHaveLength(50);
    expect(exact.truncated).toBe(false);
  });

  it('streams: a huge result with a small limit returns quickly instead of being buffered', async () => {
    const started = Date.now();
    const result = await runReadOnlyCypher(gateway, 'UNWIND range(1, 50000000) AS i RETURN i', {}, { rowLimit: 5, timeoutMs: 30_000 });
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops a query that runs past its timeout with a timeout error', async () => {
    const err = await runReadOnlyCypher(
      gateway,
      'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
      {},
      { rowLimit: 10, timeoutMs: 500 },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe(GraphErrorCode.Timeout);
    expect((err as GraphError).message).toMatch(/500 ms/);
  });

  it('reports a syntax error as an invalid query with positions in the query as written', async () => {
    const err = await runReadOnlyCypher(gateway, 'MATCH (n RETURN n', {}, LIMITS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe(GraphErrorCode.InvalidQuery);
    expect((err as GraphError).message).toMatch(/column 10 \(offset: 9\)/);
    expect((err as GraphError).message).not.toMatch(/EXPLAIN/);
  });
});
