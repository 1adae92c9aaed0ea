import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { safeFileName, spoolFile } from './uploads.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

describe('uploads', () => {
  it('keeps file names to one safe path segment', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\notes.md')).toBe('notes.md');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('a<b>|c.txt')).toBe('a_b__c.txt');
    expect(safeFileName('')).toBe('upload.txt');
  });

  it('refuses oversized and lying files, and spools good ones under their hash', async () => {
    const spoolDir = await mkdtemp(join(tmpdir(), 'kg-api-spool-'));
    const limits = { maxBytes: 64, spoolDir };
    await expect(spoolFile(new Uint8Array(65).fill(65), 'big.txt', 'text/plain', 'files.0', limits)).rejects.toThrow(InvalidInputError);
    const lying = await spoolFile(PNG, 'notes.txt', 'text/plain', 'files.1', limits).catch((e: unknown) => e);
    expect(lying).toBeInstanceOf(InvalidInputError);
    expect(lying).toMatchObject({ field: 'files.1' });
    expect((lying as InvalidInputError).message).toMatch(/PNG/);
    const text = new TextEncoder().encode('Ada Lovelace met Charles Babbage.');
    const first = await spoolFile(text, 'ada.txt', 'text/plain', 'files.2', limits);
    const again = await spoolFile(text, 'ada.txt', undefined, 'files.2', limits);
    expect(again.path).toBe(first.path);
    expect(first.path.startsWith(spoolDir)).toBe(true);
    expect(await readFile(first.path, 'utf8')).toBe('Ada Lovelace met Charles Babbage.');
  });
});
