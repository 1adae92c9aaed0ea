import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { detectMediaKind } from './media-kind.js';

/** A minimal PCM WAV: RIFF header plus `samples` zero samples. */
function wav(samples: number): Buffer {
  const data = samples * 2;
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVEfmt ', 8, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(16000, 24);
  b.writeUInt32LE(32000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(data, 40);
  return b;
}

describe('detectMediaKind', () => {
  it('routes by content, whatever the name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await detectMediaKind(png, 'notes.txt')).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(await detectMediaKind(wav(160), 'song.jpg')).toMatchObject({ kind: 'audio' });
    expect(await detectMediaKind(Buffer.from('Tim Cook is the CEO of Apple.'), 'photo.jpg')).toEqual({ kind: 'text', mediaType: null });
    expect(await detectMediaKind(Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'doc.pdf')).toMatchObject({ kind: 'text' });
  });
});
