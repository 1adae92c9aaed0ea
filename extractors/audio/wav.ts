import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * 16-bit PCM WAV: writing (pocketsphinx and flite speak 16-bit PCM) and the header
 * check that ffmpeg does not do (it decodes a truncated WAV without a word).
 */

const HEADER_BYTES = 44;
/** Streaming writers (ffmpeg to a pipe, some recorders) leave sizes unknown as 0 or 0xFFFFFFFF. */
const UNKNOWN_SIZES = new Set([0, 0xffff_ffff]);

/** Encodes mono samples (-1..1, clipped) as a 16-bit PCM WAV file. */
export function encodeWav16(samples: Float32Array, sampleRate: number): Buffer {
  const pcm = encodePcm16(samples);
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/** Headerless 16-bit little-endian PCM (what pocketsphinx reads from a pipe). */
export function encodePcm16(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out.writeInt16LE(Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), i * 2);
  }
  return out;
}

export function isRiffWave(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE';
}

/**
 * Throws `CorruptInput` when a RIFF/WAVE file is shorter than its own `data`
 * chunk header says: a file cut short in transfer. Chunks are walked rather
 * than assuming the canonical 44-byte header, because LIST/fact chunks often
 * precede `data`. Non-WAV input passes untouched.
 */
export function assertCompleteWav(bytes: Uint8Array, name = 'input'): void {
  if (!isRiffWave(bytes)) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, 4);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'data') {
      if (UNKNOWN_SIZES.has(size)) return;
      const present = bytes.length - body;
      if (size > present) {
        throw new ExtractorError(
          ExtractorErrorCode.CorruptInput,
          `${name} is a truncated WAV file: its header declares ${size} bytes of audio but only ${present} are present (file cut short?)`,
        );
      }
      return;
    }
    // Chunks are word-aligned: an odd-sized chunk is followed by a pad byte.
    offset = body + size + (size % 2);
  }
  throw new ExtractorError(ExtractorErrorCode.CorruptInput, `${name} is a truncated WAV file: it ends before its audio (no complete "data" chunk)`);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString('latin1');
}
