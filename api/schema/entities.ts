import { builder } from '../builder.js';
import { InvalidInputError, found } from '../errors.js';
import { cell } from '../graph/reader.js';
import * as q from '../graph/entities.js';
import { toEntity, toMention, toRelation } from '../graph/records.js';
import { LOOKUP_ERRORS, READ_ERRORS } from './errors.js';
import { keysetConnection } from './pagination.js';
import { DirectionEnum, EntityRef, EntityTypeEnum, MentionRef, RelationRef, RelationTypeEnum } from './refs.js';

const LocalizedName = builder.objectRef<{ language: string; name: string }>('LocalizedName').implement({
  fields: (t) => ({ language: t.exposeString('language'), name: t.exposeString('name') }),
});

EntityRef.implement({
  description: 'A canonical thing (person, organisation, place…), one node across sources and languages.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type }),
    name: t.exposeString('name', { description: 'The canonical (pivot-language) name.' }),
    names: t.field({ type: [LocalizedName], description: 'The name in each language it was seen in.', resolve: (e) => e.names }),
    aliases: t.exposeStringList('aliases', { description: 'Every surface form seen.' }),
    pinned: t.exposeBoolean('pinned', { description: 'Labelled or merged by a person; kept even without support.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.createdAt }),
    mentions: t.connection({
      type: MentionRef,
      description: 'Where this entity was seen: every mention with its segment and source.',
      resolve: (e, args, ctx) =>
        keysetConnection(args, 'mention', async (page) =>
          (await ctx.deps.reader.rows(q.entityMentions(e.id, page))).map((r) => toMention(cell(r, 'm')))),
    }),
    relations: t.connection({
      type: RelationRef,
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false }),
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      },
      resolve: (e, args, ctx) =>
        keysetConnection(args, 'relation', async (page) =>
          (await ctx.deps.reader.rows(q.entityRelations(e.id, { types: args.types, direction: args.direction ?? 'BOTH' }, page))).map((r) => toRelation(cell(r, 'r')))),
    }),
  }),
});

const EntityFilter = builder.inputType('EntityFilter', {
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, required: false }),
    name: t.string({ required: false, description: 'Words of the name or an alias; the last word matches as a prefix.' }),
    language: t.string({ required: false, description: 'Only entities named in this language (ISO 639, e.g. es).' }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { read: true },
    errors: { types: [...LOOKUP_ERRORS], directResult: true },
    resolve: async (_root, { id }, ctx) => found(await ctx.loaders.entity.load(String(id)), 'Entity', String(id)),
  }),
  entities: t.connection({
    type: EntityRef,
    args: { filter: t.arg({ type: EntityFilter, required: false }) },
    authScopes: { read: true },
    errors: { types: [...READ_ERRORS], directResult: true },
    resolve: (_root, args, ctx) => {
      const filter = args.filter ?? {};
      if (filter.language && !/^[a-z]{2,3}$/.test(filter.language)) throw new InvalidInputError('language must be an ISO 639 code like en, es, zh', 'filter.language');
      if (filter.name !== undefined && filter.name !== null && filter.name.trim().length === 0) throw new InvalidInputError('name must not be blank', 'filter.name');
      return keysetConnection(args, 'entity', async (page) =>
        (await ctx.deps.reader.rows(q.listEntities(filter, page))).map((r) => toEntity(cell(r, 'e'))));
    },
  }),
}));
