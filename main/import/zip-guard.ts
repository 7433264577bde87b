import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportRefusal } from './import-refusal';

export interface ZipLimits {
  maxEntries: number;
  /** Declared and actual uncompressed bytes, summed over every entry. */
  maxTotalBytes: number;
  /** Uncompressed size over compressed size, per entry. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
};

export interface CheckedEntry {
  name: string;
  bytes: Buffer;
}

/**
 * An archive's entries, inflated only after its central directory passed every check, and each
 * inflated under a hard byte cap: an archive that lies about its sizes stops at the first byte
 * past what it declared. Anything wrong is an ImportRefusal; nothing else is thrown.
 */
export async function guardZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<CheckedEntry[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openZip(buffer);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ImportRefusal(
        `is an archive of ${zip.entryCount} entries; the limit is ${limits.maxEntries}`,
      );
    }
    const entries = await readDirectory(zip);
    checkDirectory(entries, limits);
    const checked: CheckedEntry[] = [];
    let total = 0;
    for (const entry of entries) {
      const content = await inflate(zip, entry, limits.maxTotalBytes - total, limits);
      total += content.length;
      checked.push({ name: nameOf(entry), bytes: content });
    }
    return checked;
  } finally {
    zip.close();
  }
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are checked here, not by yauzl, so each refusal can say what was wrong.
    const options = { lazyEntries: true, validateEntrySizes: true, decodeStrings: false };
    yauzl.fromBuffer(buffer, options, (error, zip) => {
      if (error) reject(unreadable(error));
      else resolve(zip);
    });
  });
}

function readDirectory(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(unreadable(error)));
    zip.readEntry();
  });
}

function checkDirectory(entries: readonly Entry[], limits: ZipLimits): void {
  let declared = 0;
  for (const entry of entries) {
    const name = nameOf(entry);
    const unsafe = unsafeName(name);
    if (unsafe) throw new ImportRefusal(`contains an entry with ${unsafe} ("${name}")`);
    if (entry.isEncrypted()) throw new ImportRefusal(`contains an encrypted entry ("${name}")`);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxRatio) {
      throw new ImportRefusal(
        `looks like a ZIP bomb: "${name}" expands ${Math.round(ratio)} times; ` +
          `the limit is ${limits.maxRatio}`,
      );
    }
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxTotalBytes) throw tooLarge(limits.maxTotalBytes);
}

function unsafeName(name: string): string {
  if (name.includes('\\')) return 'a backslash in its name';
  if (/^[a-zA-Z]:/.test(name)) return 'a drive letter in its name';
  if (name.startsWith('/')) return 'an absolute path';
  if (name.split('/').includes('..')) return 'a ".." path segment';
  return '';
}

/** Streams one entry, stopping as soon as it passes its declared size or the remaining budget. */
function inflate(zip: ZipFile, entry: Entry, budget: number, limits: ZipLimits): Promise<Buffer> {
  const name = nameOf(entry);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (openError, stream) => {
      if (openError) return reject(unreadable(openError));
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      const fail = (refusal: ImportRefusal): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(refusal);
      };
      const lied = new ImportRefusal(
        `is a damaged ZIP archive: "${name}" is larger than it declares`,
      );
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entry.uncompressedSize) {
          fail(lied);
        } else if (size > budget) {
          fail(tooLarge(limits.maxTotalBytes));
        } else {
          chunks.push(chunk);
        }
      });
      // yauzl's own size check (validateEntrySizes) usually trips first on a lying entry.
      stream.on('error', (error: Error) =>
        fail(/too many bytes/i.test(error.message) ? lied : unreadable(error)),
      );
      stream.on('end', () => {
        if (!failed) resolve(Buffer.concat(chunks));
      });
    });
  });
}

function nameOf(entry: Entry): string {
  // With decodeStrings off, yauzl hands over the raw bytes; bit 11 marks UTF-8 names.
  const raw: unknown = entry.fileName;
  if (!Buffer.isBuffer(raw)) return String(raw);
  return raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
}

function tooLarge(limit: number): ImportRefusal {
  return new ImportRefusal(
    `would expand past ${Math.round(limit / (1024 * 1024))} MB; the archive is refused`,
  );
}

function unreadable(error: unknown): ImportRefusal {
  if (error instanceof ImportRefusal) return error;
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.\s*$/, '');
  return new ImportRefusal(`is not a readable ZIP archive (${detail})`);
}
