import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExif } from './exif.js';
import { jpegWithExif, samplePhoto } from './test-media.js';

/** exiftool is a Perl program: a second or so to start on a busy machine. */
const EXIFTOOL_TIMEOUT_MS = 30_000;

let messi: Buffer;
beforeAll(async () => {
  messi = await readFile(samplePhoto('messi5.jpg'));
});

describe('readExif', { timeout: EXIFTOOL_TIMEOUT_MS }, () => {
  it('reads the time with its offset, the camera and the GPS position', async () => {
    const jpeg = await jpegWithExif(messi, {
      Make: 'Canon',
      Model: 'Canon EOS 5D Mark IV',
      DateTimeOriginal: '2021:06:05 14:30:15',
      OffsetTimeOriginal: '+02:00',
      GPSLatitude: 52.5163,
      GPSLatitudeRef: 'N',
      GPSLongitude: 13.3777,
      GPSLongitudeRef: 'E',
      GPSAltitude: 34.5,
      GPSAltitudeRef: 'Above Sea Level',
    });
    const facts = await readExif(jpeg);
    expect(facts.takenAt).toBe('2021-06-05T14:30:15+02:00');
    expect(facts.camera).toEqual({ make: 'Canon', model: 'Canon EOS 5D Mark IV' });
    expect(facts.gps?.latitude).toBeCloseTo(52.5163, 4);
    expect(facts.gps?.longitude).toBeCloseTo(13.3777, 4);
    expect(facts.gps?.altitude).toBeCloseTo(34.5, 3);
  });

  it('signs southern, western and below-sea-level positions, and keeps a local time local', async () => {
    const jpeg = await jpegWithExif(messi, {
      DateTimeOriginal: '2019:12:31 23:59:59',
      SubSecTimeOriginal: '125',
      GPSLatitude: 31.5,
      GPSLatitudeRef: 'S',
      GPSLongitude: 35.5,
      GPSLongitudeRef: 'W',
      GPSAltitude: 430,
      GPSAltitudeRef: 'Below Sea Level',
    });
    const facts = await readExif(jpeg);
    expect(facts.takenAt).toBe('2019-12-31T23:59:59.125');
    expect(facts.camera).toBeUndefined();
    expect(facts.gps).toEqual({ latitude: -31.5, longitude: -35.5, altitude: -430 });
  });

  it('drops a zeroed clock and a position of exactly 0°, 0°', async () => {
    const jpeg = await jpegWithExif(messi, {
      Model: 'PhoneCam',
      // '#' writes the value as is: exiftool's own check would refuse a zero month.
      'DateTimeOriginal#': '0000:00:00 00:00:00',
      GPSLatitude: 0,
      GPSLatitudeRef: 'N',
      GPSLongitude: 0,
      GPSLongitudeRef: 'E',
    });
    expect(await readExif(jpeg)).toEqual({ camera: { model: 'PhoneCam' } });
  });

  it('gives {} for a photo without EXIF', async () => {
    expect(await readExif(await readFile(samplePhoto('astronaut.png')))).toEqual({});
    expect(await readExif(messi)).toEqual({});
  });

  it('gives {} for garbage, empty and truncated input instead of throwing', async () => {
    const tagged = await jpegWithExif(messi, { Make: 'Canon', GPSLatitude: 10, GPSLatitudeRef: 'N', GPSLongitude: 10, GPSLongitudeRef: 'E' });
    expect(await readExif(new TextEncoder().encode('not an image at all'))).toEqual({});
    expect(await readExif(new Uint8Array(0))).toEqual({});
    const cutInExif = tagged.subarray(0, 40);
    await expect(readExif(cutInExif)).resolves.toBeTypeOf('object');
    const scrambled = Buffer.from(tagged);
    scrambled.fill(0xff, 12, 200);
    await expect(readExif(scrambled)).resolves.toBeTypeOf('object');
  });
});
