// Seeded byte-level mutators for the import fuzz run (main/import/import.fuzz.ts): encodings,
// truncations, flips, and PDF and HTML structure. Everything is driven by one Random so a
// failing input can be replayed from its seed and index. ZIP mutations are in zip-mutate.ts.

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

export const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

export type ByteMutator = (random: Random, bytes: Uint8Array) => Uint8Array;

export function concat(...parts: Uint8Array[]): Uint8Array {
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
