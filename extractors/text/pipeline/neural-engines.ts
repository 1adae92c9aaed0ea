import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import type { ModelCard, RunContext } from '../../base/contract.js';
import type { NeuralModels } from '../../neural/index.js';
import type { EntityMention } from '../ner/index.js';
import type { NeuralNerEngine } from './analyze-document.js';

/** A sentence embedder as the pipeline sees it: the card is known once the model has loaded. */
export interface TextEmbedder {
  readonly card: ModelCard;
  embed(texts: string[], context?: RunContext): Promise<number[][]>;
}

/** Reading a lazy model's card before its first use is a wiring bug, not bad input. */
function notLoaded(folder: string): never {
  throw new ExtractorError(ExtractorErrorCode.ModelFailed, `model ${folder} was asked for its card before it was loaded`);
}

/** The neural NER the registry chose, loaded on first use from the models folder. */
export function neuralNerEngine(models: NeuralModels, folder: string): NeuralNerEngine {
  let card: ModelCard | null = null;
  return {
    get card() {
      return card ?? notLoaded(folder);
    },
    async recognize(text: string): Promise<EntityMention[]> {
      const model = await models.ner(folder);
      card = model.card;
      return (await model.run(text)).map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, confidence: e.score, engine: 'neural' }));
    },
  };
}

/** The neural embedder the registry chose; refuses a model whose dimension the vector indexes cannot hold. */
export function neuralTextEmbedder(models: NeuralModels, folder: string, expectedDim: number): TextEmbedder {
  let card: ModelCard | null = null;
  return {
    get card() {
      return card ?? notLoaded(folder);
    },
    async embed(texts: string[], context?: RunContext): Promise<number[][]> {
      const model = await models.embedder(folder);
      if (model.dimension !== undefined && model.dimension !== expectedDim) {
        throw new ExtractorError(
          ExtractorErrorCode.ModelFailed,
          `${model.card.id} makes ${model.dimension}-d embeddings but the vector indexes hold ${expectedDim}-d (EMBEDDING_DIM)`,
        );
      }
      card = model.card;
      return model.embed(texts, context);
    },
  };
}
