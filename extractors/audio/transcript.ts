/** A recognised word, times in milliseconds from the start of the audio. */
export interface TranscriptWord {
  word: string;
  startMs: number;
  endMs: number;
  /**
   * 0..1. pocketsphinx: the word's posterior probability in its lattice.
   * transformers.js pipelines report none and give `UNSCORED_CONFIDENCE` (1):
   * compare confidences only between words of the same model.
   */
  confidence: number;
}

/** What a speech recogniser heard. */
export interface Transcript {
  /** The words joined by single spaces, no fillers. pocketsphinx: lower case, no punctuation; Whisper: as the model writes it. */
  text: string;
  /** In time order. */
  words: TranscriptWord[];
  language: 'en';
}

/** A transcript from words, put in time order. */
export function transcriptOf(words: TranscriptWord[]): Transcript {
  const ordered = [...words].sort((a, b) => a.startMs - b.startMs);
  return { text: ordered.map((w) => w.word).join(' '), words: ordered, language: 'en' };
}
