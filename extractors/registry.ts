import type { Modality, Task } from './base/contract.js';

/**
 * Every extraction task, what it reads, the bundled engine that serves it by
 * default (always installed: npm or Debian packages), and the neural engine
 * that replaces it when a model folder is configured. One table, frozen: the
 * pipelines, the API's `predict` and `kg models` all read it.
 */
export interface RegistryEntry {
  modality: Modality;
  /** Model name of the default engine (its version is read from the installed package). */
  defaultModel: string;
  description: string;
  /** transformers.js pipeline the neural engine runs, when the task has one. */
  neural?: 'token-classification' | 'feature-extraction' | 'translation' | 'automatic-speech-recognition';
  /** Config variable that selects the neural model folder. */
  neuralConfig?: string;
}

export const EXTRACTOR_REGISTRY: Readonly<Record<Task, Readonly<RegistryEntry>>> = Object.freeze({
  language: Object.freeze({ modality: 'text', defaultModel: 'eld', description: 'language of a document and of each chunk' }),
  ner: Object.freeze({
    modality: 'text',
    defaultModel: 'compromise-ner / es-rules-ner / zh-rules-ner',
    description: 'named entities with offsets into the original text',
    neural: 'token-classification',
    neuralConfig: 'NEURAL_NER_MODEL',
  }),
  relations: Object.freeze({ modality: 'text', defaultModel: 'pattern-relations', description: 'typed relations between entities of one sentence' }),
  embed: Object.freeze({
    modality: 'text',
    defaultModel: 'use-lite',
    description: '512-d sentence embeddings for semantic search',
    neural: 'feature-extraction',
    neuralConfig: 'NEURAL_EMBED_MODEL',
  }),
  translate: Object.freeze({
    modality: 'text',
    defaultModel: 'apertium / cc-cedict',
    description: 'translation to the English pivot; Chinese names by dictionary',
    neural: 'translation',
    neuralConfig: 'NEURAL_TRANSLATION_MODELS',
  }),
  ocr: Object.freeze({ modality: 'image', defaultModel: 'pp-ocrv4 (or tesseract with OCR_ENGINE=tesseract)', description: 'printed text in images, with boxes' }),
  objects: Object.freeze({ modality: 'image', defaultModel: 'human-centernet', description: 'COCO objects in images, with boxes' }),
  faces: Object.freeze({ modality: 'image', defaultModel: 'human-faceres', description: 'face boxes, quality and 1024-d biometric descriptors' }),
  transcribe: Object.freeze({
    modality: 'audio',
    defaultModel: 'pocketsphinx-en-us (speech found by silero-vad)',
    description: 'speech to text with word timings',
    neural: 'automatic-speech-recognition',
    neuralConfig: 'NEURAL_ASR_MODEL',
  }),
  speakers: Object.freeze({ modality: 'audio', defaultModel: 'mfcc-voiceprint', description: 'speaker voiceprints clustered into speakers' }),
});

export type EngineChoice = { engine: 'bundled'; model: string } | { engine: 'neural'; folder: string };

/** The routing rule: a configured neural model serves its task; otherwise the bundled engine does. */
export function chooseEngine(task: Task, neural: { ner: string | null; embed: string | null; asr?: string | null }): EngineChoice {
  const folder = task === 'ner' ? neural.ner : task === 'embed' ? neural.embed : task === 'transcribe' ? (neural.asr ?? null) : null;
  return folder ? { engine: 'neural', folder } : { engine: 'bundled', model: EXTRACTOR_REGISTRY[task].defaultModel };
}
