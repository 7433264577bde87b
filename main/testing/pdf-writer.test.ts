import { describe, expect, it } from 'vitest';
import { wrap, writePdf } from './pdf-writer';

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe('writePdf', () => {
  it('points every cross-reference entry at its object', () => {
    const file = text(writePdf({ pages: [['One'], ['Two']], info: { title: 'T' } }));
    const xref = Number(/startxref\n(\d+)/.exec(file)?.[1]);
    const entries = file.slice(xref).split('\n').slice(3, 11);

    expect(file.startsWith('xref', xref)).toBe(true);
    expect(file).toContain('/Size 9 /Root 1 0 R /Info 8 0 R');
    entries.forEach((entry, index) => {
      expect(file.startsWith(`${index + 1} 0 obj`, Number(entry.slice(0, 10)))).toBe(true);
    });
  });

  it('escapes string delimiters and writes Latin-1 as octal', () => {
    expect(text(writePdf({ pages: [['(a) \\ é']] }))).toContain('(\\(a\\) \\\\ \\351) Tj');
    expect(() => writePdf({ pages: [['€']] })).toThrow(/Latin-1/);
  });

  it('writes no text operators for image-only pages', () => {
    expect(text(writePdf({ pages: [['Hidden']], imageOnly: true }))).not.toMatch(/Tj|BT/);
  });

  it('wraps greedily at the line length', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('abcdefgh ij', 5)).toEqual(['abcdefgh', 'ij']);
  });
});
