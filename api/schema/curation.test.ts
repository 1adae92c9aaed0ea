import { describe, expect, it } from 'vitest';
import { GraphError, GraphErrorCode, NotAllowedError } from '../../graph-schema/index.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { typedGraphError } from './curation.js';

describe('curation errors', () => {
  it('turns a missing node into NotFoundError and a refused change into InvalidInputError; anything else passes through', () => {
    const notFound = typedGraphError(new GraphError(GraphErrorCode.NotFound, 'no face "f1"'), { resource: 'Face', id: 'f1' }, 'name');
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ resource: 'Face', id: 'f1', code: 'NOT_FOUND' });

    const refused = typedGraphError(new GraphError(GraphErrorCode.NotAllowed, 'cannot merge a Person into a Location'), { resource: 'Entity', id: 'e' }, 'from');
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect(refused).toMatchObject({ field: 'from', message: 'cannot merge a Person into a Location', code: 'BAD_USER_INPUT' });
    expect(typedGraphError(new NotAllowedError('entity type', 'Alien', ['Person']), { resource: 'Entity', id: 'e' })).toBeInstanceOf(InvalidInputError);

    const outage = new GraphError(GraphErrorCode.Unavailable, 'down');
    expect(typedGraphError(outage, { resource: 'Entity', id: 'e' })).toBe(outage);
    expect(typedGraphError('boom', { resource: 'Entity', id: 'e' })).toBeInstanceOf(Error);
  });
});
