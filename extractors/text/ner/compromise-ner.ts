import { modelId, type Extractor, type ModelCard, type RunContext } from '../../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { ModelCache } from '../../base/model-cache.js';
import { compromiseVersion, loadCompromise, type Compromise } from './compromise-engine.js';
import type { Gazetteer } from './gazetteer.js';
import { recognizeWith } from './recognize-entities.js';
import type { EntityMention } from './types.js';

const MODEL_NAME = 'compromise-ner';
/**
 * Bumped whenever the project's rules, patterns or bundled gazetteer change
 * what is recognised, so facts record which rules produced them.
 */
export const NER_RULES_REVISION = 2;
/** Compromise's run time grows with the text; longer inputs should be split into segments first. */
const DEFAULT_MAX_CHARS = 1_000_000;

export interface NerInput {
  text: string;
}

export interface CompromiseNerOptions {
  /** Default: the bundled `defaultGazetteer()`. */
  gazetteer?: Gazetteer;
  /** Longer texts are refused as `TOO_LARGE`. Default 1,000,000 characters. */
  maxChars?: number;
}

/** `compromise-ner@<compromise version>+rules.<revision>`; reads the installed compromise's package.json. */
export function compromiseNerCard(): ModelCard {
  const version = `${compromiseVersion()}+rules.${NER_RULES_REVISION}`;
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'ner',
    licence: 'MIT',
    origin: 'npm:compromise + project patterns',
    engine: 'bundled',
  };
}

/** The bundled, offline English NER extractor. Nothing loads until the first `run`. */
export function createCompromiseNer(options: CompromiseNerOptions = {}): Extractor<NerInput, EntityMention[]> {
  const card = compromiseNerCard();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const engines = new ModelCache<Compromise>();

  async function load(): Promise<Compromise> {
    try {
      return await engines.get(card.id, () => Promise.resolve(loadCompromise()));
    } catch (err) {
      throw new ExtractorError(ExtractorErrorCode.EngineMissing, 'compromise could not be loaded', { cause: err });
    }
  }

  return {
    task: 'ner',
    modality: 'text',
    card,
    async run(input: NerInput, context?: RunContext): Promise<EntityMention[]> {
      assertNerInput(input, maxChars);
      context?.signal?.throwIfAborted();
      const nlp = await load();
      context?.signal?.throwIfAborted();
      try {
        return recognizeWith(nlp, input.text, options.gazetteer ? { gazetteer: options.gazetteer } : {});
      } catch (err) {
        throw new ExtractorError(ExtractorErrorCode.ModelFailed, 'entity recognition failed', { cause: err });
      }
    },
    // Compromise holds no native handles; forgetting it lets a later run start clean.
    dispose: () => engines.dispose(),
  };
}

function assertNerInput(input: NerInput, maxChars: number): void {
  const text: unknown = (input as { text?: unknown } | undefined)?.text;
  if (typeof text !== 'string') throw new ExtractorError(ExtractorErrorCode.UnsupportedType, 'NER input must have a string `text`');
  if (text.trim() === '') throw new ExtractorError(ExtractorErrorCode.EmptyInput, 'NER input text is empty');
  if (text.length > maxChars) {
    throw new ExtractorError(ExtractorErrorCode.TooLarge, `NER input has ${text.length} characters; the limit is ${maxChars}`);
  }
}
