import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-ready values, so results
 * can be printed, serialised or sent over the API without driver classes.
 */

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
type PlainObject = { [key: string]: PlainValue };

function plainProperties(properties: Record<string, unknown>): PlainObject {
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}

function plainNode(node: Node): PlainObject {
  return { _id: node.elementId, _labels: [...node.labels], ...plainProperties(node.properties) };
}

function plainRelationship(rel: Relationship): PlainObject {
  return { _id: rel.elementId, _type: rel.type, _start: rel.startNodeElementId, _end: rel.endNodeElementId, ...plainProperties(rel.properties) };
}

/** A path as its segments, each `{ start, relationship, end }`; a zero-length path is one segment-less node list. */
function plainPath(path: Path): PlainValue {
  if (path.segments.length === 0) return [{ start: plainNode(path.start), relationship: null, end: plainNode(path.end) }];
  return path.segments.map((segment) => ({
    start: plainNode(segment.start),
    relationship: plainRelationship(segment.relationship),
    end: plainNode(segment.end),
  }));
}

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return plainNode(value);
  if (neo4j.isRelationship(value)) return plainRelationship(value);
  if (neo4j.isPath(value)) return plainPath(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const point: PlainObject = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, (n) => toPlain(n));
  if (Array.isArray(value)) return value.map((item) => toPlain(item));
  // Byte arrays arrive as typed arrays; JSON has no bytes, so they become lists of numbers.
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<unknown>, (n) => toPlain(n));
  }
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  // Only symbols and functions are left, and the driver never returns either.
  return null;
}
