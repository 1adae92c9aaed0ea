/**
 * Maps offsets in a cleaned text back to the text it was derived from.
 *
 * The map is a list of segments, sorted and contiguous on the clean side:
 * segment i covers clean `[cleanStarts[i], cleanStarts[i + 1])` and stands for
 * source `[sourceStarts[i], sourceEnds[i])`. Source text that cleaning dropped
 * (tags, markup, zero-width characters) lies in the gaps between segments, so
 * a typical document needs one segment per edit, not one per character.
 */

/**
 * Which way an offset on the boundary of dropped source text resolves:
 * `start` skips past the dropped text (a span starting here), `end` stops
 * before it (a span ending here).
 */
export type OffsetSide = 'start' | 'end';

/** Anything that maps clean offsets to source offsets. */
export interface OffsetMapping {
  toSource(offset: number, side: OffsetSide): number;
}

export class OffsetMap implements OffsetMapping {
  private constructor(
    private readonly cleanStarts: Int32Array,
    private readonly sourceStarts: Int32Array,
    private readonly sourceEnds: Int32Array,
    private readonly cleanLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    return length === 0
      ? new OffsetMap(new Int32Array(0), new Int32Array(0), new Int32Array(0), 0)
      : new OffsetMap(Int32Array.of(0), Int32Array.of(0), Int32Array.of(length), length);
  }

  /** @internal used by the builder. */
  static fromSegments(cleanStarts: number[], sourceStarts: number[], sourceEnds: number[], cleanLength: number): OffsetMap {
    return new OffsetMap(Int32Array.from(cleanStarts), Int32Array.from(sourceStarts), Int32Array.from(sourceEnds), cleanLength);
  }

  get segmentCount(): number {
    return this.cleanStarts.length;
  }

  toSource(offset: number, side: OffsetSide): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.cleanLength) {
      throw new RangeError(`offset ${offset} is outside the text (length ${this.cleanLength})`);
    }
    const count = this.cleanStarts.length;
    if (count === 0) return 0;
    if (offset === this.cleanLength) return this.at(this.sourceEnds, count - 1);

    const i = this.segmentIndexAt(offset);
    const cleanStart = this.at(this.cleanStarts, i);
    if (offset === cleanStart) {
      return side === 'end' && i > 0 ? this.at(this.sourceEnds, i - 1) : this.at(this.sourceStarts, i);
    }
    const cleanEnd = i + 1 < count ? this.at(this.cleanStarts, i + 1) : this.cleanLength;
    const sourceStart = this.at(this.sourceStarts, i);
    const sourceEnd = this.at(this.sourceEnds, i);
    // Equal lengths mean a character-for-character copy; otherwise the
    // segment is a replacement (an entity, a collapsed run) with no inside.
    if (cleanEnd - cleanStart === sourceEnd - sourceStart) return sourceStart + (offset - cleanStart);
    return side === 'end' ? sourceEnd : sourceStart;
  }

  /** Index of the last segment starting at or before `offset`. */
  private segmentIndexAt(offset: number): number {
    let low = 0;
    let high = this.cleanStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.at(this.cleanStarts, mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private at(array: Int32Array, index: number): number {
    const value = array[index];
    if (value === undefined) throw new RangeError(`offset map has no segment ${index}`);
    return value;
  }
}

/** Maps through several stages, outermost (the final clean text) first. */
export class ChainedMapping implements OffsetMapping {
  constructor(private readonly stages: readonly OffsetMapping[]) {}

  toSource(offset: number, side: OffsetSide): number {
    return this.stages.reduce((current, stage) => stage.toSource(current, side), offset);
  }
}

/**
 * Builds a clean text and its map together, so every edit records where it
 * came from. Calls must move forward through the source.
 */
export class OffsetMapBuilder {
  private readonly pieces: string[] = [];
  private readonly cleanStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  private length = 0;
  private lastChars = '';

  /** Source offset up to which the builder has consumed. */
  get sourcePosition(): number {
    return this.sourceEnds.at(-1) ?? 0;
  }

  get cleanLength(): number {
    return this.length;
  }

  /** The last two characters emitted so far. */
  get tail(): string {
    return this.lastChars;
  }

  /** Keeps `source[start, end)` unchanged. */
  copy(source: string, start: number, end: number): void {
    if (end > start) this.push(start, end, source.slice(start, end));
  }

  /** Emits `text` in place of `source[start, end)`. */
  replace(start: number, end: number, text: string): void {
    if (text.length > 0) this.push(start, end, text);
  }

  /** Emits text that has no source of its own (a newline for a block tag), anchored at `at`. */
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  build(): { text: string; map: OffsetMap } {
    const text = this.pieces.join('');
    return { text, map: OffsetMap.fromSegments(this.cleanStarts, this.sourceStarts, this.sourceEnds, text.length) };
  }

  private push(start: number, end: number, text: string): void {
    if (start < this.sourcePosition || end < start) {
      throw new RangeError(`source range [${start}, ${end}) goes backwards (already at ${this.sourcePosition})`);
    }
    const last = this.cleanStarts.length - 1;
    const lastCleanStart = this.cleanStarts[last];
    const lastSourceStart = this.sourceStarts[last];
    const lastSourceEnd = this.sourceEnds[last];
    const isLinear = text.length === end - start;
    if (
      isLinear &&
      lastCleanStart !== undefined &&
      lastSourceStart !== undefined &&
      lastSourceEnd === start &&
      this.length - lastCleanStart === lastSourceEnd - lastSourceStart
    ) {
      // Adjacent copies merge, which keeps the map small.
      this.sourceEnds[last] = end;
    } else {
      this.cleanStarts.push(this.length);
      this.sourceStarts.push(start);
      this.sourceEnds.push(end);
    }
    this.pieces.push(text);
    this.length += text.length;
    this.lastChars = (this.lastChars + text.slice(-2)).slice(-2);
  }
}

const CLOSING_PUNCTUATION = /[\p{Pe}\p{Pf}.,;:!?'"]/u;
const OPENING_PUNCTUATION = /[\p{Ps}\p{Pi}'"¿¡]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WHITESPACE = /\s/u;

/**
 * Guesses whether a bare offset starts or ends a span, so `toOriginal(s)` and
 * `toOriginal(e)` both land on the text itself and not on the markup next to
 * it: in "<b>Alice</b>, Bob" the offset after "Alice" is followed by a comma,
 * so it ends a span and maps to before "</b>".
 */
export function guessSide(text: string, offset: number): OffsetSide {
  const before = text[offset - 1];
  const after = text[offset];
  if (after === undefined || WHITESPACE.test(after) || CLOSING_PUNCTUATION.test(after)) return 'end';
  if (before === undefined || WHITESPACE.test(before) || OPENING_PUNCTUATION.test(before)) return 'start';
  if (WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return 'end';
  return 'start';
}
