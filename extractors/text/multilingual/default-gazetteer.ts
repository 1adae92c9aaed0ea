import { defaultGazetteer, type Gazetteer } from '../ner/index.js';
import { MULTILINGUAL_GAZETTEER } from './multilingual-gazetteer.js';

let instance: Gazetteer | undefined;

/**
 * The English table extended with Chinese and Spanish names. English names
 * stay in because Latin-script brands ("OpenAI", "Google") appear as written
 * in Chinese and Spanish text. Built on first use.
 */
export function defaultMultilingualGazetteer(): Gazetteer {
  instance ??= defaultGazetteer().extend(MULTILINGUAL_GAZETTEER);
  return instance;
}
