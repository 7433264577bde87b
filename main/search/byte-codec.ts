// Variable-length integers (LEB128, 7 bits per byte) in a growable byte buffer: the postings of
// a search segment are mostly small gaps between document numbers and token positions, which
// this stores in one byte each.

/** An append-only byte buffer that doubles when full. */
export class ByteWriter {
  private bytes: Uint8Array;
  private used = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.used;
  }

  /** Appends a non-negative integer below 2^31 as LEB128. */
  varint(value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff) || !Number.isInteger(value)) {
      throw new RangeError(`varint out of range: ${value}`);
    }
    this.reserve(5);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.used++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.used++] = rest;
  }

  append(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.used);
    this.used += chunk.length;
  }

  /** Pads with zero bytes to a multiple of `alignment`. */
  align(alignment: number): void {
    const padding = (alignment - (this.used % alignment)) % alignment;
    this.reserve(padding);
    this.bytes.fill(0, this.used, this.used + padding);
    this.used += padding;
  }

  /** The bytes written so far (a view: valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.used);
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.used + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}

/** Reads LEB128 integers from `bytes` starting at `offset`. */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public offset = 0,
  ) {}

  varint(): number {
    const bytes = this.bytes;
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[this.offset++];
      if (byte === undefined) throw new RangeError('varint runs past the end of the data');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 28) throw new RangeError('varint is longer than 5 bytes');
    }
  }
}
