/**
 * The extractor contract. An extractor validates and normalises its input,
 * loads its model lazily (see `model-cache.ts`), returns plain results that
 * the pipeline turns into a graph patch, and can be disposed. The same
 * functions serve ingestion and on-demand predictions; nothing here writes.
 */

export const TASKS = ['ner', 'relations', 'embed', 'translate', 'language', 'ocr', 'objects', 'faces', 'transcribe', 'speakers'] as const;
export type Task = (typeof TASKS)[number];

export const MODALITIES = ['text', 'image', 'audio', 'video'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Registered in the graph as a `:ModelVersion` (id `name@version`). */
export interface ModelCard {
  /** `name@version`, the string every fact carries as `model`. */
  id: string;
  name: string;
  version: string;
  task: Task;
  licence: string;
  /** Where the weights or rules come from (npm package, Debian package, local folder). */
  origin: string;
  /** `bundled`: ships in an npm/Debian package, always available; `neural`: loaded from the models folder when configured. */
  engine: 'bundled' | 'neural';
}

export function modelId(name: string, version: string): string {
  return `${name}@${version}`;
}

export interface RunContext {
  /** Aborts long work (job cancelled, worker shutting down). */
  signal?: AbortSignal;
  /** Long pipelines report the stage they start and how far along they are (0..1); jobs turn it into progress. */
  onStage?: (stage: string, fraction: number) => void;
}

export interface Extractor<Input, Output> {
  readonly task: Task;
  readonly modality: Modality;
  readonly card: ModelCard;
  run(input: Input, context?: RunContext): Promise<Output>;
  /** Frees models, child processes and native handles. Safe to call twice. */
  dispose(): Promise<void>;
}

/** A span of text with offsets into the string it was found in (end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}
