import type { ModelCard } from '../base/contract.js';
import { ModelCache } from '../base/model-cache.js';
import type { EntityType } from '../../graph-schema/ontology.js';
import { isProperEntry, isReference, shortGloss, surnameOf } from './cedict-gloss.js';
import { loadChineseLexicon, type ChineseLexicon } from './chinese-lexicon.js';
import { dictionaryName, readingOf, romanizeChineseName } from './chinese-names.js';
import { joinSyllables, syllables } from './pinyin.js';
import { toNameCase } from './title-case.js';
import { transliterationSpellings } from './transliterated-names.js';
import type { TermMethod, TermTranslation } from './types.js';

// Longest first, so 有限公司 is not read as 公司 after 有限.
const CORPORATE_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['股份有限公司', 'Co., Ltd.'],
  ['有限责任公司', 'Co., Ltd.'],
  ['有限公司', 'Co., Ltd.'],
  ['集团公司', 'Group'],
  ['集团', 'Group'],
  ['控股', 'Holdings'],
  ['公司', 'Company'],
];

const HAN = /\p{Script=Han}/u;
/** Trade words whose first CC-CEDICT sense is not what company names mean by them (科技: "science and technology"). */
const COMPANY_WORDS: Readonly<Record<string, string>> = { 科技: 'Technology' };
const NAME_DOTS = /[·•・]/;
// jieba tags for proper nouns: person, place, organisation, other, transliterated.
const PROPER_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);
const PUNCTUATION: Readonly<Record<string, string>> = { '。': '.', '，': ',', '、': ',', '：': ':', '；': ';', '？': '?', '！': '!', '“': '"', '”': '"', '（': '(', '）': ')' };

/** One token of a gloss, with offsets into the original Chinese text (end exclusive). */
export interface GlossToken {
  source: string;
  gloss: string;
  start: number;
  end: number;
}

/** A word-by-word gloss. Explicitly not a translation: word order and grammar are Chinese. */
export interface SentenceGloss {
  text: string;
  engine: 'cedict-gloss';
  isTranslation: false;
  model: ModelCard;
  tokens: GlossToken[];
}

export interface ChineseTermOptions {
  /** Replaces the real dictionary load (a seam for tests of callers). Default: cc-cedict + jieba. */
  loadLexicon?: () => Promise<ChineseLexicon>;
}

/**
 * Translates Chinese entity names and glossary terms with CC-CEDICT and jieba:
 * dictionary names first (北京 → Beijing, 北京大学 → Peking University), then
 * corporate suffixes (华为技术有限公司 → Huawei Technology Co., Ltd.), then
 * person names romanised (张伟 → Zhang Wei), then names composed segment by
 * segment. The dictionary loads on first use and is kept.
 */
export class ChineseTermTranslator {
  private readonly lexicons = new ModelCache<ChineseLexicon>();
  private readonly load: () => Promise<ChineseLexicon>;

  constructor(options: ChineseTermOptions = {}) {
    this.load = options.loadLexicon ?? loadChineseLexicon;
  }

  async card(): Promise<ModelCard> {
    return (await this.lexicon()).card;
  }

  async translateTerm(term: string, type?: EntityType): Promise<TermTranslation> {
    const lexicon = await this.lexicon();
    const source = term.trim();
    if (!HAN.test(source)) return { source: term, text: source, engine: 'identity', method: 'unchanged' };
    const found = this.translateName(source, lexicon, type);
    if (!found) {
      return { source: term, text: null, engine: 'none', reason: `no CC-CEDICT entry or romanisation for "${source}"` };
    }
    const spellings = NAME_DOTS.test(source) ? transliterationSpellings(source, lexicon) : undefined;
    return { source: term, text: found.text, engine: 'cedict', method: found.method, model: lexicon.card, ...(spellings ? { spellings } : {}) };
  }

  async translateTerms(terms: ReadonlyArray<{ text: string; type?: EntityType }>): Promise<TermTranslation[]> {
    return Promise.all(terms.map((t) => this.translateTerm(t.text, t.type)));
  }

  /** Word-by-word English gloss of a Chinese sentence, with offsets back into it. */
  async glossSentence(text: string): Promise<SentenceGloss> {
    const lexicon = await this.lexicon();
    const tokens: GlossToken[] = [];
    let cursor = 0;
    for (const { word, tag } of lexicon.tag(text)) {
      const start = text.indexOf(word, cursor);
      if (start < 0) continue;
      cursor = start + word.length;
      if (word.trim() === '') continue;
      tokens.push({ source: word, gloss: this.glossWord(word, tag, lexicon), start, end: cursor });
    }
    return { text: joinGlosses(tokens.map((t) => t.gloss)), engine: 'cedict-gloss', isTranslation: false, model: lexicon.card, tokens };
  }

  async dispose(): Promise<void> {
    await this.lexicons.dispose();
  }

  private lexicon(): Promise<ChineseLexicon> {
    return this.lexicons.get('cc-cedict', this.load);
  }

