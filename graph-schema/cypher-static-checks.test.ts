import { describe, expect, it } from 'vitest';
import { assertStaticallyReadOnly } from './cypher-static-checks.js';
import { tokenize } from './cypher-tokens.js';
import { GraphError, GraphErrorCode, ReadOnlyViolationError } from './errors.js';

function refusalOf(query: string): string {
  try {
    assertStaticallyReadOnly(query);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadOnlyViolationError);
    return (err as Error).message;
  }
  throw new Error(`expected a refusal for: ${query}`);
}

function invalidQueryOf(query: string): string {
  try {
    assertStaticallyReadOnly(query);
  } catch (err) {
    expect(err).not.toBeInstanceOf(ReadOnlyViolationError);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).code).toBe(GraphErrorCode.InvalidQuery);
    return (err as Error).message;
  }
  throw new Error(`expected an invalid-query error for: ${query}`);
}

describe('tokenize', () => {
  it('keeps strings, quoted names and comments from being read as code', () => {
    const tokens = tokenize(`MATCH (\`a;b\`) /* ; CREATE */ WHERE x = 'it\\'s; DROP' // ; DELETE\nRETURN "q;" AS $p`);
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:MATCH', 'symbol:(', 'quoted-name:a;b', 'symbol:)', 'word:WHERE', 'word:x', 'symbol:=',
      "string:it\\'s; DROP", 'word:RETURN', 'string:q;', 'word:AS', 'parameter:$p',
    ]);
  });

  it('reads a doubled backtick as a literal backtick inside a quoted name', () => {
    expect(tokenize('RETURN 1 AS `a``;b`').at(-1)).toMatchObject({ kind: 'quoted-name', text: 'a`;b' });
  });

  it.each([
    ["RETURN 'open", /unterminated string literal/],
    ['RETURN `open', /unterminated quoted name/],
    ['RETURN 1 /* open', /unterminated comment/],
  ])('refuses %s as an invalid query', (query, message) => {
    expect(() => tokenize(query)).toThrow(message);
  });
});

describe('assertStaticallyReadOnly allows', () => {
  it.each([
    'MATCH (n:Entity) RETURN n.name LIMIT 5',
    'RETURN 1 // ; CREATE ()',
    "RETURN 'a; CREATE (n)' AS s",
    'RETURN 1;',
    'CYPHER 5 runtime=slotted MATCH (n) RETURN count(n)',
    'MATCH (n) CALL (n) { RETURN n.x AS x } RETURN x',
    'MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x',
    'CALL db.labels() YIELD label RETURN label',
    'CALL `db`.`labels`()',
    "CALL db.index.fulltext.queryNodes('entity_name', 'apple') YIELD node, score RETURN node, score",
    'CALL dbms.components()',
    'SHOW INDEXES',
    'MATCH (use:Entity) WHERE use.name IS NOT NULL RETURN use AS u ORDER BY use.name',
    'MATCH (n) RETURN n.call AS call, n.use AS use',
    'MATCH (n) WHERE n.name IN $names RETURN n',
    'MATCH (create:Entity) RETURN create',
  ])('%s', (query) => {
    expect(() => assertStaticallyReadOnly(query)).not.toThrow();
  });
});

