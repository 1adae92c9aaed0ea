import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectMediaKind } from '../../extractors/media/index.js';
import { prepareSampleMedia } from './prepare-media.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('sample media for the first run', () => {
  it('makes photos, a captioned photo and recordings from Debian packages, each readable as what it claims', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-sample-media-'));
    dirs.push(dir);
    const { files, skipped } = await prepareSampleMedia(dir);
    expect(skipped).toEqual([]);
    const kinds = await Promise.all(files.map(async (f) => [basename(f), (await detectMediaKind(await readFile(f), f)).kind]));
    expect(kinds).toEqual([
      ['astronaut.png', 'image'],
      ['coffee.png', 'image'],
      ['motorcycle_left.png', 'image'],
      ['eileen-collins-caption.jpg', 'image'],
      ['berlin-meeting.wav', 'audio'],
      ['paris-visit.wav', 'audio'],
    ]);
  });
});
