import { modelId, type Extractor, type ModelCard, type RunContext, type Span } from '../../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import type { EntityMention } from '../ner/index.js';
import { extractRelations } from './extract-relations.js';
import type { RelationCandidate } from './types.js';

const MODEL_NAME = 'pattern-relations';
/** Bumped whenever a pattern, its types or its confidence changes, so facts record which patterns produced them. */
export const PATTERN_RELATIONS_VERSION = '1.2.0';

export const patternRelationsCard: ModelCard = {
  id: modelId(MODEL_NAME, PATTERN_RELATIONS_VERSION),
  name: MODEL_NAME,
  version: PATTERN_RELATIONS_VERSION,
  task: 'relations',
  licence: 'project',
  origin: 'project patterns (extractors/text/relations)',
  engine: 'bundled',
};

export interface RelationsInput {
  text: string;
  sentences: readonly Span[];
  mentions: readonly EntityMention[];
}

/** The bundled relation extractor; pure patterns, so there is nothing to load or free. */
export function createPatternRelations(): Extractor<RelationsInput, RelationCandidate[]> {
  return {
    task: 'relations',
    modality: 'text',
    card: patternRelationsCard,
    // Through `then` so that a bad input or an aborted signal rejects rather than throws.
    run: (input: RelationsInput, context?: RunContext) =>
      Promise.resolve().then(() => {
        context?.signal?.throwIfAborted();
        if (typeof input.text !== 'string' || !Array.isArray(input.sentences) || !Array.isArray(input.mentions)) {
          throw new ExtractorError(ExtractorErrorCode.UnsupportedType, 'relations input needs text, sentences and mentions');
        }
        return extractRelations(input.text, input.sentences, input.mentions);
      }),
    dispose: () => Promise.resolve(),
  };
}
