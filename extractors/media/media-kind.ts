import { fileTypeFromBuffer } from 'file-type';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { extname } from 'node:path';

export type MediaKind = 'text' | 'image' | 'audio' | 'video';

/** Containers that hold audio only even though they can hold video too. */
const AUDIO_ONLY_EXTENSIONS = new Set(['.m4a', '.mka', '.oga', '.opus', '.weba']);
/** Signatures file-type reads but that are documents, handled by the text reader. */
const DOCUMENT_MIMES = new Set(['application/pdf', 'application/xml', 'text/xml', 'application/json']);

/**
 * Which pipeline a file goes to, decided by its bytes (magic numbers), not its
 * name: a JPEG named `notes.txt` is an image, a text named `photo.jpg` goes
 * to the text reader, which refuses it if it is not text either. Unknown and
 * textual content is `text`; that reader owns the refusals for it.
 */
export async function detectMediaKind(bytes: Uint8Array, fileName?: string): Promise<{ kind: MediaKind; mediaType: string | null }> {
  const type = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024)).catch(() => undefined);
  if (!type || DOCUMENT_MIMES.has(type.mime)) return { kind: 'text', mediaType: type?.mime ?? null };
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  if (type.mime.startsWith('image/')) return { kind: 'image', mediaType: type.mime };
  if (type.mime.startsWith('audio/')) return { kind: 'audio', mediaType: type.mime };
  if (type.mime.startsWith('video/')) return { kind: AUDIO_ONLY_EXTENSIONS.has(ext) ? 'audio' : 'video', mediaType: type.mime };
  return { kind: 'text', mediaType: type.mime };
}

const KIND_BY_EXTENSION: Readonly<Record<string, MediaKind>> = Object.fromEntries([
  ...['.jpg', '.jpeg', '.png', '.gif', '.webp', '.tif', '.tiff', '.avif', '.bmp', '.heic'].map((e) => [e, 'image']),
  ...['.wav', '.mp3', '.flac', '.ogg', '.oga', '.opus', '.m4a', '.aac', '.wma'].map((e) => [e, 'audio']),
  ...['.mp4', '.mov', '.mkv', '.webm', '.avi', '.m4v', '.mpg', '.mpeg'].map((e) => [e, 'video']),
  ...['.txt', '.md', '.html', '.htm', '.pdf', '.json', '.jsonl'].map((e) => [e, 'text']),
]) as Record<string, MediaKind>;

/**
 * Refuses a file whose name claims one kind of medium while its bytes are
 * another ("song.wav" holding a PNG): a mislabelled or disguised upload is
 * reported, not quietly read as something else. Names with no known
 * extension say nothing and pass.
 */
export function assertNameMatchesContent(fileName: string, detected: { kind: MediaKind; mediaType: string | null }): void {
  const claimed = KIND_BY_EXTENSION[extname(fileName).toLowerCase()];
  if (!claimed || claimed === detected.kind) return;
  const actual = detected.kind === 'text' ? (detected.mediaType ? `a ${detected.mediaType} file` : 'text (or unknown bytes)') : `${/^[aeiou]/.test(detected.kind) ? 'an' : 'a'} ${detected.kind} (${detected.mediaType ?? 'unknown type'})`;
  throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `"${fileName}": the name says ${claimed} but the content is ${actual}`);
}
