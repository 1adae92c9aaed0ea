import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { decodeBytes } from './decode-bytes.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const encode = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));

function refusal(run: () => unknown): ExtractorError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractorError) return error;
    throw error;
  }
  throw new Error('expected an ExtractorError');
}

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Zürich, 北京, 😀'), 'a.txt')).toEqual({ text: 'Zürich, 北京, 😀', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('café')]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('decodes UTF-16LE and UTF-16BE by their byte-order marks', () => {
    const text = 'Hello, 世界 — café';
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]);
    expect(decodeBytes(le, 'le.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'be.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('decodes UTF-16LE without a byte-order mark from its NUL pattern', () => {
    const bytes = encode('Plain ASCII text saved as UTF-16.', 'utf-16le');
    expect(decodeBytes(bytes, 'no-bom.txt')).toEqual({ text: 'Plain ASCII text saved as UTF-16.', encoding: 'utf-16le' });
  });

  it('decodes UTF-32LE by its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x00, ...iconv.encode('Grüße', 'utf-32le')]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: 'Grüße', encoding: 'utf-32le' });
  });

  it('decodes windows-1252 text ("café")', () => {
    const text = 'Le café est très bon, déjà vu à la crème brûlée — “naïve” façade.';
    expect(decodeBytes(encode(text, 'windows-1252'), 'menu.txt')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('decodes a text too short for chardet as windows-1252 when the accents sit inside words', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'short.txt')).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it('decodes GB18030 Chinese', () => {
    const text = '北京是中华人民共和国的首都，也是全国的政治和文化中心。';
    expect(decodeBytes(encode(text, 'gb18030'), 'zh.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it('decodes Shift_JIS Japanese', () => {
    const text = '東京は日本の首都です。今日はいい天気ですね。';
    expect(decodeBytes(encode(text, 'shift_jis'), 'ja.txt')).toEqual({ text, encoding: 'shift_jis' });
  });

  it('decodes windows-1251 Russian', () => {
    const text = 'Городской совет утвердил новый бюджет во вторник после долгих обсуждений.';
    expect(decodeBytes(encode(text, 'windows-1251'), 'ru.txt')).toEqual({ text, encoding: 'windows-1251' });
  });

  it('uses a declared charset when the bytes are not UTF-8', () => {
    const text = 'Ça coûte 5 € à Zürich.';
    expect(decodeBytes(encode(text, 'iso-8859-15'), 'a.txt', 'ISO-8859-15')).toEqual({ text, encoding: 'iso-8859-15' });
  });

  it('refuses damaged UTF-8 instead of decoding it as Latin-1 mojibake', () => {
    const bytes = new Uint8Array([...utf8('Zürich ist schön und München auch. '), 0xff, ...utf8(' Straße.')]);
    const error = refusal(() => decodeBytes(bytes, 'damaged.txt'));
    expect(error.code).toBe(ExtractorErrorCode.InvalidEncoding);
    expect(error.message).toContain('damaged.txt');
    expect(error.message).toContain('0xFF');
  });

  it('refuses invalid UTF-8 that reads as no other encoding', () => {
    const bytes = new Uint8Array([...utf8('hello '), 0xff, 0xfe, 0xfd, 0xfc, ...utf8(' world')]);
    const error = refusal(() => decodeBytes(bytes, 'noise.txt'));
    expect(error.code).toBe(ExtractorErrorCode.InvalidEncoding);
    expect(error.message).toMatch(/noise\.txt.*not valid UTF-8/);
  });

  it('refuses bytes that are undefined in the guessed encodings', () => {
    const error = refusal(() => decodeBytes(new Uint8Array([0x80, 0x81, 0x82, 0x83, 0x84, 0x41, 0x42]), 'undefined.txt'));
    expect(error.code).toBe(ExtractorErrorCode.InvalidEncoding);
  });

  it('refuses a UTF-8 byte-order mark followed by invalid UTF-8', () => {
    const error = refusal(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62]), 'bom.txt'));
    expect(error.code).toBe(ExtractorErrorCode.InvalidEncoding);
    expect(error.message).toContain('bom.txt');
  });

  it('refuses binary content with NUL bytes', () => {
    const bytes = new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x00, 0x00, 0x10]);
    const error = refusal(() => decodeBytes(bytes, 'data.txt'));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/data\.txt.*binary.*NUL/);
  });

  it('refuses content that is mostly control characters', () => {
    const bytes = new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(refusal(() => decodeBytes(bytes, 'ctrl.txt')).code).toBe(ExtractorErrorCode.UnsupportedType);
  });
});
