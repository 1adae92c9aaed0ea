import type { GraphPatchInput } from '../../graph-schema/index.js';

type Segment = NonNullable<GraphPatchInput['segments']>[number];
type Mention = NonNullable<GraphPatchInput['mentions']>[number];

/** A word with its time range, as a transcriber gives it. */
export interface TimedWord {
  word: string;
  startMs: number;
  endMs: number;
}

/**
 * A piece of text found in media, located in the media: an OCR line (a box)
 * or an utterance (a time range, with its words). Pieces are joined into one
 * text for the text pipeline; this is how its offsets map back.
 */
export interface TextPiece {
  text: string;
  /** The segment that locates this piece in the medium (region or time), without text offsets yet. */
  segment: Omit<Segment, 'start' | 'end' | 'text'>;
  /** Transcripts only: the words of `text`, in order, joined by single spaces. */
  words?: TimedWord[];
}

export interface JoinedText {
  text: string;
  /** Where each piece lies in `text` (end exclusive). */
  ranges: { start: number; end: number }[];
}

/** Pieces joined by newlines, so a sentence splitter sees each OCR line or utterance as its own block. */
export function joinPieces(pieces: readonly TextPiece[]): JoinedText {
  const ranges: JoinedText['ranges'] = [];
  let text = '';
  for (const piece of pieces) {
    if (text.length > 0) text += '\n';
    ranges.push({ start: text.length, end: text.length + piece.text.length });
    text += piece.text;
  }
  return { text, ranges };
}

/** Index of the range holding `offset` (ranges sorted, non-overlapping), or -1. */
function pieceAt(ranges: JoinedText['ranges'], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as JoinedText['ranges'][number];
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The time span of the words a character range [start, end) of a piece covers. */
function wordTimes(piece: TextPiece, start: number, end: number): { startMs: number; endMs: number } | undefined {
  if (!piece.words || piece.words.length === 0) return undefined;
  let offset = 0;
  let first: TimedWord | undefined;
  let last: TimedWord | undefined;
  for (const w of piece.words) {
    const wordEnd = offset + w.word.length;
    if (wordEnd > start && offset < end) {
      first ??= w;
      last = w;
    }
    offset = wordEnd + 1;
  }
  return first && last ? { startMs: first.startMs, endMs: last.endMs } : undefined;
}

/**
 * Places the media segments into a text patch made from `joinPieces(pieces).text`:
 * every piece becomes a segment holding its text and offsets into the joined
 * text, and each mention moves to the piece it lies in, so its provenance is
 * a box or a time range (transcript mentions get their words' times). The
 * text pipeline's own chunk segments stay: they carry the embeddings for
 * semantic search and the evidence sentences of relations.
 */
export function locateTextInMedia(patch: GraphPatchInput, pieces: readonly TextPiece[], joined: JoinedText): GraphPatchInput {
  const chunkCount = patch.segments?.length ?? 0;
  const pieceSegments: Segment[] = pieces.map((piece, i) => {
    const range = joined.ranges[i] as JoinedText['ranges'][number];
    return { ...piece.segment, index: chunkCount + i, text: piece.text, start: range.start, end: range.end };
  });
  const mentions = (patch.mentions ?? []).map((m): Mention => {
    if (m.start === undefined) return m;
    const at = pieceAt(joined.ranges, m.start);
    const piece = pieces[at];
    const segment = pieceSegments[at];
    if (!piece || !segment) return m;
    const range = joined.ranges[at] as JoinedText['ranges'][number];
    const times = wordTimes(piece, m.start - range.start, (m.end ?? m.start) - range.start);
    return { ...m, segmentId: segment.id, ...(times ?? {}) };
  });
  return { ...patch, segments: [...(patch.segments ?? []), ...pieceSegments], mentions };
}
