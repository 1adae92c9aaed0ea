import type { EntityType } from '../../../graph-schema/index.js';

/**
 * Which part of the bundled recogniser produced a mention. `pattern` covers
 * the project's own rules (dates, money, corporate suffixes, honorifics).
 */
export type MentionEngine = 'compromise' | 'pattern' | 'gazetteer' | 'neural';

/** A typed entity mention with offsets into the analysed text (end exclusive). */
export interface EntityMention {
  start: number;
  end: number;
  /** Always `text.slice(start, end)` of the analysed text. */
  text: string;
  type: EntityType;
  /** 0–1; a per-source prior, not a calibrated probability (see `confidence.ts`). */
  confidence: number;
  engine: MentionEngine;
  /** The gazetteer's preferred name when the mention matched one of its aliases (e.g. "U.S." → "United States"). */
  canonical?: string;
}
