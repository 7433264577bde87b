import type { SQLOutputValue } from 'node:sqlite';

/** A result row as node:sqlite returns it. */
export type Row = Record<string, SQLOutputValue>;

export function textColumn(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') {
    throw new Error(`Column ${column} holds ${typeof value}, expected text.`);
  }
  return value;
}

export function integerColumn(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`Column ${column} holds ${typeof value}, expected an integer.`);
  }
  return value;
}

export function booleanColumn(row: Row, column: string): boolean {
  return integerColumn(row, column) !== 0;
}

export function blobColumn(row: Row, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) {
    throw new Error(`Column ${column} holds ${typeof value}, expected a blob.`);
  }
  return value;
}
