// The path "New case" proposes: the data folder and a file named after the case.

export const CASE_EXTENSION = '.corroborate';
const MAX_NAME = 100;

/** `name` as a file name any system accepts: no separators, reserved or control characters. */
export function caseFileName(name: string): string {
  const cleaned = Array.from(
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, MAX_NAME)
    .join('')
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  return `${cleaned || 'New case'}${CASE_EXTENSION}`;
}

/** Where a case named `name` would go in `folder`, with the platform's separator. */
export function proposedCasePath(folder: string, name: string, platform: string): string {
  const separator = platform === 'win32' ? '\\' : '/';
  const base = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  return `${base}${caseFileName(name)}`;
}
