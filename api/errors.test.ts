import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../extractors/base/errors.js';
import { GraphError, GraphErrorCode } from '../graph-schema/index.js';
import { ClientErrorCode, NotFoundError, codeForMessage, maskedFor } from './errors.js';

describe('error masking', () => {
  it('maps every GraphError code to a client code without leaking the internal message', () => {
    for (const code of Object.values(GraphErrorCode)) {
      const masked = maskedFor(new GraphError(code, 'MATCH (secret) bolt://10.0.0.5:7687 failed'));
      expect(Object.values(ClientErrorCode)).toContain(masked.code);
      if (masked.code !== ClientErrorCode.BadUserInput) expect(masked.message).not.toContain('secret');
    }
    expect(maskedFor(new GraphError(GraphErrorCode.Unavailable, 'x')).code).toBe('SERVICE_UNAVAILABLE');
    expect(maskedFor(new GraphError(GraphErrorCode.InvalidQuery, 'x')).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('shows input errors from extractors and hides model failures', () => {
    expect(maskedFor(new ExtractorError(ExtractorErrorCode.UnsupportedType, '"a.txt" is a PNG'))).toMatchObject({ code: 'BAD_USER_INPUT', message: '"a.txt" is a PNG' });
    expect(maskedFor(new ExtractorError(ExtractorErrorCode.ModelFailed, '/models/x.onnx: bad'))).toMatchObject({ code: 'EXTRACTOR_FAILED', severe: true });
    expect(maskedFor(new ExtractorError(ExtractorErrorCode.ModelFailed, '/models/x.onnx: bad')).message).not.toContain('/models');
  });

  it('keeps typed API errors and hides everything else', () => {
    expect(maskedFor(new NotFoundError('Entity', 'e1'))).toMatchObject({ code: 'NOT_FOUND', message: 'Entity "e1" was not found' });
    expect(maskedFor(new TypeError("Cannot read properties of undefined (reading 'password')"))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Unexpected error.',
      severe: true,
    });
  });

  it("names graphql-armor's refusals", () => {
    expect(codeForMessage('Syntax Error: Query depth limit of 12 exceeded, found 14.')).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(codeForMessage('Syntax Error: Query Cost limit of 20000 exceeded, found 220464007.8125.')).toBe('COST_LIMIT_EXCEEDED');
    expect(codeForMessage('Syntax Error: Aliases limit of 15 exceeded, found 20.')).toBe('ALIAS_LIMIT_EXCEEDED');
    expect(codeForMessage('Syntax Error: Directives limit of 20 exceeded, found 21.')).toBe('DIRECTIVE_LIMIT_EXCEEDED');
    expect(codeForMessage('Syntax Error: Token limit of 2000 exceeded.')).toBe('TOKEN_LIMIT_EXCEEDED');
    expect(codeForMessage('Cannot query field "x" on type "Query".')).toBeNull();
  });
});
