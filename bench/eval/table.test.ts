import { describe, expect, it } from 'vitest';
import type { Row } from './score';
import { cellLines, markdownTable, plainTable } from './table';

const row = (measure: string, engine: string): Row => ({
  dataset: 'attribution',
  measure,
  n: 3,
  engine,
  target: '0',
  met: true,
  seedExtend: '',
  wordDiff: '',
  wordOverlap: '',
});

describe('tables', () => {
  it('wraps long cells in the plain table and names each dataset once', () => {
    expect(cellLines('a b c d', 3)).toEqual(['a b', 'c d']);
    const text = plainTable([row('first', 'x'), row('second', `${'word '.repeat(30)}end`)]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^dataset\s+measure\s+n\s+engine/);
    expect(lines.filter((line) => line.startsWith('attribution'))).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(Array.from(line).length).toBeLessThan(200);
  });

  it('escapes pipes in Markdown', () => {
    const markdown = markdownTable([row('a | b', 'yes')]);
    expect(markdown).toContain('a \\| b');
    expect(markdown.split('\n')).toHaveLength(3);
  });
});
