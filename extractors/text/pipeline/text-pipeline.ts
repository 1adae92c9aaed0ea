import type { GraphPatchInput } from '../../../graph-schema/index.js';
import type { ModelCard, RunContext } from '../../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { runIdFor } from '../../base/run-id.js';
import type { FindCandidates } from '../../resolve/index.js';
import type { Translator } from '../../translate/index.js';
import type { TextDocument } from '../input/index.js';
import { analyzeDocument, type NeuralNerEngine } from './analyze-document.js';
import { buildTextPatch, type PatchSource } from './build-patch.js';
import type { TextEmbedder } from './neural-engines.js';
import { resolveDocumentEntities } from './resolve-entities.js';

export interface TextPipelineDeps {
  translator: Translator;
  findCandidates: FindCandidates;
  /** Null switches segment embeddings off (faster; no semantic search on these segments). */
  embedder: TextEmbedder | null;
  maxChunkChars?: number;
  /** Chosen by the model registry when NEURAL_NER_MODEL is set. */
  neuralNer?: NeuralNerEngine | null;
}

/** What the producer of a text knows about its language (see `AnalyzeOptions`). */
export interface LanguageHint {
  language?: string;
  fallbackLanguage?: string;
}

export type TextStage = 'analyze' | 'resolve' | 'embed' | 'patch';

export interface TextExtraction {
  patch: GraphPatchInput;
  language: string;
  /** Milliseconds per stage. */
  timings: Record<TextStage, number>;
  /** Which engine translated which name, for the job's report. */
  translations: { source: string; text: string | null; engine: string }[];
}

/**
 * Text → graph patch: language, sentences and chunks; entities and relations
 * on the original text; names per language and resolution against the graph;
 * chunk embeddings. Reads the graph (candidates) but never writes: the same
 * function serves ingestion and on-demand predictions.
 */
export class TextPipeline {
  constructor(private readonly deps: TextPipelineDeps) {}

  /** Only the cleaned text is read, so text found in images and recordings goes through the same path. */
  async extract(document: Pick<TextDocument, 'text'> & LanguageHint, source: PatchSource, context: RunContext = {}): Promise<TextExtraction> {
    const timings: Record<TextStage, number> = { analyze: 0, resolve: 0, embed: 0, patch: 0 };
    const timed = async <T>(stage: TextStage, work: () => Promise<T> | T): Promise<T> => {
      const t0 = performance.now();
      try {
        return await work();
      } finally {
        timings[stage] += performance.now() - t0;
        context.signal?.throwIfAborted();
      }
    };

    const analysis = await timed('analyze', () =>
      analyzeDocument(document.text, {
        maxChunkChars: this.deps.maxChunkChars ?? 1000,
        neuralNer: this.deps.neuralNer ?? null,
        ...(document.language ? { language: document.language } : {}),
        ...(document.fallbackLanguage ? { fallbackLanguage: document.fallbackLanguage } : {}),
      }),
    );
    const resolution = await timed('resolve', () =>
      resolveDocumentEntities(analysis.mentions, analysis.language, { translator: this.deps.translator, findCandidates: this.deps.findCandidates }),
    );
    const models: ModelCard[] = [analysis.nerCard, analysis.relationsCard];
    const embeddings = await timed('embed', () => this.embedChunks(analysis.chunks.map((c) => c.text), analysis.language, models, context));
    const patch = await timed('patch', () =>
      buildTextPatch({
        source,
        runId: runIdFor(source, models),
        text: document.text,
        analysis,
        resolution,
        chunkEmbeddings: embeddings,
        models,
      }),
    );
    return { patch, language: analysis.language, timings, translations: resolution.translations };
  }

  /**
   * The bundled encoder is English; other languages are embedded through
   * their English pivot (Apertium) or, for Chinese, a dictionary gloss, so a
   * query in English finds them. Which one was used is in the run's models.
   */
  private async embedChunks(chunks: string[], language: string, models: ModelCard[], context: RunContext): Promise<number[][] | null> {
    const { embedder, translator } = this.deps;
    if (!embedder || chunks.length === 0) return null;
    let texts = chunks;
    if (language === 'zh') {
      const glosses = await Promise.all(chunks.map((c) => translator.glossSentence(c)));
      texts = glosses.map((g, i) => (g.text.trim() ? g.text : (chunks[i] as string)));
      if (glosses[0]) models.push(glosses[0].model);
    } else if (language !== 'en' && language !== 'und' && translator.routeFor(language).engine !== 'none') {
      // A pair whose engine is not installed (or a misdetected language) embeds the text as written rather than failing the job.
      const translated = await translator.translateBatch(chunks, language, 'en', context).catch((err: unknown) => {
        if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) return null;
        throw err;
      });
      if (translated) {
        texts = translated.map((t, i) => t.text ?? (chunks[i] as string));
        for (const t of translated) if ('model' in t) models.push(t.model);
      }
    }
    const vectors = await embedder.embed(texts, context);
    models.push(embedder.card);
    return vectors;
  }
}
