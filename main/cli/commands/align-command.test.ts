import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../../core/text/code-points';
import { bundledSeedsDir } from '../../paths';
import { runCli } from '../run-cli';

const seedPath = (name: string) => join(bundledSeedsDir, name);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, out, err };
}

interface AlignJson {
  id: null;
  relation: string;
  similarity: number;
  coverage: [number, number];
  extent: string | null;
  direction: { origin: 'a' | 'b'; evidence: string } | null;
  copiedRuns: Array<{ a: [number, number]; b: [number, number] }>;
  passages: Array<{ a: [number, number]; b: [number, number]; score: number; kind: string }>;
}

const SHARED = [
  'The 𝔸rctic council met in Tromsø on Tuesday to weigh new limits on shipping through the melting 🧊 passage.',
  'Delegates from eight nations argued for six hours over fuel rules, insurance and rescue duties.',
  'Norway’s envoy said the talks “moved further than anyone expected” but no text was signed.',
  'A second round is planned for March in Reykjavík, where observers from 😀 China will also attend.',
];

function writeFiles(a: string | Uint8Array, b: string | Uint8Array): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'cli-align-'));
  writeFileSync(join(dir, 'a.txt'), a);
  writeFileSync(join(dir, 'b.txt'), b);
  return [join(dir, 'a.txt'), join(dir, 'b.txt')];
}

describe('corroborate align <fileA> <fileB>', () => {
  it('calls the spun seed a derived copy of the original, as one JSON line', async () => {
    const result = await cli(
      'align',
      seedPath('000_83bae86300c6edcd.txt'),
      seedPath('001_1b7e558a4582421b.txt'),
      '--json',
    );
    expect(result.status).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).not.toContain('\n');
    const json = JSON.parse(result.out[0] ?? '') as AlignJson;
    expect(Object.keys(json)).toEqual([
      'id',
      'relation',
      'similarity',
      'coverage',
      'extent',
      'direction',
      'copiedRuns',
      'passages',
    ]);
    expect(json).toMatchObject({ id: null, relation: 'derived-copy' });
    // The direction comes from the spun copy's own last line.
    expect(json.direction).toEqual({
      origin: 'a',
      // Named as a case labels it: the file's own number.
      evidence: '#001 carries the line “Content Source: www.washingtontimes.com”',
    });
    expect(json.similarity).toBeGreaterThan(0.5);
    expect(json.passages.length).toBeGreaterThan(0);
    for (const passage of json.passages) {
      expect(passage.a[1]).toBeGreaterThan(passage.a[0]);
      expect(['verbatim', 'spun', 'paraphrase', 'shared-quote']).toContain(passage.kind);
    }
  });

  it('prints a readable report with verdict, passages and excerpts', async () => {
    const result = await cli(
      'align',
      seedPath('000_83bae86300c6edcd.txt'),
      seedPath('001_1b7e558a4582421b.txt'),
    );
    expect(result.status).toBe(0);
    const text = result.out.join('\n');
    // Each file by the label a case would give it, with the file it stands for.
    expect(text).toMatch(
      /^derived-copy: #000 \(000_83bae86300c6edcd\.txt\) ↔ #001 \(001_1b7e558a4582421b\.txt\)\n/,
    );
    expect(text).toMatch(/similarity 0\.\d\d · coverage A \d+%, B \d+%/);
    expect(text).toContain('Passages (');
    expect(text).toContain('A: ');
    // The spun copy's last line credits the Washington Times: the direction comes from the text.
    expect(text).toContain(
      '#001 carries the line “Content Source: www.washingtontimes.com”, so it is the copy.',
    );
  });

  it('reads each file’s credit line, whichever order the files come in', async () => {
    const original = readFileSync(seedPath('000_83bae86300c6edcd.txt'), 'utf8');
    const spun = readFileSync(seedPath('001_1b7e558a4582421b.txt'), 'utf8');
    const courtesy = spun.replace(
      'Content Source: www.washingtontimes.com',
      'Article courtesy of www.example.com',
    );
    const [pathA, pathB] = writeFiles(courtesy, original);
    const result = await cli('align', pathA, pathB);
    expect(result.status).toBe(0);
    // Files without a number of their own are numbered 1 and 2, as the first line says.
    const text = result.out.join('\n');
    expect(text).toMatch(/^derived-copy: #1 \(a\.txt\) ↔ #2 \(b\.txt\)\n/);
    expect(text).toContain(
      '#1 carries the line “Article courtesy of www.example.com”, so it is the copy.',
    );
  });

  it('gives code-point spans that slice the raw text, astral characters and CRLF included', async () => {
    const a = `Wire copy 📰📰 for the desk\r\n\r\n${SHARED.join('\r\n')}\r\n`;
    const b = `\ufeffOur own 🛳️🛳️🛳️ reporting, updated 𝔹𝔹𝔹\n\n${SHARED.join(' ')}\n\nMore to follow.`;
    const [pathA, pathB] = writeFiles(a, b);
    const result = await cli('align', pathA, pathB, '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.out[0] ?? '') as AlignJson;
    expect(json.relation).not.toBe('independent');
    const rawA = readFileSync(pathA, 'utf8');
    const rawB = readFileSync(pathB, 'utf8').replace(/^\ufeff/, ''); // the BOM is not text
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const covered = json.passages.map((passage) => {
      const sliceA = flat(sliceByCodePoints(rawA, ...passage.a));
      expect(sliceA).toBe(flat(sliceByCodePoints(rawB, ...passage.b)));
      return sliceA;
    });
    const joined = covered.join(' ');
    expect(joined).toContain('𝔸rctic council met in Tromsø');
    expect(joined).toContain('observers from 😀 China will also attend');
  });

  it('refuses a missing file or malformed UTF-8 with status 1', async () => {
    const [good, bad] = writeFiles('Some text here.', Uint8Array.from([0x61, 0xff, 0xfe, 0x62]));
    const missing = await cli('align', good, join(tmpdir(), 'no-such-dir-xyz', 'x.txt'));
    expect(missing.status).toBe(1);
    expect(missing.err.join('\n')).toMatch(/^Error: /);
    const malformed = await cli('align', good, bad, '--json');
    expect(malformed.status).toBe(1);
    expect(JSON.parse(malformed.out[0] ?? '')).toEqual({
      id: null,
      error: `${bad} is not valid UTF-8 text.`,
    });
  });

  it('needs exactly two files', async () => {
    expect((await cli('align', seedPath('000_83bae86300c6edcd.txt'))).status).toBe(1);
    const three = await cli('align', 'a', 'b', 'c');
    expect(three.status).toBe(1);
    expect(three.err.join('\n')).toContain('Usage:');
  });
});
