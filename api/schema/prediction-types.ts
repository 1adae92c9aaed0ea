import type { ModelCard } from '../../extractors/base/contract.js';
import type { AnalysedMention, DocumentAnalysis } from '../../extractors/text/pipeline/index.js';
import type { SentenceTranslation } from '../../extractors/translate/index.js';
import { builder } from '../builder.js';
import { EntityTypeEnum, RelationTypeEnum } from './refs.js';

/** What the `predict` fields return: extractor output as is, with the model card that produced it. */

type Analysis = DocumentAnalysis;
type PredictedRelation = Analysis['relations'][number] & { mentions: AnalysedMention[] };

export const ModelCardRef = builder.objectRef<ModelCard>('ModelCard').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'name@version, as facts in the graph carry it.' }),
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    task: t.exposeString('task'),
    licence: t.exposeString('licence'),
    origin: t.exposeString('origin'),
  }),
});

const PredictedMentionRef = builder.objectRef<AnalysedMention>('PredictedMention').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    type: t.field({ type: EntityTypeEnum, resolve: (m) => m.type }),
    confidence: t.exposeFloat('confidence'),
    canonical: t.exposeString('canonical', { nullable: true, description: "The gazetteer's preferred name, when an alias matched." }),
  }),
});

const SpanRef = builder.objectRef<{ start: number; end: number; text: string }>('TextSpan').implement({
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end'), text: t.exposeString('text') }),
});

const PredictedRelationRef = builder.objectRef<PredictedRelation>('PredictedRelation').implement({
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    subject: t.field({ type: PredictedMentionRef, resolve: (r) => r.mentions[r.subject] as AnalysedMention }),
    object: t.field({ type: PredictedMentionRef, resolve: (r) => r.mentions[r.object] as AnalysedMention }),
    sentence: t.field({ type: SpanRef, resolve: (r) => r.sentence }),
    confidence: t.exposeFloat('confidence'),
    pattern: t.exposeString('pattern', { description: 'The rule that matched, e.g. founded-by or co-occurrence.' }),
  }),
});

export const NerRef = builder.objectRef<Analysis>('NerPrediction').implement({
  fields: (t) => ({
    language: t.exposeString('language'),
    languageConfidence: t.exposeFloat('languageConfidence'),
    model: t.field({ type: ModelCardRef, resolve: (a) => a.nerCard }),
    mentions: t.field({ type: [PredictedMentionRef], resolve: (a) => a.mentions }),
  }),
});

export const RelationsRef = builder.objectRef<Analysis>('RelationsPrediction').implement({
  fields: (t) => ({
    language: t.exposeString('language'),
    model: t.field({ type: ModelCardRef, resolve: (a) => a.relationsCard }),
    nerModel: t.field({ type: ModelCardRef, resolve: (a) => a.nerCard }),
    mentions: t.field({ type: [PredictedMentionRef], resolve: (a) => a.mentions }),
    relations: t.field({ type: [PredictedRelationRef], resolve: (a) => a.relations.map((r) => ({ ...r, mentions: a.mentions })) }),
  }),
});

export const EmbeddingRef = builder.objectRef<{ vector: number[]; model: ModelCard }>('EmbeddingPrediction').implement({
  fields: (t) => ({
    model: t.field({ type: ModelCardRef, resolve: (e) => e.model }),
    dimension: t.int({ resolve: (e) => e.vector.length }),
    vector: t.exposeFloatList('vector', { description: 'Unit length: cosine similarity is a dot product.' }),
  }),
});

export const TranslationRef = builder.objectRef<SentenceTranslation>('TranslationPrediction').implement({
  fields: (t) => ({
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    text: t.string({ nullable: true, description: 'Null when no engine translates this pair (see reason).', resolve: (r) => r.text }),
    engine: t.exposeString('engine', { description: 'identity, apertium, neural or none.' }),
    model: t.field({ type: ModelCardRef, nullable: true, resolve: (r) => ('model' in r ? r.model : null) }),
    reason: t.string({ nullable: true, resolve: (r) => ('reason' in r ? r.reason : null) }),
  }),
});
