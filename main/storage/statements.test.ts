import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { cachedStatement } from './statements';

describe('cachedStatement', () => {
  it('prepares a statement once per connection and SQL text', () => {
    const one = new DatabaseSync(':memory:');
    const two = new DatabaseSync(':memory:');
    const sql = 'SELECT ? AS value';
    const first = cachedStatement(one, sql);
    expect(cachedStatement(one, sql)).toBe(first);
    expect(cachedStatement(two, sql)).not.toBe(first);
    expect(cachedStatement(one, 'SELECT 1')).not.toBe(first);
    expect(first.get(7)).toEqual({ value: 7 });
  });
});
