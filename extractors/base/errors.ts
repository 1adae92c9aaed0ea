/**
 * Input errors are the caller's fault and never retried (jobs mark them
 * unrecoverable); model errors may be transient.
 */
export const ExtractorErrorCode = {
  UnsupportedType: 'UNSUPPORTED_TYPE',
  EmptyInput: 'EMPTY_INPUT',
  TooLarge: 'TOO_LARGE',
  CorruptInput: 'CORRUPT_INPUT',
  InvalidEncoding: 'INVALID_ENCODING',
  ModelNotInstalled: 'MODEL_NOT_INSTALLED',
  ModelFailed: 'MODEL_FAILED',
  EngineMissing: 'ENGINE_MISSING',
} as const;
export type ExtractorErrorCode = (typeof ExtractorErrorCode)[keyof typeof ExtractorErrorCode];

export class ExtractorError extends Error {
  override name = 'ExtractorError';
  constructor(
    readonly code: ExtractorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True when retrying the same input cannot help. */
  get isInputError(): boolean {
    return (
      this.code === ExtractorErrorCode.UnsupportedType ||
      this.code === ExtractorErrorCode.EmptyInput ||
      this.code === ExtractorErrorCode.TooLarge ||
      this.code === ExtractorErrorCode.CorruptInput ||
      this.code === ExtractorErrorCode.InvalidEncoding
    );
  }
}
