import { ImportRefusal } from './import-refusal';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How much of a file the sniffers look at: enough to judge, cheap on a 50 MB file. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which "text" is really a binary file. */
const MAX_CONTROL_SHARE = 0.02;
/** Share of 16-bit units with a NUL half that marks BOM-less UTF-16 (ASCII-heavy prose). */
const MIN_UTF16_NUL_SHARE = 0.3;

/**
 * Bytes of a plain-text file to a string. A BOM decides; without one, NUL bytes mean UTF-16 or
 * a binary file, and bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding
 * of text saved by older Windows tools (a superset of Latin-1 in its printable range).
 * Line endings are left alone: parseNewsText normalises them.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = readBom(bytes);
  if (bom) return checked(decodeStrict(bytes.subarray(bom.length), bom.encoding), bom.encoding);

  if (bytes.subarray(0, SAMPLE_BYTES).includes(0)) {
    const encoding = sniffUtf16(bytes);
    if (!encoding) throw new ImportRefusal('looks like a binary file, not text');
    return checked(decodeStrict(bytes, encoding), encoding);
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');
  return checked(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
}

function readBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 text in a Latin script has a NUL in the same half of almost every 16-bit unit. */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const units = Math.floor(sample.length / 2);
  if (units === 0 || sample.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < units * 2; index += 2) {
    if (sample[index] === 0) evenNuls += 1;
    if (sample[index + 1] === 0) oddNuls += 1;
  }
  // A unit with both halves NUL is U+0000, which text never holds.
  if (evenNuls > 0 && oddNuls > 0) return null;
  if (oddNuls / units >= MIN_UTF16_NUL_SHARE) return 'utf-16le';
  if (evenNuls / units >= MIN_UTF16_NUL_SHARE) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new ImportRefusal(`is not valid ${describe(encoding)} text`);
  // Almost any pair of bytes is a UTF-16 unit; real text has at least a space, a line break or
  // some ASCII punctuation, where bytes after an accidental FF FE have none.
  if (encoding !== 'utf-8' && text.length > 0 && !/[\t\n\r\u0020-\u007e]/.test(text)) {
    throw new ImportRefusal('looks like a binary file, not text');
  }
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Refuses decoded text that is mostly control characters: a binary file that decoded anyway. */
function checked(text: string, encoding: TextEncodingName): DecodedText {
  if (text.includes('\u0000')) throw new ImportRefusal('looks like a binary file, not text');
  const sample = text.slice(0, SAMPLE_BYTES);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (isBinaryControl(sample.charCodeAt(index))) controls += 1;
  }
  if (controls > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    throw new ImportRefusal('looks like a binary file, not text');
  }
  return { text, encoding };
}

/** C0 and C1 controls other than tab, line feed, form feed and carriage return. */
function isBinaryControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function describe(encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? 'Windows-1252' : encoding.toUpperCase();
}
