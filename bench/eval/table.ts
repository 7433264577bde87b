// The report: one table per split, as aligned plain text for the terminal and as Markdown.

import type { Row } from './score';

export const COLUMNS = [
  'dataset',
  'measure',
  'n',
  'engine',
  'target',
  'met',
  'seed-extend',
  'word-diff',
  'word-overlap',
] as const;

function cells(row: Row, previous: Row | undefined): string[] {
  return [
    previous?.dataset === row.dataset ? '' : row.dataset,
    row.measure,
    String(row.n),
    row.engine,
    row.target,
    row.met === null ? '' : row.met ? 'yes' : 'NO',
    row.seedExtend,
    row.wordDiff,
    row.wordOverlap,
  ];
}

const width = (text: string) => Array.from(text).length;

const CELL_WIDTH = 64;

/** A cell's text broken at spaces into lines of at most CELL_WIDTH code points. */
export function cellLines(cell: string, limit = CELL_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of cell.split(' ')) {
    if (line && width(line) + 1 + width(word) > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function plainTable(rows: readonly Row[]): string {
  // A row whose cells are too long for one line continues on the next lines.
  const lines = rows.flatMap((row, index) => {
    const wrapped = cells(row, rows[index - 1]).map((cell) => cellLines(cell));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    return Array.from({ length: height }, (_, line) => wrapped.map((cell) => cell[line] ?? ''));
  });
  const all = [[...COLUMNS], ...lines];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...all.map((line) => width(line[column] ?? ''))),
  );
  const format = (line: readonly string[]) =>
    line
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  return [format(COLUMNS), rule, ...lines.map(format)].join('\n');
}

const escape = (cell: string) => cell.replace(/\|/g, '\\|');

export function markdownTable(rows: readonly Row[]): string {
  const lines = rows.map((row, index) => cells(row, rows[index - 1]).map(escape));
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map((_, column) => (column === 2 ? ' ---: ' : ' --- ')).join('|')}|`,
    ...lines.map((line) => `| ${line.join(' | ')} |`),
  ].join('\n');
}
