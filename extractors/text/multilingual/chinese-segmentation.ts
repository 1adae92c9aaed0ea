import type { ChineseToken } from './jieba-engine.js';

/** jieba's words indexed by position, for rules that must respect word boundaries. */
export class ChineseSegmentation {
  private readonly starts = new Set<number>();
  private readonly ends = new Set<number>();
  /** Index into `tokens` of the word covering each UTF-16 position, -1 where none does. */
  private readonly tokenIndexAt: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly ChineseToken[],
  ) {
    this.tokenIndexAt = new Int32Array(text.length).fill(-1);
    tokens.forEach((token, index) => {
      this.starts.add(token.start);
      this.ends.add(token.end);
      this.tokenIndexAt.fill(index, token.start, token.end);
    });
  }

  /** True where no word straddles `position` (text edges included). */
  isBoundary(position: number): boolean {
    return position <= 0 || position >= this.text.length || this.starts.has(position) || this.ends.has(position);
  }

  tokenAt(position: number): ChineseToken | undefined {
    return this.tokens[this.tokenIndexAt[position] ?? -1];
  }

  /** The word ending exactly at `position`, if a word boundary is there. */
  tokenBefore(position: number): ChineseToken | undefined {
    const token = this.tokenAt(position - 1);
    return token?.end === position ? token : undefined;
  }

  /** The word starting exactly at `position`, if a word boundary is there. */
  tokenFrom(position: number): ChineseToken | undefined {
    const token = this.tokenAt(position);
    return token?.start === position ? token : undefined;
  }

  /** The words lying entirely inside [start, end). */
  tokensWithin(start: number, end: number): ChineseToken[] {
    const within: ChineseToken[] = [];
    for (let index = this.tokenIndexAt[start] ?? -1; index >= 0 && index < this.tokens.length; index++) {
      const token = this.tokens[index];
      if (!token || token.start >= end) break;
      if (token.start >= start && token.end <= end) within.push(token);
    }
    return within;
  }
}
