import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const curly = '\u201cCurly quotes\u201d and caf\u00e9 \u2014 it\u2019s here.';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Uint8Array.from([...mark, ...bytes]) : Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(curly, 'utf8'))).toEqual({ text: curly, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(curly, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: curly, encoding: 'utf-8' });
  });

  it.each([
    ['le', true, 'utf-16le'],
    ['be', true, 'utf-16be'],
    ['le', false, 'utf-16le'],
    ['be', false, 'utf-16be'],
  ] as const)('reads UTF-16 %s (BOM: %s)', (endian, bom, encoding) => {
    const text = `Headline\r\n\r\nPARIS \u2014 ${curly}`;
    expect(decodeText(utf16(text, endian, bom))).toEqual({ text, encoding });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and accents included', () => {
    // "Café" and curly quotes as Notepad saved them in Western (Windows-1252).
    const bytes = Uint8Array.from([
      0x93,
      ...Buffer.from('Caf', 'latin1'),
      0xe9,
      0x94,
      0x20,
      0x97,
      0x20,
      0x92,
      0x80,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: '\u201cCaf\u00e9\u201d \u2014 \u2019\u20ac',
      encoding: 'windows-1252',
    });
  });

  it('refuses bytes with NULs that are not UTF-16', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]);
    expect(() => decodeText(bytes)).toThrow('looks like a binary file, not text');
  });

  it('refuses NUL-free bytes that are mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText(bytes)).toThrow('looks like a binary file, not text');
  });

  it('keeps ordinary tabs, form feeds and line endings', () => {
    const text = 'a\tb\fc\r\nd\n';
    expect(decodeText(Buffer.from(text)).text).toBe(text);
  });

  it('refuses a UTF-16 BOM over bytes with no space, line break or ASCII in them', () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0x01]))).toThrow(
      'looks like a binary file, not text',
    );
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0x01, 0x0a, 0x00])).text).toBe('\u0100\n');
  });

  it('refuses a UTF-16 BOM over bytes that are not UTF-16', () => {
    // A lone high surrogate (D800) is not valid UTF-16.
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(
      'is not valid UTF-16LE text',
    );
  });
});
