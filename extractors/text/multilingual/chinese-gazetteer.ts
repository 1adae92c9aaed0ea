import type { GazetteerEntry } from '../ner/index.js';
import type { ChineseSegmentation } from './chinese-segmentation.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { MultilingualMention } from './types.js';

interface Surface {
  form: string;
  entry: GazetteerEntry;
  isHan: boolean;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;
/** Administrative suffixes written onto a place name ("北京市", "广东省"). */
const PLACE_SUFFIX = /^[市省县区州]/u;

const surfacesByTable = new WeakMap<readonly GazetteerEntry[], Surface[]>();

/**
 * Table matches in Chinese text. Chinese has no spaces, so Han names match
 * anywhere and overlaps are left to the resolver (a longer organisation such
 * as "北京大学" beats "北京"); Latin names inside Chinese text must not be
 * part of a longer Latin word ("AI" in "OpenAI").
 */
export function findChineseGazetteerMatches(segmentation: ChineseSegmentation, entries: readonly GazetteerEntry[]): MultilingualMention[] {
  const { text } = segmentation;
  const mentions: MultilingualMention[] = [];
  for (const surface of surfacesOf(entries)) {
    for (let start = text.indexOf(surface.form); start >= 0; start = text.indexOf(surface.form, start + 1)) {
      let end = start + surface.form.length;
      if (!surface.isHan && !isWholeLatinWord(text, start, end)) continue;
      if (surface.entry.type === 'Location' && PLACE_SUFFIX.test(text.charAt(end)) && segmentation.isBoundary(end + 1)) end += 1;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        type: surface.entry.type,
        confidence: ML_CONFIDENCE.gazetteer,
        engine: 'gazetteer',
        rule: 'gazetteer',
        ...(surface.form !== surface.entry.name ? { canonical: surface.entry.name } : {}),
      });
    }
  }
  return mentions;
}

function surfacesOf(entries: readonly GazetteerEntry[]): Surface[] {
  let surfaces = surfacesByTable.get(entries);
  if (!surfaces) {
    // Later entries win a shared surface form, as in the English table's `extend`.
    const byForm = new Map<string, GazetteerEntry>();
    for (const entry of entries) for (const form of [entry.name, ...(entry.aliases ?? [])]) if (form.length > 0) byForm.set(form, entry);
    surfaces = [...byForm].map(([form, entry]) => ({ form, entry, isHan: HAN.test(form) }));
    surfacesByTable.set(entries, surfaces);
  }
  return surfaces;
}

function isWholeLatinWord(text: string, start: number, end: number): boolean {
  return !LATIN_WORD_CHAR.test(text.charAt(start - 1)) && !LATIN_WORD_CHAR.test(text.charAt(end));
}
