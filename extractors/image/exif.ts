import exifr from 'exifr';

/** The facts worth a graph node from a photo's EXIF; every field is absent when the file does not say. */
export interface ExifFacts {
  /**
   * When the photo was taken, ISO 8601. EXIF clocks are local time, so the
   * offset is present only when the camera wrote one (`OffsetTimeOriginal`):
   * `2021-06-05T14:30:15+02:00`, otherwise `2021-06-05T14:30:15`.
   */
  takenAt?: string;
  camera?: { make?: string; model?: string };
  /** WGS 84 degrees (south and west negative); altitude in metres, negative below sea level. */
  gps?: { latitude: number; longitude: number; altitude?: number };
}

/** Raw values as exifr gives them with `reviveValues: false`. */
interface RawExif {
  Make?: unknown;
  Model?: unknown;
  DateTimeOriginal?: unknown;
  CreateDate?: unknown;
  SubSecTimeOriginal?: unknown;
  OffsetTimeOriginal?: unknown;
  GPSStatus?: unknown;
  GPSAltitude?: unknown;
  GPSAltitudeRef?: unknown;
  latitude?: unknown;
  longitude?: unknown;
}

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: false,
  interop: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  // Revived dates are read in the server's time zone; the raw "YYYY:MM:DD hh:mm:ss" keeps the camera's local time.
  reviveValues: false,
  translateValues: false,
} as const;

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cameras pad fixed-size fields with NULs and spaces.
  const cleaned = value.replace(/\0+/g, '').trim();
  return cleaned === '' ? undefined : cleaned;
}

function isoDateTime(raw: unknown, subSeconds: unknown, offset: unknown): string | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(cleanString(raw) ?? '');
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  // "0000:00:00 00:00:00" is how cameras without a set clock say "unknown".
  if (year < 1800 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  const fraction = /^\d+$/.exec(cleanString(subSeconds) ?? '')?.[0];
  const zone = /^[+-]\d{2}:\d{2}$/.exec(cleanString(offset) ?? '')?.[0];
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction ? `.${fraction}` : ''}${zone ?? ''}`;
}

function firstNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof Uint8Array || Array.isArray(value)) return firstNumber((value as ArrayLike<unknown>)[0]);
  return undefined;
}

function gpsOf(raw: RawExif): ExifFacts['gps'] {
  const { latitude, longitude } = raw;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  // 'V' is the receiver saying its measurement is void; exactly 0°, 0° is a phone writing zeros without a fix.
  if (cleanString(raw.GPSStatus) === 'V' || (latitude === 0 && longitude === 0)) return undefined;
  const altitude = firstNumber(raw.GPSAltitude);
  if (altitude === undefined || !Number.isFinite(altitude)) return { latitude, longitude };
  return { latitude, longitude, altitude: firstNumber(raw.GPSAltitudeRef) === 1 ? -altitude : altitude };
}

/**
 * When, with what and where a photo was taken, from its EXIF (JPEG, TIFF,
 * PNG, WebP, HEIC, AVIF). Never throws: a file without EXIF, or with
 * garbage there, gives `{}`, because metadata is a bonus and never a reason
 * to refuse an image.
 */
export async function readExif(bytes: Uint8Array): Promise<ExifFacts> {
  let raw: RawExif | undefined;
  try {
    raw = (await exifr.parse(bytes, EXIFR_OPTIONS)) as RawExif | undefined;
  } catch {
    return {};
  }
  if (raw === undefined || raw === null || typeof raw !== 'object') return {};
  const facts: ExifFacts = {};
  const takenAt = isoDateTime(raw.DateTimeOriginal, raw.SubSecTimeOriginal, raw.OffsetTimeOriginal) ?? isoDateTime(raw.CreateDate, undefined, undefined);
  if (takenAt !== undefined) facts.takenAt = takenAt;
  const make = cleanString(raw.Make);
  const model = cleanString(raw.Model);
  if (make !== undefined || model !== undefined) facts.camera = { ...(make === undefined ? {} : { make }), ...(model === undefined ? {} : { model }) };
  const gps = gpsOf(raw);
  if (gps !== undefined) facts.gps = gps;
  return facts;
}
