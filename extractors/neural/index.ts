export { NeuralModels, type NeuralModelsOptions } from './neural-models.js';
export { NeuralNer } from './neural-ner.js';
export { NeuralEmbedder } from './neural-embedder.js';
export { NeuralTranslator } from './neural-translator.js';
export { type RecognisedEntity, entityTypeOf } from './bio-entities.js';
export { NeuralModelNotInstalled, MODEL_FOLDER_FILES, type ModelShape } from './model-folder.js';
export { readNeuralModelCard, MODEL_CARD_FILE } from './neural-model-card.js';
export { configureTransformers } from './transformers-runtime.js';
export { alignPieces, type TokenOffsets } from './token-alignment.js';
