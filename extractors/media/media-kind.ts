import { fileTypeFromBuffer } from 'file-type';
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