  private translateName(term: string, lexicon: ChineseLexicon, type?: EntityType): { text: string; method: TermMethod } | undefined {
    if (NAME_DOTS.test(term)) return this.transliteratedName(term, lexicon);
    const known = dictionaryName(term, lexicon, type);
    if (known) return { text: known.text, method: known.viaReference ? 'dictionary-reference' : 'dictionary' };
    if (type === undefined || type === 'Organization') {
      for (const [suffix, english] of CORPORATE_SUFFIXES) {
        const base = term.endsWith(suffix) ? term.slice(0, -suffix.length) : '';
        const translatedBase = base ? this.translateName(base, lexicon, 'Organization') : undefined;
        if (translatedBase) return { text: `${translatedBase.text} ${english}`, method: 'corporate-suffix' };
      }
    }
    if (type === undefined || type === 'Person') {
      const surnameAlone = type === 'Person' ? lexicon.lookup(term).flatMap((e) => e.english).map(surnameOf).find(Boolean) : undefined;
      const person = surnameAlone ?? romanizeChineseName(term, lexicon);
      if (person) return { text: person, method: 'romanised-person-name' };
    }
    const composed = this.compose(term, lexicon);
    return composed ? { text: composed, method: 'composed' } : undefined;
  }

  /**
   * "唐纳德·特朗普": each dotted part is one name, but CEDICT glosses 特朗普
   * as the whole person "Donald Trump", so a part's gloss is cut to its first
   * word (given names) or last word (the final part, a family name).
   */
  private transliteratedName(term: string, lexicon: ChineseLexicon): { text: string; method: TermMethod } | undefined {
    const parts = term.split(NAME_DOTS).filter(Boolean);
    const names = parts.map((part, i) => {
      const words = (dictionaryName(part, lexicon, 'Person')?.text ?? romanizeHan(part, lexicon) ?? '').split(' ');
      return (i === parts.length - 1 ? words[words.length - 1] : words[0]) ?? '';
    });
    return names.every(Boolean) ? { text: names.join(' '), method: 'composed' } : undefined;
  }

  /** Segment by segment: the first may be a name, later ones are usually heads ("大学" university, "银行" bank). */
  private compose(term: string, lexicon: ChineseLexicon): string | undefined {
    const parts = dictionarySegments(term, lexicon).map((segment, i) => {
      if (!HAN.test(segment)) return segment;
      const entries = lexicon.lookup(segment);
      const common = nameWordGloss(entries.filter((e) => !isProperEntry(e)).flatMap((e) => e.english));
      const proper = dictionaryName(segment, lexicon)?.text;
      if (i > 0 && COMPANY_WORDS[segment]) return COMPANY_WORDS[segment];
      return (i === 0 ? proper ?? common : common ?? proper) ?? romanizeHan(segment, lexicon);
    });
    return parts.every(Boolean) ? toNameCase(parts.join(' ')) : undefined;
  }

  private glossWord(word: string, tag: string, lexicon: ChineseLexicon): string {
    if (!HAN.test(word)) return PUNCTUATION[word] ?? word;
    const entries = lexicon.lookup(word);
    // jieba tags unseen names 'x' (张伟); those and person tags get a name reading.
    const mayBeName = tag.startsWith('nr') || (tag === 'x' && entries.length === 0);
    if (PROPER_TAGS.has(tag) || mayBeName) {
      const name = dictionaryName(word, lexicon)?.text ?? (mayBeName ? romanizeChineseName(word, lexicon) : undefined);
      if (name) return name;
    }
    const common = entries.filter((e) => !isProperEntry(e)).flatMap((e) => e.english).map(shortGloss).find(Boolean);
    return common ?? dictionaryName(word, lexicon)?.text ?? romanizeHan(word, lexicon) ?? word;
  }
}

/**
 * The sense a name means by a common word: the first one, unless it needs a
 * domain aside and a later sense does not. 物流 is "distribution (business);
 * logistics", and "Logistics" is what a name made of it says in English.
 */
function nameWordGloss(senses: readonly string[]): string | undefined {
  const first = senses[0];
  if (first !== undefined && /\(/u.test(first)) {
    const plain = senses.slice(1).find((sense) => !/[()]/u.test(sense) && !isReference(sense));
    if (plain) return shortGloss(plain);
  }
  return senses.map(shortGloss).find(Boolean);
}

const LONGEST_WORD = 6;

/**
 * jieba's HMM keeps unseen strings whole ("华为技术"), which is right for
 * person names but leaves nothing to look up in a company name; such
 * segments are split again by longest CEDICT match (华为 + 技术).
 */
function dictionarySegments(term: string, lexicon: ChineseLexicon): string[] {
  return lexicon.segment(term).flatMap((segment) => {
    if (!HAN.test(segment) || lexicon.lookup(segment).length > 0) return [segment];
    const chars = [...segment];
    const pieces: string[] = [];
    let run = '';
    for (let i = 0; i < chars.length; ) {
      let length = Math.min(LONGEST_WORD, chars.length - i);
      while (length > 1 && lexicon.lookup(chars.slice(i, i + length).join('')).length === 0) length -= 1;
      const piece = chars.slice(i, i + length).join('');
      i += length;
      // Characters no longer word takes ("瀚", "星" of "瀚星科技") are a coined name: kept together, so it is romanised, not glossed "Ocean Star".
      if (length === 1 && HAN.test(piece)) {
        run += piece;
        continue;
      }
      if (run) pieces.push(run);
      run = '';
      pieces.push(piece);
    }
    if (run) pieces.push(run);
    return pieces;
  });
}

/** Pinyin of each character as one capitalised word, for names no dictionary knows. */
function romanizeHan(word: string, lexicon: ChineseLexicon): string | undefined {
  const readings = [...word].map((char) => readingOf(char, lexicon));
  if (readings.some((r) => r === undefined)) return undefined;
  return joinSyllables(readings.flatMap((r) => syllables(r ?? '')));
}

/** Spaces between words, none before punctuation. */
function joinGlosses(glosses: readonly string[]): string {
  return glosses.reduce((text, gloss) => (text === '' || /^[.,:;?!)]/.test(gloss) ? text + gloss : `${text} ${gloss}`), '');
}
