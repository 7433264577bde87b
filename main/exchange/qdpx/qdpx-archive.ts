// Files inside a .qdpx: the archive's entries (read through the zip guard) and the texts that
// project.qde points at with internal:// paths.
import { CaseError } from '../../core/errors';
import { ImportRefusal } from '../../import/import-refusal';
import { guardZip, type ZipLimits } from '../../import/zip-guard';
import { invalidProject } from './qde-parse';
import type { QdeProject, QdeTextSource } from './qde-read';

/**
 * A project holds one file per source, so a case of thousands of sources is an archive of
 * thousands of entries: the guard's default (1,000 entries, made for Word files) would refuse
 * Corroborate's own export of a large case. Size and ratio stay bounded against zip bombs; prose
 * deflates about 3:1, so 200:1 leaves room for repetitive text.
 */
export const QDPX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

/** Entry bytes by lower-cased name. */
export type Entries = Map<string, Uint8Array>;

export async function readEntries(bytes: Uint8Array): Promise<Entries> {
  try {
    const entries = await guardZip(bytes, QDPX_ZIP_LIMITS);
    // Entry names are matched case-insensitively: tools on Windows and macOS differ in case.
    return new Map(entries.map((entry) => [entry.name.toLowerCase(), entry.bytes]));
  } catch (error) {
    if (error instanceof ImportRefusal) {
      throw new CaseError(
        'invalid-request',
        `This .qdpx cannot be imported: the file ${error.reason}.`,
      );
    }
    throw error;
  }
}

/** The text of an `internal://` file, decoded as UTF-8 (a byte-order mark is dropped). */
function internalFile(path: string, entries: Entries, what: string): string {
  const match = /^internal:\/\/(.+)$/.exec(path.trim());
  if (!match?.[1]) {
    throw invalidProject(`${what} refers to "${path}", which is not a file inside the archive.`);
  }
  const name = match[1];
  const bytes =
    entries.get(`sources/${name}`.toLowerCase()) ??
    entries.get(`sources/${safeDecode(name)}`.toLowerCase());
  if (!bytes) throw invalidProject(`${what} is missing: the archive has no Sources/${name}.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidProject(`${what} (Sources/${name}) is not UTF-8 text.`);
  }
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function sourceText(source: QdeTextSource, entries: Entries): string {
  const what = `the text of source "${source.name}" (project.qde line ${source.line})`;
  if (source.content !== null) return source.content;
  if (source.plainTextPath === null) {
    throw invalidProject(
      `${what} is missing: it has neither PlainTextContent nor a plainTextPath.`,
    );
  }
  return internalFile(source.plainTextPath, entries, what);
}

/** The texts of the note `guid`: none when the note is missing or empty of text. */
export function noteText(project: QdeProject, guid: string, entries: Entries): string[] {
  const note = project.notes.get(guid);
  if (!note) return [];
  if (note.content !== null) return [note.content];
  if (note.plainTextPath !== null) {
    return [internalFile(note.plainTextPath, entries, `the text of note "${note.name}"`)];
  }
  return [];
}
