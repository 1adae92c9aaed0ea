import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { encodeWav16 } from '../audio/index.js';
import { detectMediaKind } from './media-kind.js';

describe('detectMediaKind', () => {
  it('routes by content, whatever the name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await detectMediaKind(png, 'notes.txt')).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(await detectMediaKind(encodeWav16(new Float32Array(160), 16_000), 'song.jpg')).toMatchObject({ kind: 'audio' });
    expect(await detectMediaKind(Buffer.from('Tim Cook is the CEO of Apple.'), 'photo.jpg')).toEqual({ kind: 'text', mediaType: null });
    expect(await detectMediaKind(Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'doc.pdf')).toMatchObject({ kind: 'text' });
  });
});