describe('assertStaticallyReadOnly refuses', () => {
  it.each([
    ['MATCH (n) RETURN n; CREATE (m)', /more than one statement/],
    ['RETURN 1; RETURN 2;', /more than one statement/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ["load csv with headers from 'https://example.com/x.csv' AS l RETURN l", /LOAD CSV/],
    ['USE system SHOW USERS', /USE clauses/],
    ['USE neo4j MATCH (n) RETURN n', /USE clauses/],
    ['MATCH (n) CALL { USE other MATCH (m) RETURN m } RETURN n', /USE clauses/],
    ["CALL { USE graph.byName('x') RETURN 1 AS one } RETURN one", /USE clauses/],
    ['CALL { CREATE (:X) } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['UNWIND [1] AS i CALL (i) { CREATE (:X) } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS', /IN TRANSACTIONS/],
    [':param x => 1', /client command/],
    [':use system', /client command/],
    ["CALL dbms.security.createUser('u', 'p', false)", /procedure dbms\.security\.createUser is not allowed/],
    ["CALL db.createLabel('X')", /procedure db\.createLabel is not allowed/],
    ["CALL apoc.cypher.runWrite('CREATE ()', {})", /procedure apoc\.cypher\.runWrite is not allowed/],
    ["CALL gds.graph.drop('g')", /procedure gds\.graph\.drop is not allowed/],
    ['CALL tx.setMetaData({})', /procedure tx\.setMetaData is not allowed/],
    ['CALL dbms.listConfig()', /procedure dbms\.listConfig is not allowed/],
    ['CALL `apoc`.`do`.`it`()', /procedure apoc\.do\.it is not allowed/],
    ['MATCH (n) CALL (n) { CALL db.awaitIndexes(1) } RETURN n', /procedure db\.awaitIndexes is not allowed/],
    ['OPTIONAL CALL db.clearQueryCaches()', /procedure db\.clearQueryCaches is not allowed/],
    ['CALL DB.LABELS()', /procedure DB\.LABELS is not allowed/],
    ['CREATE INDEX foo FOR (n:X) ON (n.y)', /CREATE INDEX/],
    ['CREATE VECTOR INDEX foo IF NOT EXISTS FOR (n:X) ON (n.v)', /CREATE INDEX/],
    ['CREATE CONSTRAINT c FOR (n:X) REQUIRE n.id IS UNIQUE', /CREATE CONSTRAINT/],
    ['DROP CONSTRAINT schema_migration_version', /DROP/],
    ['DROP INDEX foo IF EXISTS', /DROP/],
    ['CREATE OR REPLACE DATABASE other', /CREATE DATABASE/],
    ["CREATE USER bob SET PASSWORD 'secret-123'", /CREATE USER/],
    ['CREATE ROLE analyst', /CREATE ROLE/],
    ['GRANT ROLE admin TO bob', /GRANT/],
    ['DENY READ {*} ON GRAPH * TO bob', /DENY/],
    ['REVOKE ROLE admin FROM bob', /REVOKE/],
    ['SHOW USERS', /SHOW USERS/],
    ['SHOW ROLES', /SHOW USERS\/ROLES\/PRIVILEGES/],
    ['SHOW USER bob PRIVILEGES', /SHOW USERS\/ROLES\/PRIVILEGES/],
    ['SHOW PRIVILEGES', /SHOW USERS\/ROLES\/PRIVILEGES/],
    ['STOP DATABASE neo4j', /STOP/],
    ['START DATABASE neo4j', /START/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
    ['SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t YIELD message RETURN message', /TERMINATE TRANSACTIONS/],
    ["ALTER USER bob SET PASSWORD 'x'", /ALTER/],
    ['CYPHER 5 DROP INDEX foo', /DROP/],
  ])('%s', (query, reason) => {
    expect(refusalOf(query)).toMatch(reason);
  });

  it('says every refusal is one, and that only reads are allowed', () => {
    expect(refusalOf('CREATE INDEX foo FOR (n:X) ON (n.y)')).toMatch(/^Refused: .*Only read queries are allowed here\.$/);
  });
});

describe('assertStaticallyReadOnly reports unusable input as an invalid query', () => {
  it.each([
    ['', /empty/],
    ['   \n\t ', /empty/],
    ['// only a comment', /empty/],
    [';', /empty/],
    ["RETURN 'unterminated", /unterminated string literal/],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN is not supported here/],
    ['PROFILE MATCH (n) RETURN n', /PROFILE is not supported here/],
  ])('%j', (query, message) => {
    expect(invalidQueryOf(query)).toMatch(message);
  });
});
