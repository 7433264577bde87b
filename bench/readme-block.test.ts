import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readmeRefusal, replaceBlock, writeReadmeBlock } from './readme-block';

const README = [
  '# Corroborate',
  '',
  'Intro stays.',
  '<!-- bench:newsroom:start -->',
  'old figures',
  '<!-- bench:newsroom:end -->',
  '',
  'Outro stays.',
  '',
].join('\n');

describe('replaceBlock', () => {
  it('replaces only the text between the markers', () => {
    const next = replaceBlock(README, 'newsroom', '| a | b |\n');
    expect(next).toBe(README.replace('old figures\n', '| a | b |\n'));
  });

  it('ends the body with a newline so the end marker stays on its own line', () => {
    expect(replaceBlock(README, 'newsroom', 'x')).toContain('x\n<!-- bench:newsroom:end -->');
  });

  it('is idempotent for the same body', () => {
    const once = replaceBlock(README, 'newsroom', 'new');
    expect(replaceBlock(once, 'newsroom', 'new')).toBe(once);
  });

  it.each([
    ['no markers', '# Corroborate\n'],
    ['only a start marker', '<!-- bench:newsroom:start -->\n'],
    ['markers reversed', '<!-- bench:newsroom:end -->\n<!-- bench:newsroom:start -->\n'],
    ['two blocks', `${README}${README}`],
  ])('refuses a README with %s', (_, readme) => {
    expect(() => replaceBlock(readme, 'newsroom', 'new')).toThrow();
  });

  it('leaves another block alone', () => {
    expect(() => replaceBlock(README, 'search', 'new')).toThrow(/no <!-- bench:search:start/);
  });
});

describe('readmeRefusal', () => {
  it.each([
    [1.5, 0, false],
    [1.5, 0.25, false],
    [0.4, 0.26, true],
    [1.5, Infinity, true],
  ])('load1 %s, others %s cores: refused %s', (maxLoad1, maxOthersCores, refused) => {
    expect(readmeRefusal({ maxLoad1, maxOthersCores }) !== null).toBe(refused);
  });

  it.each([
    [0.2, false],
    [1, false],
    [1.01, true],
    [Infinity, true],
  ])('where other processes cannot be told apart, load1 %s refused: %s', (maxLoad1, refused) => {
    expect(readmeRefusal({ maxLoad1, maxOthersCores: NaN }) !== null).toBe(refused);
  });
});

describe('writeReadmeBlock', () => {
  const dirs: string[] = [];
  const readmeIn = () => {
    const dir = mkdtempSync(join(tmpdir(), 'readme-block-'));
    dirs.push(dir);
    const path = join(dir, 'README.md');
    writeFileSync(path, README);
    return { dir, path };
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the block and leaves no temporary file behind', () => {
    const { dir, path } = readmeIn();
    writeReadmeBlock(path, 'newsroom', 'fresh figures', { maxLoad1: 0.4, maxOthersCores: 0 });
    expect(readFileSync(path, 'utf8')).toBe(README.replace('old figures', 'fresh figures'));
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('refuses a loaded run and leaves the README untouched', () => {
    const { dir, path } = readmeIn();
    expect(() =>
      writeReadmeBlock(path, 'newsroom', 'busy figures', { maxLoad1: 1.7, maxOthersCores: 0.9 }),
    ).toThrow(/1\.70/);
    expect(readFileSync(path, 'utf8')).toBe(README);
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('leaves the README untouched when its markers are broken', () => {
    const { dir, path } = readmeIn();
    writeFileSync(path, '# no block\n');
    expect(() =>
      writeReadmeBlock(path, 'newsroom', 'figures', { maxLoad1: 0.1, maxOthersCores: 0 }),
    ).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('# no block\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});
