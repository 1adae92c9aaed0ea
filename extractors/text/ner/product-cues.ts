import { CONFIDENCE } from './confidence.js';
import { NON_NAME_WORDS } from './non-name-words.js';
import type { EntityMention } from './types.js';

/** Kinds of made things: a name right before one ("the Strato delivery drone") or described as one ("Strato, a robot") is a product. */
const PRODUCT_NOUNS = [
  'robot', 'drone', 'sensor', 'lidar', 'radar', 'camera', 'phone', 'smartphone', 'handset', 'tablet', 'laptop', 'notebook',
  'chip', 'chipset', 'processor', 'headset', 'console', 'car', 'sedan', 'truck', 'scooter', 'satellite', 'rocket', 'aircraft',
  'airliner', 'jet', 'helicopter', 'printer', 'router', 'smartwatch', 'earbuds', 'app', 'device', 'prototype', 'vehicle',
];
const PRODUCT_NOUN = `(?:${PRODUCT_NOUNS.join('|')})(?:e?s)?`;
/**
 * Model codes: capital letters, then digits after a hyphen or at least two
 * digits ("HX-9", "A320", "RTX-4090"). One digit straight after the letters
 * is left out, as it is mostly a formula or a label ("CO2", "G7", "Q3").
 */
const MODEL_CODE = String.raw`\p{Lu}{1,5}(?:-\d{1,4}|\d{2,4})\p{Lu}?`;
/** Codes of that shape that name diseases, standards and flights, not products. */
const NOT_PRODUCT_CODES = /^(?:COVID|SARS|MERS|ISO|IEC|RFC|MH|FY|EN|DIN)-?\d/u;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]{2,}`;
/** Up to two lower-case words between the name and its kind: "Strato warehouse robots", "HX-9 lidar sensor". */
const BEFORE_KIND = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${MODEL_CODE}|${WORD})(?=(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}?[ \t]+${PRODUCT_NOUN}(?![\p{L}]))`,
  'gu',
);
/** "Strato, a wheeled robot", "the HX-9, a compact lidar sensor". */
const DESCRIBED_AS_KIND = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${MODEL_CODE}|${WORD}),[ \t]+an?(?=(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,3}?[ \t]+${PRODUCT_NOUN}(?![\p{L}]))`,
  'gu',
);
/** A model code made, sold or launched: "produces the HX-9", "unveiled its X-200". Words are not trusted here ("makes Nimbus a leader"). */
const MADE_CODE = new RegExp(
  String.raw`(?<![\p{L}])(?:produces|produced|manufactures|manufactured|makes|made|builds|built|launched|launches|unveiled|unveils|released|releases|ships|shipped|sells|sold)[ \t]+(?:(?:the|its|their|a|new)[ \t]+)*(${MODEL_CODE})(?![\p{L}\p{N}-])`,
  'gu',
);
const SENTENCE_START = /(?:^|[.!?:;"“]\s*|\n\s*)$/u;

export interface ProductCueOptions {
  /** True for words that describe rather than name ("German cars", "Chinese drones"). Default: none. */
  isDescriptiveWord?: (word: string) => boolean;
}

/**
 * Products named by what they are, for names no table knows: a capitalised
 * word or model code right before a kind of product ("its Strato delivery
 * drone", "the HX-9 lidar sensor"), described as one ("Strato, a wheeled
 * robot"), or a model code that something produces ("produces the HX-9").
 * A capitalised word opening a sentence is not trusted ("Delivery robots
 * …"); `propagateDocumentNames` finds its later mentions once one is cued.
 */
export function productMentions(text: string, options: ProductCueOptions = {}): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const pattern of [BEFORE_KIND, DESCRIBED_AS_KIND, MADE_CODE]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      if (name === undefined) continue;
      const start = match.index + match[0].indexOf(name);
      if (!isProductName(text, name, start, options)) continue;
      mentions.push({ start, end: start + name.length, text: name, type: 'Product', confidence: CONFIDENCE.productCue, engine: 'pattern' });
    }
  }
  return mentions;
}

function isProductName(text: string, name: string, start: number, options: ProductCueOptions): boolean {
  if (/\d/u.test(name)) return !NOT_PRODUCT_CODES.test(name);
  if (NON_NAME_WORDS.has(name) || SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) return false;
  // The last word of a longer name ("San Francisco robots") is not a product of its own.
  const previous = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  if (/^\p{Lu}/u.test(previous) && !NON_NAME_WORDS.has(previous)) return false;
  return !(options.isDescriptiveWord?.(name) ?? false);
}
