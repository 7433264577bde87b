import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../../paths';
import { runCli } from '../run-cli';
import { parseBatchLine } from './align-batch';

const seed = (name: string) => readFileSync(join(bundledSeedsDir, name), 'utf8');
const original = seed('000_83bae86300c6edcd.txt');
const spun = seed('001_1b7e558a4582421b.txt');
const unrelated = 'Quarterly profits at the steel maker rose sharply as prices climbed in Asia.';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, out, err };
}

function batchFile(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cli-batch-')), 'pairs.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('parseBatchLine', () => {
  it.each([
    ['{"id":"p","a":"x","b":"y"}', { ok: true, id: 'p', a: 'x', b: 'y' }],
    ['{"id":7,"a":"","b":"y"}', { ok: true, id: 7, a: '', b: 'y' }],
    ['{"id":"p","a":"x"', { ok: false, id: null }],
    ['[1,2]', { ok: false, id: null, error: 'expected an object {"id", "a", "b"}' }],
    ['{"a":"x","b":"y"}', { ok: false, id: null, error: 'id is missing' }],
    ['{"id":null,"a":"x","b":"y"}', { ok: false, id: null, error: 'id is missing' }],
    [
      '{"id":{},"a":"x","b":"y"}',
      { ok: false, id: null, error: 'id must be a string or a number' },
    ],
    ['{"id":"p","b":"y"}', { ok: false, id: 'p', error: 'a is missing' }],
    ['{"id":"p","a":"x","b":3}', { ok: false, id: 'p', error: 'b must be a string' }],
  ])('%s', (line, expected) => {
    expect(parseBatchLine(line)).toMatchObject(expected);
  });
});

describe('corroborate align --batch', () => {
  it('streams one line per input line in order, reports bad lines and goes on', async () => {
    const path = batchFile([
      JSON.stringify({ id: 'copy', a: original, b: spun }),
      '{"id": "broken", "a": ',
      JSON.stringify({ id: 2, a: original, b: unrelated }),
      JSON.stringify({ id: 'no-b', a: original }),
      '',
      JSON.stringify({ a: original, b: spun }),
      JSON.stringify({ id: 'last', a: spun, b: original }),
    ]);
    const result = await cli('align', '--batch', path);
    expect(result.status).toBe(2);
    const lines = result.out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.id, line.line ?? null, line.relation ?? 'error'])).toEqual([
      ['copy', null, 'derived-copy'],
      [null, 2, 'error'],
      [2, null, 'independent'],
      ['no-b', 4, 'error'],
      [null, 6, 'error'],
      ['last', null, 'derived-copy'],
    ]);
    expect(lines[3]).toEqual({ id: 'no-b', line: 4, error: 'b is missing' });
    expect(lines[1]?.error).toMatch(/^not valid JSON/);
    expect(lines[0]).toMatchObject({ similarity: expect.any(Number), coverage: expect.any(Array) });
  });

  it('gives the direction of a copy from a credit line in the text itself', async () => {
    const credit = 'Content Source: www.washingtontimes.com';
    expect(spun.trimEnd().endsWith(credit)).toBe(true);
    const courtesy = spun.replace(credit, 'Article courtesy of www.example.com');
    const uncredited = spun.replace(credit, '');
    const path = batchFile([
      JSON.stringify({ id: 'content-source', a: original, b: spun }),
      JSON.stringify({ id: 'courtesy', a: courtesy, b: original }),
      JSON.stringify({ id: 'no-credit', a: original, b: uncredited }),
    ]);
    const result = await cli('align', '--batch', path);
    expect(result.status).toBe(0);
    const lines = result.out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.id, line.relation, line.direction])).toEqual([
      [
        'content-source',
        'derived-copy',
        { origin: 'a', evidence: `B carries the line “${credit}”` },
      ],
      [
        'courtesy',
        'derived-copy',
        { origin: 'b', evidence: 'A carries the line “Article courtesy of www.example.com”' },
      ],
      ['no-credit', 'derived-copy', null],
    ]);
  });

  it('exits 0 when every line aligned, and writes to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-batch-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `\ufeff${JSON.stringify({ id: 'a', a: original, b: spun })}\n`);
    const out = join(dir, 'out.jsonl');
    const result = await cli('align', '--batch', input, '--out', out);
    expect(result.status).toBe(0);
    expect(result.out).toEqual([]);
    const written = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ id: 'a', relation: 'derived-copy' });
  });

  it('fails with status 1 when the batch file cannot be read', async () => {
    const result = await cli('align', '--batch', join(tmpdir(), 'no-such-dir-xyz', 'pairs.jsonl'));
    expect(result.status).toBe(1);
    expect(result.err.join('\n')).toMatch(/^Error: cannot read/);
  });

  it('refuses file arguments next to --batch', async () => {
    const result = await cli('align', 'a.txt', '--batch', 'pairs.jsonl');
    expect(result.status).toBe(1);
    expect(result.err.join('\n')).toContain('Usage:');
  });
});
