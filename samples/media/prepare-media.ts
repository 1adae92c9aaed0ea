import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { synthesizeSpeech } from '../../extractors/audio/test-media.js';
import { captionedPhoto, samplePhoto } from '../../extractors/image/test-media.js';

/**
 * Sample images and recordings for `npm start`'s first run. Nothing binary
 * is committed: photos come from Debian's python3-skimage, speech is
 * synthesised with flite, a caption is printed onto a photo with sharp.
 * What cannot be made (a package missing) is skipped and reported.
 */
export async function prepareSampleMedia(dir: string): Promise<{ files: string[]; skipped: string[] }> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const skipped: string[] = [];
  const attempt = async (name: string, make: (path: string) => Promise<void>) => {
    const path = join(dir, name);
    try {
      await make(path);
      files.push(path);
    } catch (err) {
      skipped.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  for (const photo of ['astronaut.png', 'coffee.png', 'motorcycle_left.png'] as const) {
    await attempt(photo, (path) => copyFile(samplePhoto(photo), path));
  }
  await attempt('eileen-collins-caption.jpg', async (path) => {
    const { jpeg } = await captionedPhoto('astronaut.png', 'Eileen Collins visited Houston', { fontSize: 28, left: 40, top: 430 });
    await writeFile(path, jpeg);
  });
  await attempt('berlin-meeting.wav', async (path) => writeFile(path, await synthesizeSpeech('Angela Merkel met Barack Obama in Berlin yesterday.', 'kal16')));
  await attempt('paris-visit.wav', async (path) => writeFile(path, await synthesizeSpeech('Tim Cook visited Paris and spoke about Apple.', 'slt')));
  return { files, skipped };
}
