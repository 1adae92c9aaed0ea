import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { assertCompleteWav, encodePcm16, encodeWav16, isRiffWave } from './wav.js';

describe('16-bit WAV', () => {
  it('writes a canonical header and clipped, rounded samples', () => {
    const wav = encodeWav16(new Float32Array([0, 1, -1, 2, -2, 0.5]), 16_000);
    expect(wav.length).toBe(44 + 12);
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(36 + 12);
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt32LE(40)).toBe(12);
    expect([0, 1, 2, 3, 4, 5].map((i) => wav.readInt16LE(44 + i * 2))).toEqual([0, 32767, -32768, 32767, -32768, 16384]);
    expect(encodePcm16(new Float32Array([0.5]))).toEqual(wav.subarray(44 + 10));
    expect(isRiffWave(wav)).toBe(true);
  });

  it('accepts complete files, streaming sizes and non-WAV bytes', () => {
    const wav = encodeWav16(new Float32Array(100), 16_000);
    expect(() => assertCompleteWav(wav)).not.toThrow();
    const streamed = Buffer.from(wav);
    streamed.writeUInt32LE(0xffff_ffff, 40);
    expect(() => assertCompleteWav(streamed.subarray(0, 100))).not.toThrow();
    expect(() => assertCompleteWav(Buffer.from('ID3 not a wav'))).not.toThrow();
  });

  it('walks chunks before "data" and refuses a file shorter than its data chunk', () => {
    const wav = encodeWav16(new Float32Array(100), 16_000);
    // A LIST chunk of odd length (padded) between fmt and data, as taggers write it.
    const list = Buffer.concat([Buffer.from('LIST'), Buffer.from([3, 0, 0, 0]), Buffer.from('abc'), Buffer.from([0])]);
    const tagged = Buffer.concat([wav.subarray(0, 36), list, wav.subarray(36)]);
    expect(() => assertCompleteWav(tagged)).not.toThrow();
    expect(() => assertCompleteWav(tagged.subarray(0, tagged.length - 1), 'x.wav')).toThrow(
      expect.objectContaining({ code: ExtractorErrorCode.CorruptInput, message: expect.stringContaining('declares 200 bytes of audio but only 199') as unknown }),
    );
  });
});
