/** Programming errors in resolution inputs; never retried. */
export const ResolveErrorCode = {
  DimensionMismatch: 'DIMENSION_MISMATCH',
  InvalidMention: 'INVALID_MENTION',
} as const;
export type ResolveErrorCode = (typeof ResolveErrorCode)[keyof typeof ResolveErrorCode];

export class ResolveError extends Error {
  override name = 'ResolveError';
  constructor(
    readonly code: ResolveErrorCode,
    message: string,
  ) {
    super(message);
  }
}
