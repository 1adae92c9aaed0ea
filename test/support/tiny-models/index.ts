export { writeTinyNerModel, TINY_NER_LABELS, TINY_NER_VOCABULARY, type TinyNerOptions } from './tiny-ner-model.js';
export { writeTinyEmbeddingModel, TINY_EMBEDDING_HIDDEN_SIZE, TINY_EMBEDDING_WORDS } from './tiny-embedding-model.js';
export { writeModelFolder } from './model-folder.js';
export { forbidNetwork, type NetworkGuard } from './no-network.js';
export { writeTinyTranslationModel, TINY_DICTIONARY } from './tiny-translation-model.js';
