import { detectLanguage } from '../../extractors/text/segment/index.js';
import { builder } from '../builder.js';
import type { ApiContext } from '../context.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { EmbeddingRef, NerRef, RelationsRef, TranslationRef } from './prediction-types.js';

/**
 * `predict { … }`: the extractors on caller input, nothing stored. The same
 * functions the ingest pipeline runs, so what a product team sees here is
 * what ingestion would write. Media tasks (ocr, objects, faces, transcribe)
 * are added in `media-predictions.ts`.
 */

/** The bundled analysers run on the event loop; this keeps one call well under a second. */
const MAX_TEXT = 20_000;

function checkText(text: string): string {
  if (text.trim().length === 0) throw new InvalidInputError('text must not be blank', 'text');
  if (text.length > MAX_TEXT) throw new InvalidInputError(`text is longer than ${MAX_TEXT} characters`, 'text');
  return text;
}

const timed = <T>(ctx: ApiContext, task: string, model: string, work: () => Promise<T> | T) =>
  ctx.deps.metrics.time(ctx.deps.metrics.extractorSeconds, { task, model }, async () => work());

const analyse = async (ctx: ApiContext, task: 'ner' | 'relations', text: string) => {
  const checked = checkText(text);
  const started = performance.now();
  const analysis = await ctx.deps.engines.analyze(checked);
  // The model is known only afterwards: it depends on the language detected.
  const model = task === 'ner' ? analysis.nerCard.id : analysis.relationsCard.id;
  ctx.deps.metrics.extractorSeconds.observe({ task, model }, (performance.now() - started) / 1000);
  return analysis;
};

export const PredictRef = builder.objectRef<Record<string, never>>('Predict').implement({
  description: 'Runs an extractor on the given input and returns its output; nothing is stored. Editor, analyst and admin.',
  fields: (t) => {
    const guarded = { authScopes: { predict: true }, errors: { types: [ForbiddenError, InvalidInputError], directResult: true as const } };
    return {
      ner: t.field({ ...guarded, type: NerRef, args: { text: t.arg.string({ required: true }) }, resolve: (_p, { text }, ctx) => analyse(ctx, 'ner', text) }),
      relations: t.field({ ...guarded, type: RelationsRef, args: { text: t.arg.string({ required: true }) }, resolve: (_p, { text }, ctx) => analyse(ctx, 'relations', text) }),
      embed: t.field({
        ...guarded,
        type: EmbeddingRef,
        args: { text: t.arg.string({ required: true }) },
        resolve: async (_p, { text }, ctx) => {
          const { embedder } = ctx.deps.engines;
          const [vector] = await timed(ctx, 'embed', embedder.card.id, () => embedder.embed([checkText(text)]));
          return { vector: vector ?? [], model: embedder.card };
        },
      }),
      translate: t.field({
        ...guarded,
        type: TranslationRef,
        args: {
          text: t.arg.string({ required: true }),
          to: t.arg.string({ required: true, description: 'ISO 639 code, e.g. en.' }),
          from: t.arg.string({ required: false, description: 'ISO 639 code; detected when left out.' }),
        },
        resolve: async (_p, args, ctx) => {
          const text = checkText(args.text);
          const from = args.from ?? detectLanguage(text)?.language;
          if (!from) throw new InvalidInputError('the language of text could not be detected; pass from', 'from');
          for (const [name, code] of [['from', from], ['to', args.to]] as const) {
            if (!/^[a-z]{2,3}$/.test(code)) throw new InvalidInputError(`${name} must be an ISO 639 code like en, es, zh`, name);
          }
          const { translator } = ctx.deps.engines;
          const route = translator.routeFor(from, args.to);
          return timed(ctx, 'translate', route.engine, () => translator.translate(text, from, args.to));
        },
      }),
    };
  },
});

builder.queryField('predict', (t) => t.field({ type: PredictRef, authScopes: { read: true }, resolve: () => ({}) }));
