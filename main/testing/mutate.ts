import JSZip from 'jszip';

// Seeded mutators for the import fuzz run (main/import/import.fuzz.ts). Everything is driven by
// one Random so a failing input can be replayed from its seed and index. ZIP mutations work on
// the raw records (local header + data, central directory record) so they can produce what a zip
// library refuses to write: duplicate names, "../" names, sizes that lie.

/** mulberry32: small, fast, good enough to drive mutations; not for anything secret. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, limit). */
  int(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  /** An integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let index = 0; index < length; index++) out[index] = this.int(256);
    return out;
  }
}

// ---- Byte-level mutators -------------------------------------------------------------------

export type ByteMutator = (random: Random, bytes: Uint8Array) => Uint8Array;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Cuts the file at a random offset (0 gives an empty file). */
export const truncate: ByteMutator = (random, bytes) => bytes.slice(0, random.int(bytes.length));

/** XORs 1–8 random bytes with a non-zero value. */
export const flipBytes: ByteMutator = (random, bytes) => {
  const out = bytes.slice();
  if (out.length === 0) return out;
  for (let count = random.between(1, 8); count > 0; count--) {
    const at = random.int(out.length);
    out[at] = (out[at] ?? 0) ^ random.between(1, 255);
  }
  return out;
};

/** Inserts a run of 1–64 random bytes. */
export const insertRun: ByteMutator = (random, bytes) => {
  const at = random.int(bytes.length + 1);
  return concat(bytes.subarray(0, at), random.bytes(random.between(1, 64)), bytes.subarray(at));
};

/** Deletes a run of 1–64 bytes. */
export const deleteRun: ByteMutator = (random, bytes) => {
  const at = random.int(bytes.length + 1);
  const length = random.between(1, 64);
  return concat(bytes.subarray(0, at), bytes.subarray(at + length));
};

/** Copies a run of the file to another place in it. */
export const duplicateRun: ByteMutator = (random, bytes) => {
  const from = random.int(bytes.length + 1);
  const run = bytes.subarray(from, from + random.between(1, 256));
  const at = random.int(bytes.length + 1);
  return concat(bytes.subarray(0, at), run, bytes.subarray(at));
};

/** Overwrites a run of 1–512 bytes with NULs. */
export const zeroRun: ByteMutator = (random, bytes) => {
  const out = bytes.slice();
  const at = random.int(out.length + 1);
  out.fill(0, at, at + random.between(1, 512));
  return out;
};

/** Byte sequences no valid UTF-8 holds. */
export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0x80], // lone continuation byte
  [0xbf, 0xbf],
  [0xc0, 0xaf], // overlong "/"
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf], // overlong, three bytes
  [0xf0, 0x80, 0x80, 0xaf], // overlong, four bytes
  [0xed, 0xa0, 0x80], // UTF-16 high surrogate
  [0xed, 0xbf, 0xbf], // low surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xe2, 0x82], // a sequence cut short
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0xfe],
  [0xff],
];

/** Inserts 1–6 invalid UTF-8 sequences at random places. */
export const invalidUtf8: ByteMutator = (random, bytes) => {
  let out = bytes;
  for (let count = random.between(1, 6); count > 0; count--) {
    const at = random.int(out.length + 1);
    const sequence = Uint8Array.from(random.pick(INVALID_UTF8));
    out = concat(out.subarray(0, at), sequence, out.subarray(at));
  }
  return out;
};

/** Prefixes a byte-order mark, which may not match the bytes that follow. */
export const wrongBom: ByteMutator = (random, bytes) => {
  const boms = [
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
    [0xff, 0xfe, 0x00],
  ];
  return concat(Uint8Array.from(random.pick(boms)), bytes);
};

/** Splices in a short run of control characters. */
export const controlRun: ByteMutator = (random, bytes) => {
  const at = random.int(bytes.length + 1);
  const run = Uint8Array.from({ length: random.between(1, 200) }, () => random.int(0x20));
  return concat(bytes.subarray(0, at), run, bytes.subarray(at));
};

export const BYTE_MUTATORS: Readonly<Record<string, ByteMutator>> = {
  truncate,
  flipBytes,
  insertRun,
  deleteRun,
  duplicateRun,
  zeroRun,
  invalidUtf8,
};

/** For plain text and Markdown: the byte mutators, weighted towards encoding trouble. */
export const TEXT_MUTATORS: Readonly<Record<string, ByteMutator>> = {
  ...BYTE_MUTATORS,
  invalidUtf8Again: invalidUtf8,
  wrongBom,
  controlRun,
};

