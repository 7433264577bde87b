import { describe, expect, it } from 'vitest';
import { blobColumn, booleanColumn, integerColumn, textColumn, type Row } from './rows';

const row: Row = {
  name: 'Case',
  count: 3,
  flag: 0,
  on: 1,
  big: 2n,
  real: 1.5,
  none: null,
  bytes: new Uint8Array([1, 2]),
};

describe('row readers', () => {
  it('read columns of the right type', () => {
    expect(textColumn(row, 'name')).toBe('Case');
    expect(integerColumn(row, 'count')).toBe(3);
    expect(booleanColumn(row, 'flag')).toBe(false);
    expect(booleanColumn(row, 'on')).toBe(true);
    expect([...blobColumn(row, 'bytes')]).toEqual([1, 2]);
  });

  it.each([
    ['text from a number', () => textColumn(row, 'count')],
    ['text from null', () => textColumn(row, 'none')],
    ['text from a missing column', () => textColumn(row, 'missing')],
    ['an integer from text', () => integerColumn(row, 'name')],
    ['an integer from a bigint', () => integerColumn(row, 'big')],
    ['an integer from a real', () => integerColumn(row, 'real')],
    ['a blob from text', () => blobColumn(row, 'name')],
  ])('refuse %s', (_label, read) => {
    expect(read).toThrow(/Column \w+ holds/);
  });
});
