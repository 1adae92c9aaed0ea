import { describe, expect, it } from 'vitest';
import type { Span } from '../../base/contract.js';
import { splitSentences } from './sentences.js';

function texts(text: string, language?: string, lineBreaks?: 'auto' | 'hard'): string[] {
  const sentences = splitSentences(text, language, lineBreaks ? { lineBreaks } : {});
  expectExactOffsets(text, sentences);
  return sentences.map((sentence) => sentence.text);
}

function expectExactOffsets(text: string, spans: Span[]): void {
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('splitSentences', () => {
  it('splits plain English with exact offsets', () => {
    const text = 'Alice met Bob. They went to Paris!  Was it fun? Yes.';
    const sentences = splitSentences(text, 'en');
    expect(sentences).toEqual([
      { start: 0, end: 14, text: 'Alice met Bob.' },
      { start: 15, end: 34, text: 'They went to Paris!' },
      { start: 36, end: 47, text: 'Was it fun?' },
      { start: 48, end: 52, text: 'Yes.' },
    ]);
  });

  it('keeps English abbreviations, decimals and initials inside sentences', () => {
    expect(texts('Mr. Smith met Dr. Jones at Acme Inc. on Monday. The U.S. economy grew 3.5% in 2023. He read J. R. R. Tolkien, e.g. The Hobbit, twice.')).toEqual([
      'Mr. Smith met Dr. Jones at Acme Inc. on Monday.',
      'The U.S. economy grew 3.5% in 2023.',
      'He read J. R. R. Tolkien, e.g. The Hobbit, twice.',
    ]);
  });

  it('ends a sentence at a company abbreviation followed by a capital', () => {
    expect(texts('She works for Acme Inc. The company is in Ohio.')).toEqual(['She works for Acme Inc.', 'The company is in Ohio.']);
  });

  it('keeps "No." before a number but not at the end of a sentence', () => {
    expect(texts('See No. 5 on the list. Then stop.')).toEqual(['See No. 5 on the list.', 'Then stop.']);
    expect(texts('Dijo que no. Luego se fue.', 'es')).toEqual(['Dijo que no.', 'Luego se fue.']);
  });

  it('handles Spanish titles and ¿¡', () => {
    expect(texts('La Sra. López habló con el Sr. García. ¿Dónde está la Dra. Pérez? ¡No lo sé! Vive en EE.UU. desde 2010.', 'es')).toEqual([
      'La Sra. López habló con el Sr. García.',
      '¿Dónde está la Dra. Pérez?',
      '¡No lo sé!',
      'Vive en EE.UU. desde 2010.',
    ]);
  });

  it('ends a sentence after its closing quote', () => {
    expect(texts('She said "Stop." Then she left. He asked (quietly) "why?" and waited.')).toEqual([
      'She said "Stop."',
      'Then she left.',
      'He asked (quietly) "why?" and waited.',
    ]);
    expect(texts('“It is late.” They went home.')).toEqual(['“It is late.”', 'They went home.']);
  });

  it('does not split an ellipsis before a lowercase word', () => {
    expect(texts('Well... maybe not. Wait… What?')).toEqual(['Well... maybe not.', 'Wait…', 'What?']);
  });

  it('does not split URLs, e-mail addresses or numbers', () => {
    expect(texts('Visit example.com or mail a.b@example.org today. Pi is 3.14159.')).toEqual([
      'Visit example.com or mail a.b@example.org today.',
      'Pi is 3.14159.',
    ]);
  });

  it('splits Chinese and Japanese at full-width enders without spaces', () => {
    const chinese = '北京是中国的首都。上海是最大的城市！你去过吗？我去过；很好。“他说：你好。”然后走了';
    expect(texts(chinese, 'zh')).toEqual(['北京是中国的首都。', '上海是最大的城市！', '你去过吗？', '我去过；', '很好。', '“他说：你好。”', '然后走了']);
    expect(texts('東京は日本の首都です。「本当？」はい。', 'ja')).toEqual(['東京は日本の首都です。', '「本当？」', 'はい。']);
  });

  it('splits ASCII enders followed directly by Chinese', () => {
    expect(texts('他来了!我们走吧?好的.', 'zh')).toEqual(['他来了!', '我们走吧?', '好的.']);
  });

  it('treats headings and list items as their own sentences', () => {
    const text = 'Introduction\nThe council met today. It agreed.\n- apples\n- pears\n1. first step\n\nClosing words';
    expect(texts(text)).toEqual(['Introduction', 'The council met today.', 'It agreed.', '- apples', '- pears', '1. first step', 'Closing words']);
  });

  it('joins wrapped prose lines in auto mode and splits them in hard mode', () => {
    const text = 'This line is a long wrapped line of prose that continues\non the next line and then ends. Done.';
    expect(texts(text)).toEqual(['This line is a long wrapped line of prose that continues\non the next line and then ends.', 'Done.']);
    expect(texts(text, 'en', 'hard')).toEqual(['This line is a long wrapped line of prose that continues', 'on the next line and then ends.', 'Done.']);
  });

  it('never ends a sentence inside brackets opened mid-sentence, full-width or ASCII', () => {
    expect(texts('宁远公司（Ningyuan Ltd.）总部位于杭州。它成立于2001年。', 'zh')).toEqual(['宁远公司（Ningyuan Ltd.）总部位于杭州。', '它成立于2001年。']);
    expect(texts('The studio (Orbit Games Inc.) hired ten people. It grew.')).toEqual(['The studio (Orbit Games Inc.) hired ten people.', 'It grew.']);
  });

  it('still ends a bracketed sentence that stands on its own', () => {
    expect(texts('(This is a note.) The talk starts at nine.')).toEqual(['(This is a note.)', 'The talk starts at nine.']);
  });

  it('returns no sentences for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
