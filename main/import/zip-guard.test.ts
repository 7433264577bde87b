import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from './import-refusal';
import { guardZip, type ZipLimits } from './zip-guard';

/** Varied text that DEFLATE cannot squeeze 100 times. */
function prose(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += `${index * 7919} words; `;
  return text.slice(0, length);
}

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Renames in the raw bytes (local and central headers alike), past what jszip would allow. */
function rename(bytes: Uint8Array, from: string, to: string): Uint8Array {
  expect(to).toHaveLength(from.length);
  const copy = Buffer.from(bytes);
  const needle = Buffer.from(from, 'latin1');
  let replaced = 0;
  for (let at = copy.indexOf(needle); at >= 0; at = copy.indexOf(needle, at + 1)) {
    copy.write(to, at, 'latin1');
    replaced += 1;
  }
  expect(replaced).toBe(2);
  return copy;
}

/** The first central directory header, where yauzl reads sizes and flags. */
function centralHeader(bytes: Uint8Array): { buffer: Buffer; at: number } {
  const buffer = Buffer.from(bytes);
  const at = buffer.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  expect(at).toBeGreaterThan(0);
  return { buffer, at };
}

async function refusal(bytes: Uint8Array, limits?: ZipLimits): Promise<string> {
  try {
    await guardZip(bytes, limits);
  } catch (error) {
    if (error instanceof ImportRefusal) return error.reason;
    throw error;
  }
  return 'not refused';
}

describe('guardZip', () => {
  it('returns every entry inflated, by name', async () => {
    const entries = await guardZip(await zipOf({ 'a.txt': 'alpha', 'dir/b.txt': prose(3000) }));
    expect(entries.map((entry) => [entry.name, entry.bytes.toString('utf8')])).toEqual([
      ['a.txt', 'alpha'],
      ['dir/', ''],
      ['dir/b.txt', prose(3000)],
    ]);
  });

  it.each([
    ['xx/evil.txt', '../evil.txt', 'contains an entry with a ".." path segment ("../evil.txt")'],
    ['aaaa/evil.txt', '/tmp/evil.txt', 'contains an entry with an absolute path ("/tmp/evil.txt")'],
    [
      'xxevil.txt',
      'C:evil.txt',
      'contains an entry with a drive letter in its name ("C:evil.txt")',
    ],
    ['dirxevil.txt', 'dir\\evil.txt', 'contains an entry with a backslash in its name'],
  ])('refuses the entry name %s patched to %s', async (from, to, message) => {
    const bytes = rename(await zipOf({ [from]: 'payload' }), from, to.padEnd(from.length, 'x'));
    expect(await refusal(bytes)).toContain(message);
  });

  it('refuses "../../evil.txt" among ordinary entries', async () => {
    const bytes = rename(
      await zipOf({ 'word/document.xml': '<w/>', 'aa/aa/evil.txt': 'x' }),
      'aa/aa/evil.txt',
      '../../evil.txt',
    );
    expect(await refusal(bytes)).toBe(
      'contains an entry with a ".." path segment ("../../evil.txt")',
    );
  });

  it('refuses more than 1,000 entries before reading any of them', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 1001 }, (_, index) => [`f${index}.txt`, 'x']),
    );
    expect(await refusal(await zipOf(files))).toBe(
      'is an archive of 1001 entries; the limit is 1000',
    );
    const exactly = Object.fromEntries(Object.entries(files).slice(0, 1000));
    expect(await guardZip(await zipOf(exactly))).toHaveLength(1000);
  });

  it('refuses an entry that expands more than 100 times (1 MB of zeros)', async () => {
    const reason = await refusal(await zipOf({ 'zeros.bin': new Uint8Array(1024 * 1024) }));
    expect(reason).toMatch(
      /^looks like a ZIP bomb: "zeros\.bin" expands \d+ times; the limit is 100$/,
    );
  });

  it('refuses a declared total above the limit before inflating', async () => {
    const limits = { maxEntries: 10, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 100 };
    const bytes = await zipOf({ 'a.txt': prose(1.5 * 1024 * 1024), 'b.txt': prose(1024 * 1024) });
    expect(await refusal(bytes, limits)).toBe('would expand past 2 MB; the archive is refused');
    expect(await guardZip(bytes)).toHaveLength(2);
  });

  it('stops an entry that inflates past the size its central directory declares', async () => {
    const { buffer, at } = centralHeader(await zipOf({ 'story.txt': prose(5000) }));
    expect(buffer.readUInt32LE(at + 24)).toBe(5000);
    buffer.writeUInt32LE(100, at + 24);
    expect(await refusal(buffer)).toBe(
      'is a damaged ZIP archive: "story.txt" is larger than it declares',
    );
  });

  it('refuses encrypted entries', async () => {
    const { buffer, at } = centralHeader(await zipOf({ 'secret.txt': 'hidden' }));
    buffer.writeUInt16LE(buffer.readUInt16LE(at + 8) | 0x1, at + 8);
    expect(await refusal(buffer)).toBe('contains an encrypted entry ("secret.txt")');
  });

  it.each([
    ['zero bytes', () => new Uint8Array(0)],
    ['a header and nothing else', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
  ])('refuses %s as unreadable', async (_, bytes) => {
    expect(await refusal(bytes())).toMatch(/^is not a readable ZIP archive \(.+\)$/);
  });

  it('refuses an archive cut short, whether in its end record or its directory', async () => {
    const whole = await zipOf({ 'a.txt': prose(2000), 'b.txt': prose(2000) });
    expect(await refusal(whole.subarray(0, whole.length - 10))).toMatch(
      /^is not a readable ZIP archive \(.+\)$/,
    );
    // Keep the end record but point it past a directory that is no longer all there.
    const { buffer, at } = centralHeader(whole);
    const cut = Buffer.concat([buffer.subarray(0, at + 20), buffer.subarray(buffer.length - 22)]);
    expect(await refusal(cut)).toMatch(/^is not a readable ZIP archive \(.+\)$/);
  });
});
