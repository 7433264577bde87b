import JSZip from 'jszip';
import { BYTE_MUTATORS, concat, mutateBytes, type Random, latin1 } from './mutate';

// ZIP mutations for the import fuzz run. They work on the raw records (local header + data,
// central directory record) so they can produce what a zip library refuses to write:
// duplicate names, "../" names, sizes that lie, encryption flags, bombs.

// ---- Raw ZIP records ------------------------------------------------------------------------

/** One archive entry as it sits in the file: its local record and its central record. */
export interface RawZipEntry {
  name: string;
  /** Local header, name, extra field and compressed data. */
  local: Uint8Array;
  /** Central directory record: header, name, extra field, comment. */
  central: Uint8Array;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const encodeName = (name: string): Uint8Array => new TextEncoder().encode(name);

/**
 * The entries of a well-formed archive without data descriptors (what jszip writes), or null
 * when the bytes are not one. Only for building mutations from valid seeds.
 */
export function readRawZip(bytes: Uint8Array): RawZipEntry[] | null {
  const data = view(bytes);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const entries: RawZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const compressed = data.getUint32(at + 20, true);
    const nameLength = data.getUint16(at + 28, true);
    const centralLength = 46 + nameLength + data.getUint16(at + 30, true);
    const recordLength = centralLength + data.getUint16(at + 32, true);
    const localAt = data.getUint32(at + 42, true);
    if (data.getUint32(localAt, true) !== LOCAL_SIGNATURE) return null;
    const localLength =
      30 + data.getUint16(localAt + 26, true) + data.getUint16(localAt + 28, true) + compressed;
    entries.push({
      name: latin1(bytes.subarray(at + 46, at + 46 + nameLength)),
      local: bytes.slice(localAt, localAt + localLength),
      central: bytes.slice(at, at + recordLength),
    });
    at += recordLength;
  }
  return entries;
}

/** Lays entries out as an archive: local records, central directory, end record. */
export function writeRawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    offsets.push(offset);
    offset += entry.local.length;
  }
  const centrals = entries.map((entry, index) => {
    const central = entry.central.slice();
    view(central).setUint32(42, offsets[index] ?? 0, true);
    return central;
  });
  const directorySize = centrals.reduce((sum, central) => sum + central.length, 0);
  const end = new Uint8Array(22);
  const endView = view(end);
  endView.setUint32(0, END_SIGNATURE, true);
  endView.setUint16(8, Math.min(entries.length, 0xffff), true);
  endView.setUint16(10, Math.min(entries.length, 0xffff), true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  return concat(...entries.map((entry) => entry.local), ...centrals, end);
}

/** The same entry under another name, in both records (UTF-8 flag set for non-ASCII). */
export function renameRawEntry(entry: RawZipEntry, name: string): RawZipEntry {
  const newName = encodeName(name);
  const local = view(entry.local);
  const oldLocalName = local.getUint16(26, true);
  const renamedLocal = concat(
    entry.local.subarray(0, 30),
    newName,
    entry.local.subarray(30 + oldLocalName),
  );
  view(renamedLocal).setUint16(26, newName.length, true);
  const central = view(entry.central);
  const oldCentralName = central.getUint16(28, true);
  const renamedCentral = concat(
    entry.central.subarray(0, 46),
    newName,
    entry.central.subarray(46 + oldCentralName),
  );
  view(renamedCentral).setUint16(28, newName.length, true);
  const flags = view(renamedCentral).getUint16(8, true) | 0x800;
  view(renamedCentral).setUint16(8, flags, true);
  view(renamedLocal).setUint16(6, flags, true);
  return { name, local: renamedLocal, central: renamedCentral };
}

export interface SizeLie {
  uncompressed?: number;
  compressed?: number;
  /** Which header lies: the local one, the central one (what yauzl trusts), or both. */
  where: 'local' | 'central' | 'both';
}

/** The entry with its size fields patched; the data itself is untouched. */
export function lieAboutSize(entry: RawZipEntry, lie: SizeLie): RawZipEntry {
  const local = entry.local.slice();
  const central = entry.central.slice();
  if (lie.where !== 'central') {
    if (lie.compressed !== undefined) view(local).setUint32(18, lie.compressed >>> 0, true);
    if (lie.uncompressed !== undefined) view(local).setUint32(22, lie.uncompressed >>> 0, true);
  }
  if (lie.where !== 'local') {
    if (lie.compressed !== undefined) view(central).setUint32(20, lie.compressed >>> 0, true);
    if (lie.uncompressed !== undefined) view(central).setUint32(24, lie.uncompressed >>> 0, true);
  }
  return { name: entry.name, local, central };
}

/** Marks the entry encrypted (general purpose bit 0) without encrypting anything. */
export function markEncrypted(entry: RawZipEntry): RawZipEntry {
  const local = entry.local.slice();
  const central = entry.central.slice();
  view(local).setUint16(6, view(local).getUint16(6, true) | 1, true);
  view(central).setUint16(8, view(central).getUint16(8, true) | 1, true);
  return { name: entry.name, local, central };
}

// ---- ZIP-level mutators ---------------------------------------------------------------------

/** Expensive archives, built once per run and spliced into mutants. */
export interface ZipFixtures {
  /** One entry, `word/media/bomb.bin`: 200 MB of zeros at deflate level 9 (~200 KB). */
  bomb: RawZipEntry;
  /** Many tiny stored entries, `junk/0000.xml` onwards. */
  junk: RawZipEntry[];
}

