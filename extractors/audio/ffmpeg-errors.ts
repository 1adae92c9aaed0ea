import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/** Debian package to name when ffmpeg or ffprobe is missing. */
export const FFMPEG_PACKAGE = 'ffmpeg';

/**
 * ffmpeg and ffprobe exit non-zero when the input cannot be parsed, and
 * `runProcessBytes` reports that as `ModelFailed` (retryable). For a decoder
 * it is the input's fault: rewrite it as `CorruptInput` so the job is not
 * retried. Timeouts stay `ModelFailed` (a loaded machine may do better next
 * time); a missing binary gains the apt package to install. The private
 * temporary `path` is cut from ffmpeg's words: it means nothing to a caller.
 */
export function asMediaError(err: unknown, name: string, path: string): unknown {
  if (!(err instanceof ExtractorError)) return err;
  if (err.code === ExtractorErrorCode.EngineMissing) {
    return new ExtractorError(ExtractorErrorCode.EngineMissing, `${err.message}; install the Debian package "${FFMPEG_PACKAGE}" (apt-get install ${FFMPEG_PACKAGE})`, {
      cause: err,
    });
  }
  // runProcessBytes words a timeout "<label> timed out after N ms".
  if (err.code === ExtractorErrorCode.ModelFailed && !/ timed out after \d+ ms/u.test(err.message)) {
    return new ExtractorError(ExtractorErrorCode.CorruptInput, `${name} could not be read as audio or video: ${lastLine(err.message).replaceAll(`${path}: `, '')}`, { cause: err });
  }
  return err;
}

function lastLine(message: string): string {
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? message;
}
