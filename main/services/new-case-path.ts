import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CaseError } from '../core/errors';

/** The extension every case file carries. */
export const CASE_EXTENSION = '.corroborate';

/** Where new cases may go: `roots` (the browser host), or anywhere (native dialogs, the CLI). */
export interface NewCasePolicy {
  /** The folder "New case" proposes. */
  folder: string;
  /** Folders new cases must be inside; null for no limit. */
  roots: readonly string[] | null;
}

/**
 * The file a new case is created as, from the path the analyst typed or chose: a full path
 * (a relative one would land wherever the app happens to run), with `.corroborate` added when
 * it has another extension or none, inside one of the allowed folders. Refuses with a message
 * that says which rule the path broke.
 */
export function newCasePath(given: string, policy: NewCasePolicy): string {
  const typed = given.trim();
  if (!isAbsolute(typed)) {
    throw new CaseError(
      'invalid-request',
      `"${typed}" is not a full path. Type the whole path of the new case file, such as "${join(policy.folder, `New case${CASE_EXTENSION}`)}".`,
    );
  }
  if (/[\\/]$/.test(typed)) {
    throw new CaseError(
      'invalid-request',
      `"${typed}" names a folder; add the new case file's name after it.`,
    );
  }
  const absolute = resolve(typed);
  const path =
    extname(absolute).toLowerCase() === CASE_EXTENSION ? absolute : `${absolute}${CASE_EXTENSION}`;
  const { roots } = policy;
  if (roots && !roots.some((root) => isInside(realFolder(dirname(path)), realFolder(root)))) {
    throw new CaseError(
      'invalid-request',
      `New cases go in ${roots.map((root) => `"${root}"`).join(' or ')} (or a folder inside); "${path}" is outside them.`,
    );
  }
  return path;
}

/** `folder` with symbolic links resolved, as far up as it exists (the rest as typed). */
function realFolder(folder: string): string {
  let existing = folder;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return folder;
    rest.unshift(basename(existing));
    existing = parent;
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return folder;
  }
}

function isInside(path: string, root: string): boolean {
  const between = relative(root, path);
  return (
    between === '' || (!between.startsWith(`..${sep}`) && between !== '..' && !isAbsolute(between))
  );
}
