import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { encodeWav16 } from '../audio/index.js';
import { assertNameMatchesContent, detectMediaKind } from './media-kind.js';

describe('detectMediaKind', () => {
  it('routes by content, whatever the name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await detectMediaKind(png, 'notes.txt')).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(await detectMediaKind(encodeWav16(new Float32Array(160), 16_000), 'song.jpg')).toMatchObject({ kind: 'audio' });
    expect(await detectMediaKind(Buffer.from('Tim Cook is the CEO of Apple.'), 'photo.jpg')).toEqual({ kind: 'text', mediaType: null });
    expect(await detectMediaKind(Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'doc.pdf')).toMatchObject({ kind: 'text' });
  });
});

describe('assertNameMatchesContent', () => {
  it('refuses a name that claims another kind of medium, and lets matching or unknown names pass', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    const asImage = await detectMediaKind(png, 'song.wav');
    expect(() => assertNameMatchesContent('song.wav', asImage)).toThrow('"song.wav": the name says audio but the content is an image (image/png)');
    expect(() => assertNameMatchesContent('photo.png', asImage)).not.toThrow();
    expect(() => assertNameMatchesContent('upload.bin', asImage)).not.toThrow();
    const text = await detectMediaKind(Buffer.from('just some words'), 'holiday.jpg');
    expect(() => assertNameMatchesContent('holiday.jpg', text)).toThrow(/name says image but the content is text/);
  });
});
