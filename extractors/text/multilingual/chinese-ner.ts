import { modelId, type ModelCard } from '../../base/contract.js';
import type { Gazetteer } from '../ner/index.js';
import { findChineseDates, findChineseMoney } from './chinese-dates-money.js';
import { findChineseGazetteerMatches } from './chinese-gazetteer.js';
import { findJiebaProperNouns } from './chinese-jieba-names.js';
import { findHeadedEvents, findSuffixedOrganizations } from './chinese-organizations.js';
import { findChinesePersonNames } from './chinese-person-names.js';
import { findChineseShortForms } from './chinese-short-forms.js';
import { ChineseSegmentation } from './chinese-segmentation.js';
import { findTitledTransliterations, findTransliteratedNames } from './chinese-transliterated-names.js';
import { defaultMultilingualGazetteer } from './default-gazetteer.js';
import { jiebaVersion, tagChinese } from './jieba-engine.js';
import { attachLatinAliases } from './latin-alias.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { MULTILINGUAL_RULES_REVISION } from './rules-revision.js';
import type { MultilingualMention } from './types.js';

const MODEL_NAME = 'zh-rules-ner';

export interface ChineseNerOptions {
  /**
   * Names to recognise; only its `entries` are used (Chinese has no spaces,
   * so the English whole-word matcher does not apply). Replaces the bundled
   * table; pass `defaultMultilingualGazetteer().extend(entries)` to add to it.
   * Default: `defaultMultilingualGazetteer()`.
   */
  gazetteer?: Gazetteer;
}

/** `zh-rules-ner@<jieba version>+rules.<revision>`; reads the installed jieba's package.json. */
export function chineseNerCard(): ModelCard {
  const version = `${jiebaVersion()}+rules.${MULTILINGUAL_RULES_REVISION}`;
  return {
    id: modelId(MODEL_NAME, version),
    name: MODEL_NAME,
    version,
    task: 'ner',
    licence: 'MIT',
    origin: 'npm:@node-rs/jieba + project rules (extractors/text/multilingual)',
    engine: 'bundled',
  };
}

/**
 * Named entities in ORIGINAL Chinese text, by rules over jieba's
 * segmentation: the name table, "·"-joined transliterations, surname-led
 * names, suffix-anchored organisations, jieba's organisation and place tags,
 * and date and money patterns. Offsets index `text` (UTF-16 code units, end
 * exclusive); mentions never overlap and come sorted by start. A bracketed
 * Latin name after a mention becomes its `latinAlias`. Loads jieba on the
 * first call.
 */
export function recognizeChineseEntities(text: string, options: ChineseNerOptions = {}): MultilingualMention[] {
  if (text.trim() === '') return [];
  const segmentation = new ChineseSegmentation(text, tagChinese(text));
  const gazetteer = options.gazetteer ?? defaultMultilingualGazetteer();
  const candidates = [
    ...findChineseGazetteerMatches(segmentation, gazetteer.entries),
    ...findTransliteratedNames(segmentation),
    ...findTitledTransliterations(segmentation),
    ...findSuffixedOrganizations(segmentation),
    ...findHeadedEvents(segmentation),
    ...findChinesePersonNames(segmentation),
    ...findJiebaProperNouns(segmentation),
    ...findChineseDates(text),
    ...findChineseMoney(text),
  ];
  const found = resolveOverlaps(candidates);
  // Short forms of names the document has already given in full ("韦伯" after "克劳斯·韦伯", "宁巴斯" after "宁巴斯机器人公司").
  return attachLatinAliases(text, resolveOverlaps([...found, ...findChineseShortForms(text, found)]));
}
