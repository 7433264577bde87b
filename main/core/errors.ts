import type { ErrorCode, ErrorInfo } from '../../preload/contract';

/**
 * An expected failure with a message an analyst can act on. Anything else that escapes a
 * service is a bug and is reported as `internal`.
 */
export class CaseError extends Error {
  override readonly name = 'CaseError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof CaseError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
