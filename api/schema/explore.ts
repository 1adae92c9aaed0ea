import { builder } from '../builder.js';
import { InvalidInputError, NotFoundError, found } from '../errors.js';
import { relationsAmong } from '../graph/entities.js';
import { MAX_DEPTH, MAX_HOPS, neighbourhood, shortestPath } from '../graph/explore.js';
import { cell } from '../graph/reader.js';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from '../graph/records.js';
import { LOOKUP_ERRORS } from './errors.js';
import { offsetConnection } from './pagination.js';
import { EntityRef, RelationRef, RelationTypeEnum } from './refs.js';

type Neighbour = EntityRecord & { distance: number };
interface NeighbourhoodExtras {
  centerId: string;
  types: string[] | null;
}
const extras = (conn: object) => conn as NeighbourhoodExtras;

function checkedInt(value: number, name: string, max: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) throw new InvalidInputError(`${name} must be between 1 and ${max}`, name);
  return value;
}

const PathRef = builder.objectRef<{ entities: EntityRecord[]; relations: RelationRecord[] }>('Path').implement({
  description: 'A shortest path: entities in order from `from` to `to`, and the relations between consecutive ones.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.relations.length }),
    entities: t.field({ type: [EntityRef], resolve: (p) => p.entities }),
    relations: t.field({ type: [RelationRef], resolve: (p) => p.relations }),
  }),
});

builder.queryFields((t) => ({
  neighbourhood: t.connection(
    {
      type: EntityRef,
      description: `Entities within \`depth\` hops (1–${MAX_DEPTH}) of one entity, nearest first.`,
      args: {
        id: t.arg.id({ required: true }),
        depth: t.arg.int({ defaultValue: 1 }),
        relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only follow these; default all.' }),
      },
      authScopes: { read: true },
      errors: { types: [...LOOKUP_ERRORS, InvalidInputError], directResult: true },
      resolve: async (_root, args, ctx) => {
        const id = String(args.id);
        const depth = checkedInt(args.depth ?? 1, 'depth', MAX_DEPTH);
        found(await ctx.loaders.entity.load(id), 'Entity', id);
        const types = args.relationTypes ?? null;
        const conn = await offsetConnection(args, async (page) =>
          (await ctx.deps.reader.rows(neighbourhood(id, { depth, types }, page))).map((r): Neighbour => ({ ...toEntity(cell(r, 'e')), distance: Number(r.distance) })));
        return Object.assign(conn, { centerId: id, types } satisfies NeighbourhoodExtras);
      },
    },
    {
      fields: (c) => ({
        center: c.field({ type: EntityRef, resolve: async (conn, _a, ctx) => found(await ctx.loaders.entity.load(extras(conn).centerId), 'Entity', extras(conn).centerId) }),
        relations: c.field({
          type: [RelationRef],
          description: 'Relations among the centre and the entities of this page, for drawing the graph.',
          resolve: async (conn, _a, ctx) => {
            const ids = [extras(conn).centerId, ...conn.edges.map((e) => e.node.id)];
            return (await ctx.deps.reader.rows(relationsAmong(ids, extras(conn).types))).map((r) => toRelation(cell(r, 'r')));
          },
        }),
      }),
    },
    { fields: (e) => ({ distance: e.int({ description: 'Hops from the centre.', resolve: (edge) => (edge.node as Neighbour).distance }) }) },
  ),
  path: t.field({
    type: PathRef,
    description: `A shortest path of at most \`maxHops\` (1–${MAX_HOPS}) between two entities; NotFoundError when there is none.`,
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4 }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
    },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS, InvalidInputError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const [from, to] = [String(args.from), String(args.to)];
      const maxHops = checkedInt(args.maxHops ?? 4, 'maxHops', MAX_HOPS);
      const [a, b] = await Promise.all([ctx.loaders.entity.load(from), ctx.loaders.entity.load(to)]);
      const start = found(a, 'Entity', from);
      found(b, 'Entity', to);
      if (from === to) return { entities: [start], relations: [] };
      const row = await ctx.deps.reader.first(shortestPath(from, to, { maxHops, types: args.relationTypes ?? null }));
      if (!row) throw new NotFoundError('Path', `${from} → ${to}`);
      return {
        entities: (row.entities as Record<string, unknown>[]).map(toEntity),
        relations: (row.relations as Record<string, unknown>[]).map(toRelation),
      };
    },
  }),
}));