export async function buildZipFixtures(
  bombBytes = 200 * 1024 * 1024,
  junkEntries = 3_000,
): Promise<ZipFixtures> {
  const bombZip = new JSZip();
  bombZip.file('word/media/bomb.bin', new Uint8Array(bombBytes), { createFolders: false });
  const bombArchive = await bombZip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  const junkZip = new JSZip();
  for (let index = 0; index < junkEntries; index++) {
    junkZip.file(`junk/${String(index).padStart(4, '0')}.xml`, `<x>${index}</x>`, {
      createFolders: false,
    });
  }
  const junkArchive = await junkZip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  const bomb = readRawZip(bombArchive)?.[0];
  const junk = readRawZip(junkArchive);
  if (!bomb || !junk) throw new Error('could not read back the fixture archives');
  return { bomb, junk };
}

export type ZipMutator = (
  random: Random,
  entries: RawZipEntry[],
  fixtures: ZipFixtures,
) => RawZipEntry[];

/** Names that must never be extracted as given. */
export const HOSTILE_NAMES: readonly string[] = [
  '../evil.xml',
  '../../word/document.xml',
  'word/../../evil.xml',
  '/abs.xml',
  '/word/document.xml',
  'C:/Windows/evil.xml',
  'word\\document.xml',
  '..',
];

function pickIndex(random: Random, entries: readonly RawZipEntry[]): number {
  return random.int(entries.length);
}

export const ZIP_MUTATORS: Readonly<Record<string, ZipMutator>> = {
  removeEntry: (random, entries) => {
    const at = pickIndex(random, entries);
    return entries.filter((_, index) => index !== at);
  },
  removeDocument: (_random, entries) =>
    entries.filter((entry) => entry.name !== 'word/document.xml'),
  duplicateEntry: (random, entries) => {
    const at = pickIndex(random, entries);
    const copy = entries[at] as RawZipEntry;
    const out = entries.slice();
    out.splice(random.int(out.length + 1), 0, copy);
    return out;
  },
  renameHostile: (random, entries) => {
    const at = pickIndex(random, entries);
    return entries.map((entry, index) =>
      index === at ? renameRawEntry(entry, random.pick(HOSTILE_NAMES)) : entry,
    );
  },
  addHostile: (random, entries) => {
    const template = entries[pickIndex(random, entries)] as RawZipEntry;
    return [...entries, renameRawEntry(template, random.pick(HOSTILE_NAMES))];
  },
  renameDocument: (random, entries) =>
    entries.map((entry) =>
      entry.name === 'word/document.xml'
        ? renameRawEntry(entry, random.pick(['word/Document.xml', 'word/document.xml ', 'doc.xml']))
        : entry,
    ),
  manyEntries: (random, entries, fixtures) => {
    // Around the 1,000-entry limit: some under it (read in full), most over it.
    const count = random.pick([900, 999, 1_001, 1_500, fixtures.junk.length]);
    return [...entries, ...fixtures.junk.slice(0, Math.max(0, count - entries.length))];
  },
  bomb: (random, entries, fixtures) => {
    const out = entries.slice();
    out.splice(random.int(out.length + 1), 0, fixtures.bomb);
    return out;
  },
  // The bomb declaring a harmless size: the directory checks pass, inflation must stop early.
  bombThatLies: (random, entries, fixtures) => {
    const compressed = view(fixtures.bomb.central).getUint32(20, true);
    const lie = lieAboutSize(fixtures.bomb, {
      uncompressed: random.pick([0, 1, compressed, compressed * 50]),
      where: random.pick(['central', 'both'] as const),
    });
    return [...entries, lie];
  },
  lieAboutSize: (random, entries) => {
    const at = pickIndex(random, entries);
    const entry = entries[at] as RawZipEntry;
    const actual = view(entry.central).getUint32(24, true);
    const compressed = view(entry.central).getUint32(20, true);
    const lie: SizeLie = {
      where: random.pick(['local', 'central', 'both'] as const),
      uncompressed: random.pick([0, 1, Math.floor(actual / 2), actual + 1, 0xfffffffe, 0xffffffff]),
    };
    if (random.chance(0.3)) lie.compressed = random.pick([0, compressed + 10, 0xffffffff]);
    return entries.map((candidate, index) => (index === at ? lieAboutSize(entry, lie) : candidate));
  },
  markEncrypted: (random, entries) => {
    const at = pickIndex(random, entries);
    return entries.map((entry, index) => (index === at ? markEncrypted(entry) : entry));
  },
  shuffle: (random, entries) => {
    const out = entries.slice();
    for (let index = out.length - 1; index > 0; index--) {
      const other = random.int(index + 1);
      [out[index], out[other]] = [out[other] as RawZipEntry, out[index] as RawZipEntry];
    }
    return out;
  },
};

/**
 * A mutant of a valid archive: one or two structural mutations, then sometimes a byte-level one
 * on top. Returns the mutator names for replay.
 */
export function mutateZip(
  random: Random,
  archive: Uint8Array,
  fixtures: ZipFixtures,
): { bytes: Uint8Array; applied: string[] } {
  const entries = readRawZip(archive);
  if (!entries) throw new Error('mutateZip needs a well-formed seed archive');
  const names = Object.keys(ZIP_MUTATORS);
  const applied: string[] = [];
  let current = entries;
  for (let step = random.between(1, 2); step > 0 && current.length > 0; step--) {
    const name = random.pick(names);
    current = (ZIP_MUTATORS[name] as ZipMutator)(random, current, fixtures);
    applied.push(name);
  }
  let bytes = writeRawZip(current);
  if (random.chance(0.25)) {
    const mutated = mutateBytes(random, bytes, BYTE_MUTATORS, 1);
    bytes = mutated.bytes;
    applied.push(...mutated.applied);
  }
  return { bytes, applied };
}
