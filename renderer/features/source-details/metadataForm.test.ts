import { describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../../preload/contract';
import { changedMetadata, metadataFields, metadataOf, validateMetadata } from './metadataForm';

const original: SourceMetadata = {
  title: 'Kim arrives in Russia',
  outlet: 'AP',
  byline: '',
  publishedDate: '2023-09-12',
  url: '',
  dateline: 'SEOUL, South Korea',
  agency: 'AP',
  attribution: '',
};

describe('metadata form', () => {
  it('edits every metadata field exactly once', () => {
    const names = metadataFields.map((field) => field.name).sort();
    expect(names).toEqual(Object.keys(original).sort());
  });

  it('picks only metadata from a source', () => {
    expect(metadataOf({ ...original, id: 3, wordCount: 10 } as SourceMetadata)).toEqual(original);
  });

  it('accepts a complete, valid form', () => {
    expect(validateMetadata({ ...original, url: 'https://apnews.com/article/1' })).toEqual({});
  });

  it.each([
    [{ title: '   ' }, 'title'],
    [{ publishedDate: '2023-02-30' }, 'publishedDate'],
    [{ publishedDate: '12/09/2023' }, 'publishedDate'],
    [{ url: 'apnews.com/article' }, 'url'],
    [{ url: 'javascript:alert(1)' }, 'url'],
  ] as const)('rejects %o', (change, field) => {
    expect(Object.keys(validateMetadata({ ...original, ...change }))).toEqual([field]);
  });

  it('sends only changed fields, trimmed', () => {
    const values = {
      ...original,
      title: '  Kim arrives in Russia ',
      byline: ' Jim Smith ',
      agency: '',
    };
    expect(changedMetadata(original, values)).toEqual({ byline: 'Jim Smith', agency: '' });
  });

  it('sends nothing when nothing changed', () => {
    expect(changedMetadata(original, { ...original })).toEqual({});
  });
});
