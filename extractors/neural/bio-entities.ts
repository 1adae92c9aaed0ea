import type { Span } from '../base/contract.js';
import type { EntityType } from '../../graph-schema/index.js';
import type { TokenOffsets } from './token-alignment.js';

/**
 * Turns per-piece BIO labels (CoNLL-style `B-PER`, `I-ORG`, …; also BIOES
 * and bare `PER`) into whole entity spans. Labelling is per word: a word's
 * label and score are its first piece's (the usual reading of BERT-NER,
 * whose later pieces are trained on ignored labels), and its span runs from
 * its first to its last aligned piece.
 */

export interface RecognisedEntity extends Span {
  type: EntityType;
  /** The model's own tag, such as `PER` or `MISC`. */
  label: string;
  /** Mean of the words' softmax probabilities. */
  score: number;
}

export interface LabelledPiece {
  label: string;
  score: number;
  offsets: TokenOffsets | null;
  continuesWord: boolean;
}

/** CoNLL-2003 and OntoNotes tags this platform has a type for; other tags are dropped. */
const ENTITY_TYPE_BY_TAG: Readonly<Record<string, EntityType>> = {
  PER: 'Person',
  PERSON: 'Person',
  ORG: 'Organization',
  ORGANIZATION: 'Organization',
  LOC: 'Location',
  LOCATION: 'Location',
  GPE: 'Location',
  MISC: 'Concept',
};

export function entityTypeOf(tag: string): EntityType | undefined {
  return ENTITY_TYPE_BY_TAG[tag.toUpperCase()];
}

type Position = 'begin' | 'inside' | 'end' | 'single' | 'outside';

export function parseBioLabel(label: string): { position: Position; tag: string } {
  if (label === 'O' || label === '') return { position: 'outside', tag: 'O' };
  const match = /^([BIES])[-_](.+)$/.exec(label);
  if (!match) return { position: 'inside', tag: label };
  const positions = { B: 'begin', I: 'inside', E: 'end', S: 'single' } as const;
  return { position: positions[match[1] as keyof typeof positions], tag: match[2]! };
}

interface Word {
  label: string;
  score: number;
  offsets: TokenOffsets | null;
}

function groupWords(pieces: readonly LabelledPiece[]): Word[] {
  const words: Word[] = [];
  for (const piece of pieces) {
    const current = words.at(-1);
    if (piece.continuesWord && current) {
      if (piece.offsets) current.offsets = { start: current.offsets?.start ?? piece.offsets.start, end: piece.offsets.end };
    } else {
      words.push({ label: piece.label, score: piece.score, offsets: piece.offsets });
    }
  }
  return words;
}

interface OpenEntity {
  tag: string;
  type: EntityType;
  words: Word[];
}

function toEntity(text: string, open: OpenEntity): RecognisedEntity | undefined {
  const aligned = open.words.flatMap((w) => (w.offsets ? [w.offsets] : []));
  const first = aligned[0];
  const last = aligned.at(-1);
  if (!first || !last) return undefined;
  const score = open.words.reduce((sum, w) => sum + w.score, 0) / open.words.length;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), type: open.type, label: open.tag, score };
}

export function bioEntities(text: string, pieces: readonly LabelledPiece[]): RecognisedEntity[] {
  const entities: RecognisedEntity[] = [];
  let open: OpenEntity | undefined;
  const close = () => {
    const entity = open && toEntity(text, open);
    if (entity) entities.push(entity);
    open = undefined;
  };
  for (const word of groupWords(pieces)) {
    const { position, tag } = parseBioLabel(word.label);
    const type = entityTypeOf(tag);
    if (position === 'outside' || !type) {
      close();
      continue;
    }
    const continues = open?.tag === tag && (position === 'inside' || position === 'end');
    if (continues && open) open.words.push(word);
    else {
      close();
      open = { tag, type, words: [word] };
    }
    if (position === 'end' || position === 'single') close();
  }
  close();
  return entities;
}
