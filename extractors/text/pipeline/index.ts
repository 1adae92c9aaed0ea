export { TextPipeline, type TextPipelineDeps, type TextExtraction, type TextStage } from './text-pipeline.js';
export { analyzeDocument, type DocumentAnalysis, type AnalysedMention } from './analyze-document.js';
export { resolveDocumentEntities, type DocumentResolution, type ResolvedEntity } from './resolve-entities.js';
export { buildTextPatch, type PatchSource } from './build-patch.js';
export { neuralNerEngine, neuralTextEmbedder, type TextEmbedder } from './neural-engines.js';
export type { NeuralNerEngine } from './analyze-document.js';