const asLatin1 = (bytes: Uint8Array): string => latin1Chunked(bytes);
const fromLatin1 = (text: string): Uint8Array =>
  Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);

function latin1Chunked(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += latin1(bytes.subarray(at, at + 8192));
  return text;
}

/** Replaces one random match of `pattern` in the file, read as Latin-1. */
function replaceOne(
  random: Random,
  bytes: Uint8Array,
  pattern: RegExp,
  replacement: (match: string) => string,
): Uint8Array {
  const text = asLatin1(bytes);
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  if (matches.length === 0) return bytes;
  const match = random.pick(matches);
  const at = match.index ?? 0;
  return fromLatin1(text.slice(0, at) + replacement(match[0]) + text.slice(at + match[0].length));
}

/** PDF structure: offsets, lengths, references and the trailer, broken in place. */
export const PDF_MUTATORS: Readonly<Record<string, ByteMutator>> = {
  ...BYTE_MUTATORS,
  xrefOffset: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /\d{10} 00000 n/,
      () => `${String(random.int(1e10)).padStart(10, '0')} 00000 n`,
    ),
  startxref: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /startxref\n\d+/,
      () => `startxref\n${random.pick([0, 1, 999999999, -5])}`,
    ),
  streamLength: (random, bytes) =>
    replaceOne(random, bytes, /\/Length \d+/, () => `/Length ${random.pick([0, 1, 99999999, -1])}`),
  reference: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /\d+ 0 R/,
      () => `${random.pick([0, 999, 1])} ${random.pick([0, 65535])} R`,
    ),
  pageCount: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /\/Count \d+/,
      () => `/Count ${random.pick([0, 2001, 2147483647, -1])}`,
    ),
  selfParent: (random, bytes) => replaceOne(random, bytes, /\/Kids \[/, () => '/Kids [2 0 R '),
  dropKeyword: (random, bytes) =>
    replaceOne(random, bytes, /trailer|endstream|endobj|%%EOF|xref|obj/, () => ''),
  deepArray: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /\/MediaBox \[/,
      (match) => match + '['.repeat(random.between(100, 5000)),
    ),
};

/** HTML structure: tags left open, nested deep, cut mid-tag, scripts and frames added. */
export const HTML_MUTATORS: Readonly<Record<string, ByteMutator>> = {
  ...TEXT_MUTATORS,
  dropAngle: (random, bytes) => replaceOne(random, bytes, /[<>]/, () => ''),
  unclosed: (random, bytes) => replaceOne(random, bytes, /<\/\w+>/, () => ''),
  deepNesting: (random, bytes) => {
    // Nested <div>s cost the HTML reader far more than linear time (about 3 s at 300 levels,
    // over a minute at 1,000), so most mutants stay shallow and a rare one hits the time limit.
    const depth = random.chance(0.01) ? 1_500 : random.between(10, 120);
    const tag = random.pick(['div', 'span', 'b', 'table', 'p', 'li']);
    return replaceOne(random, bytes, /<p>/, (match) => `<${tag}>`.repeat(depth) + match);
  },
  injectHostile: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /<\/p>/,
      (match) =>
        match +
        random.pick([
          '<script>for(;;){}</script>',
          '<iframe src="javascript:alert(1)"></iframe>',
          '<img src=x onerror="while(1){}">',
          '<!-- unterminated comment',
          '<![CDATA[ x ]]>',
          '<svg><script>alert(1)</script></svg>',
          '<div class="comments"><p>First!</p></div>',
          '&#xFFFFFFFF;&#0;&#x110000;&bogus;',
        ]),
    ),
  hugeAttribute: (random, bytes) =>
    replaceOne(
      random,
      bytes,
      /<p/,
      (match) => `${match} data-x="${'a'.repeat(random.between(1e3, 2e5))}"`,
    ),
};

/** Applies `count` (1–3 by default) random byte mutators; returns their names for replay. */
export function mutateBytes(
  random: Random,
  bytes: Uint8Array,
  mutators: Readonly<Record<string, ByteMutator>> = BYTE_MUTATORS,
  count = random.between(1, 3),
): { bytes: Uint8Array; applied: string[] } {
  const names = Object.keys(mutators);
  const applied: string[] = [];
  let out = bytes;
  for (let step = 0; step < count; step++) {
    const name = random.pick(names);
    out = (mutators[name] as ByteMutator)(random, out);
    applied.push(name);
  }
  return { bytes: out, applied };
}

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

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
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
