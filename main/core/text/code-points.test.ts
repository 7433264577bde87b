import { describe, it, expect } from 'vitest';
import {
  codePointLength,
  codePointToUtf16Offset,
  sliceByCodePoints,
  utf16ToCodePointOffset,
} from './code-points';

// 😀 and 𝔸 are astral: one code point, two UTF-16 units each.
const mixed = 'a😀b𝔸c';

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['😀', 1],
    [mixed, 5],
    ['Ünïcödé', 7],
    ['\ud800x', 2], // lone high surrogate counts as one
    ['x\udc00', 2], // lone low surrogate counts as one
    ['👩‍👩‍👧', 5], // a ZWJ family is five code points, not one
  ])('%j has %i code points', (input, expected) => {
    expect(codePointLength(input)).toBe(expected);
  });
});

describe('utf16ToCodePointOffset', () => {
  it.each([
    [mixed, 0, 0],
    [mixed, 1, 1], // after a
    [mixed, 2, 1], // inside 😀: maps to its start
    [mixed, 3, 2], // after 😀
    [mixed, 4, 3], // after b
    [mixed, 5, 3], // inside 𝔸
    [mixed, 6, 4],
    [mixed, 7, 5],
    [mixed, 99, 5], // past the end clamps
    [mixed, -4, 0],
    [mixed, Number.NaN, 0],
    [mixed, 3.7, 2], // fractional offsets truncate
  ])('%j at UTF-16 %d is code point %i', (input, offset, expected) => {
    expect(utf16ToCodePointOffset(input, offset)).toBe(expected);
  });
});

describe('codePointToUtf16Offset', () => {
  it.each([
    [mixed, 0, 0],
    [mixed, 1, 1],
    [mixed, 2, 3],
    [mixed, 3, 4],
    [mixed, 4, 6],
    [mixed, 5, 7],
    [mixed, 6, 7], // past the end clamps
    [mixed, -1, 0],
    ['', 3, 0],
  ])('%j at code point %d is UTF-16 %i', (input, offset, expected) => {
    expect(codePointToUtf16Offset(input, offset)).toBe(expected);
  });

  it('round-trips every code-point offset', () => {
    const text = '𝔸 — Ωmega 😀 done';
    for (let cp = 0; cp <= codePointLength(text); cp++) {
      expect(utf16ToCodePointOffset(text, codePointToUtf16Offset(text, cp))).toBe(cp);
    }
  });
});

describe('sliceByCodePoints', () => {
  it.each([
    [mixed, 0, 5, mixed],
    [mixed, 1, 2, '😀'],
    [mixed, 1, 4, '😀b𝔸'],
    [mixed, 3, 4, '𝔸'],
    [mixed, 4, undefined, 'c'],
    [mixed, 3, 2, ''], // reversed
    [mixed, -2, 2, 'a😀'], // negative start clamps to 0
    [mixed, 4, 40, 'c'],
    [mixed, 40, 50, ''],
  ])('%j [%d, %s) is %j', (input, start, end, expected) => {
    expect(sliceByCodePoints(input, start, end)).toBe(expected);
  });
});
