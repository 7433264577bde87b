import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './byte-codec';

describe('varints', () => {
  it('round-trip any sequence of integers below 2^31', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff })), (values) => {
        const writer = new ByteWriter(1);
        for (const value of values) writer.varint(value);
        const reader = new ByteReader(writer.view());
        expect(values.map(() => reader.varint())).toEqual(values);
        expect(reader.offset).toBe(writer.length);
      }),
    );
  });

  it('use one byte below 128 and five at the top', () => {
    const writer = new ByteWriter();
    writer.varint(127);
    expect(writer.length).toBe(1);
    writer.varint(0x7fffffff);
    expect(writer.length).toBe(6);
  });

  it('refuse negative, fractional and oversized values', () => {
    const writer = new ByteWriter();
    for (const bad of [-1, 1.5, 2 ** 31, Number.NaN]) {
      expect(() => writer.varint(bad)).toThrow(RangeError);
    }
  });

  it('refuse data that ends inside a varint or runs on too long', () => {
    expect(() => new ByteReader(new Uint8Array([0x80])).varint()).toThrow(/past the end/);
    expect(() =>
      new ByteReader(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 1])).varint(),
    ).toThrow(/longer than 5 bytes/);
  });

  it('align pads with zeros', () => {
    const writer = new ByteWriter();
    writer.varint(1);
    writer.align(4);
    expect([...writer.view()]).toEqual([1, 0, 0, 0]);
    writer.append(new Uint8Array([9]));
    expect(writer.length).toBe(5);
  });
});
