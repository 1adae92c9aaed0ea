import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, GraphQLUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from './index.js';

/**
 * The names in the issue are part of the contract: a rename must fail here
 * first. Only methods of the schema's own objects are used: vitest resolves
 * `graphql` to its ESM build while Pothos loads the CommonJS one, and
 * graphql's functions refuse objects from the other copy.
 */
describe('GraphQL schema contract', () => {
  const schema = getSchema();
  const fields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {}).sort();

  it('has the root fields product teams use', () => {
    expect(fields(schema.getQueryType())).toEqual(
      ['cypher', 'entities', 'entity', 'findFaces', 'identities', 'job', 'jobs', 'neighbourhood', 'path', 'predict', 'provenance', 'relation', 'search', 'source', 'sources', 'stats'],
    );
    expect(fields(schema.getMutationType())).toEqual(['deleteSource', 'forgetPerson', 'ingest', 'labelFace', 'labelSpeaker', 'mergeEntities', 'splitEntity']);
    expect(fields(schema.getSubscriptionType())).toEqual(['jobProgress']);
    expect(fields(schema.getType('Predict') as GraphQLObjectType)).toEqual(['embed', 'faces', 'ner', 'objects', 'ocr', 'relations', 'transcribe', 'translate']);
  });

  it('takes the arguments the contract names', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    const args = (name: string) => (query[name]?.args ?? []).map((a) => a.name).sort();
    expect(args('entities')).toEqual(['after', 'before', 'filter', 'first', 'last']);
    expect(args('search')).toEqual(['after', 'before', 'first', 'last', 'mode', 'targets', 'text', 'types']);
    expect(args('neighbourhood')).toEqual(['after', 'before', 'depth', 'first', 'id', 'last', 'relationTypes']);
    expect(args('path')).toEqual(['from', 'maxHops', 'relationTypes', 'to']);
    expect(args('provenance')).toEqual(['relationId']);
    expect(args('cypher')).toEqual(['limit', 'params', 'query']);
    expect(args('identities')).toEqual(['after', 'before', 'first', 'kind', 'last']);
    expect(args('findFaces')).toEqual(['first', 'image']);
    expect((schema.getType('BiometricKind') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['FACE', 'VOICE']);
    expect(fields(schema.getType('Identity') as GraphQLObjectType)).toEqual(['id', 'memberCount', 'person', 'sourceCount']);
    expect((schema.getType('SearchMode') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['FULLTEXT', 'HYBRID', 'SEMANTIC']);
    expect(Object.keys((schema.getType('EntityFilter') as GraphQLInputObjectType).getFields()).sort()).toEqual(['language', 'name', 'type']);
  });

  it('exposes expected failures as typed results implementing Error', () => {
    const members = (name: string) => (schema.getType(name) as GraphQLUnionType).getTypes().map((t) => t.name).sort();
    expect(members('QueryEntityResult')).toEqual(['Entity', 'ForbiddenError', 'NotFoundError']);
    expect(members('QueryCypherResult')).toEqual(['CypherRefusedError', 'CypherResult', 'ForbiddenError', 'InvalidInputError', 'QueryTimeoutError']);
    for (const [field, payload] of [['MergeEntities', 'MergeEntitiesPayload'], ['SplitEntity', 'SplitEntityPayload'], ['LabelFace', 'LabelIdentityPayload'], ['LabelSpeaker', 'LabelIdentityPayload'], ['ForgetPerson', 'ForgetPersonPayload']]) {
      expect(members(`Mutation${field}Result`)).toEqual(['ForbiddenError', 'InvalidInputError', 'NotFoundError', payload].sort());
    }
    expect(members('QueryIdentitiesResult')).toEqual(['ForbiddenError', 'InvalidInputError', 'QueryIdentitiesConnection']);
    for (const [field, payload] of [['Ocr', 'OcrPrediction'], ['Objects', 'ObjectsPrediction'], ['Transcribe', 'TranscriptionPrediction']]) {
      expect(members(`Predict${field}Result`)).toEqual(['ForbiddenError', 'InvalidInputError', payload].sort());
    }
    expect(members('PredictFacesResult')).toEqual(['BiometricsDisabledError', 'FacesPrediction', 'ForbiddenError', 'InvalidInputError']);
    expect(members('QueryFindFacesResult')).toEqual(['BiometricsDisabledError', 'FaceSearch', 'ForbiddenError', 'InvalidInputError']);
    for (const name of ['NotFoundError', 'InvalidInputError', 'ForbiddenError', 'CypherRefusedError', 'QueryTimeoutError', 'BiometricsDisabledError']) {
      expect((schema.getType(name) as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual(['Error']);
    }
  });
});
