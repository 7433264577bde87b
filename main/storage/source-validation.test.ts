import { describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../preload/contract';
import {
  isIsoDate,
  validateMetadataChanges,
  validateNewSource,
  type NewSource,
} from './source-validation';
import { sampleSource, thrown } from './test-helpers';

describe('isIsoDate', () => {
  it.each([
    ['2024-03-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-3-31', false],
    ['31/03/2024', false],
    ['2024-03-31T00:00', false],
    ['0024-01-01', true],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('validateNewSource', () => {
  it('accepts the sample source, including empty paragraphs and lists', () => {
    expect(() => validateNewSource(sampleSource())).not.toThrow();
    expect(() =>
      validateNewSource(sampleSource('x', { paragraphs: [], removedLines: [] })),
    ).not.toThrow();
  });

  const base = sampleSource();
  const invalid: [string, Partial<NewSource>, RegExp][] = [
    ['an empty title', { metadata: { ...base.metadata, title: '  ' } }, /title cannot be empty/],
    ['a bad date', { metadata: { ...base.metadata, publishedDate: 'May 1' } }, /publication date/],
    [
      'a non-text outlet',
      { metadata: { ...base.metadata, outlet: 3 as unknown as string } },
      /outlet/,
    ],
    ['a content hash that is not sha256 hex', { contentHash: 'ABC' }, /content hash/],
    ['a negative word count', { wordCount: -2 }, /word count/],
    ['a fractional word count', { wordCount: 1.5 }, /word count/],
    [
      'removed lines that are not text',
      { removedLines: [1] as unknown as string[] },
      /removed lines/,
    ],
    ['no import time', { importedAt: '' }, /import time/],
    ['a paragraph past the end', { paragraphs: [{ start: 0, end: 999 }] }, /outside the text/],
    ['a paragraph ending before it starts', { paragraphs: [{ start: 5, end: 2 }] }, /outside/],
    ['a negative offset', { paragraphs: [{ start: -1, end: 2 }] }, /outside/],
    [
      'overlapping paragraphs',
      {
        paragraphs: [
          { start: 0, end: 10 },
          { start: 5, end: 12 },
        ],
      },
      /out of order/,
    ],
    ['a fractional offset', { paragraphs: [{ start: 0.5, end: 2 }] }, /whole-number/],
    [
      'offsets counted in UTF-16 units',
      { text: '🦊🦊', paragraphs: [{ start: 0, end: 4 }] },
      /outside/,
    ],
  ];

  it.each(invalid)('refuses %s, naming the file', (_label, overrides, message) => {
    const error = thrown(() => validateNewSource({ ...base, ...overrides }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(message);
    expect(error.message).toContain('"fox.txt"');
  });
});

describe('validateMetadataChanges', () => {
  it('returns the fields to write, skipping undefined ones', () => {
    expect(
      validateMetadataChanges({ outlet: 'Wire', byline: undefined, publishedDate: '' }, 'Edit'),
    ).toEqual({ outlet: 'Wire', publishedDate: '' });
    expect(validateMetadataChanges({}, 'Edit')).toEqual({});
  });

  it.each([
    ['an empty title', { title: '' }, /title cannot be empty/],
    ['a blank title', { title: ' \n' }, /title cannot be empty/],
    ['an unknown field', { text: 'new text' }, /"text" is not a metadata field/],
    ['a non-text value', { url: null }, /url must be text/],
    ['a bad date', { publishedDate: '2024-02-30' }, /publication date/],
  ])('refuses %s', (_label, changes, message) => {
    const error = thrown(() =>
      validateMetadataChanges(changes as Partial<SourceMetadata>, 'Cannot edit source 4'),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^Cannot edit source 4: /);
  });
});
