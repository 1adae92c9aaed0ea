export { detectLanguage, type LanguageGuess } from './language.js';
export { splitSentences, type SplitOptions } from './sentences.js';
export { chunkSentences, type ChunkOptions } from './chunk-sentences.js';
