import { mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { safeFileName, spoolFile, sweepSpool, type SpoolJobState } from './uploads.js';

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
    expect((lying as InvalidInputError).message).toBe('"notes.txt": the name says text but the content is an image (image/png)');
    // Media whose name and bytes agree is spooled for the worker, which decodes it.
    const image = await spoolFile(PNG, 'pixel.png', 'image/png', 'files.3', { ...limits, maxBytes: 1024 });
    expect(image.mediaType).toBe('image/png');
    const text = new TextEncoder().encode('Ada Lovelace met Charles Babbage.');
    const first = await spoolFile(text, 'ada.txt', 'text/plain', 'files.2', limits);
    const again = await spoolFile(text, 'ada.txt', undefined, 'files.2', limits);
    expect(again.path).toBe(first.path);
    expect(first.path.startsWith(spoolDir)).toBe(true);
    expect(await readFile(first.path, 'utf8')).toBe('Ada Lovelace met Charles Babbage.');
  });

  it('sweeps spooled files whose job is final, and orphans once old; keeps pending ones and anything not spooled', async () => {
    const spoolDir = await mkdtemp(join(tmpdir(), 'kg-api-sweep-'));
    const limits = { maxBytes: 1024, spoolDir };
    const spool = (text: string, name: string) => spoolFile(new TextEncoder().encode(text), name, 'text/plain', 'files.0', limits);
    const done = await spool('Ada Lovelace wrote the first program.', 'done.txt');
    const failed = await spool('Grace Hopper found a moth.', 'failed.txt');
    const waiting = await spool('Alan Turing asked if machines can think.', 'waiting.txt');
    const orphan = await spool('Charles Babbage designed an engine.', 'orphan.txt');
    const fresh = await spool('Katherine Johnson computed orbits.', 'fresh.txt');
    const hour = 3_600_000;
    const old = new Date(Date.now() - 2 * hour);
    await utimes(orphan.path, old, old);
    // Not the spool's layout: never touched.
    await mkdir(join(spoolDir, 'not-a-hash'));
    await writeFile(join(spoolDir, 'not-a-hash', 'keep.txt'), 'x');

    const states = new Map<string, SpoolJobState>([[done.path, 'final'], [failed.path, 'final'], [waiting.path, 'pending']]);
    const asked: string[] = [];
    const result = await sweepSpool({
      spoolDir,
      orphanAgeMs: hour,
      jobState: ({ path, contentHash }) => {
        asked.push(contentHash);
        return Promise.resolve(states.get(path) ?? 'missing');
      },
    });
    expect(result.removed.sort()).toEqual([done.path, failed.path, orphan.path].sort());
    expect(result.kept).toBe(2);
    // The job is found by the content hash the folder is named after.
    expect(asked).toContain(done.contentHash.slice(0, 32));
    const left = (await readdir(spoolDir, { recursive: true })).map(String).sort();
    expect(left).toEqual([join(waiting.contentHash.slice(0, 32)), join(waiting.contentHash.slice(0, 32), 'waiting.txt'), join(fresh.contentHash.slice(0, 32)), join(fresh.contentHash.slice(0, 32), 'fresh.txt'), 'not-a-hash', join('not-a-hash', 'keep.txt')].sort());

    // Spooling the same content again restores a swept file and restarts an orphan's grace period.
    const again = await spool('Ada Lovelace wrote the first program.', 'done.txt');
    expect(await readFile(again.path, 'utf8')).toBe('Ada Lovelace wrote the first program.');
    expect((await sweepSpool({ spoolDir, orphanAgeMs: hour, jobState: () => Promise.resolve('missing' as const) })).removed).toEqual([]);
    expect(await sweepSpool({ spoolDir: join(spoolDir, 'nowhere'), orphanAgeMs: 0, jobState: () => Promise.resolve('final' as const) })).toEqual({ removed: [], kept: 0 });
  });
});
