import neo4j from 'neo4j-driver';

/**
 * `--param k=v` for Cypher from the command line. Values are read the way a
 * person typing them most likely means: numbers, booleans and null as such,
 * JSON for quoted strings, lists and maps, anything else as a plain string.
 */

export type ParamValue = null | boolean | number | string | ParamValue[] | { [key: string]: ParamValue };

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseJson(key: string, raw: string): ParamValue {
  try {
    return JSON.parse(raw) as ParamValue;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`--param ${key}: ${raw} looks like JSON but is not valid JSON (${reason})`);
  }
}

function parseValue(key: string, raw: string): ParamValue {
  if (NUMBER.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (raw.startsWith('"') || raw.startsWith('[') || raw.startsWith('{')) return parseJson(key, raw);
  return raw;
}

/** `k=5` → `['k', 5]`; throws with a message naming the problem when `raw` is not `name=value`. */
export function parseParam(raw: string): [string, ParamValue] {
  const equals = raw.indexOf('=');
  if (equals === -1) throw new Error(`--param ${raw}: expected name=value`);
  const key = raw.slice(0, equals).trim();
  if (!PARAM_NAME.test(key)) throw new Error(`--param ${raw}: "${key}" is not a valid parameter name`);
  return [key, parseValue(key, raw.slice(equals + 1))];
}

/** Collects repeated `--param` options into one map; a repeated name is an error, not a silent overwrite. */
export function parseParams(raws: readonly string[]): Record<string, ParamValue> {
  // A Map, then fromEntries: assigning a `__proto__` key to a plain object would change its prototype.
  const params = new Map<string, ParamValue>();
  for (const raw of raws) {
    const [key, value] = parseParam(raw);
    if (params.has(key)) throw new Error(`--param ${key} is given more than once`);
    params.set(key, value);
  }
  return Object.fromEntries(params);
}

/**
 * JavaScript numbers travel to Neo4j as floats, and `LIMIT $n` or `id(n) = $id`
 * reject a float, so whole numbers go as Cypher integers.
 */
export function toCypherParam(value: ParamValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParam(v)]));
  }
  return value;
}

export function toCypherParams(params: Record<string, ParamValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toCypherParam(v)]));
}
