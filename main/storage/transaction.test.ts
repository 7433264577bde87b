import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { thrown } from './test-helpers';
import { transaction, writeTransaction } from './transaction';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec(`CREATE TABLE t (x INTEGER NOT NULL);
    CREATE TABLE case_info (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL);
    INSERT INTO case_info VALUES (1, 0);`);
});

const rows = () =>
  db
    .prepare('SELECT x FROM t ORDER BY x')
    .all()
    .map((row) => row['x']);
const revision = () => db.prepare('SELECT revision FROM case_info').get()?.['revision'];

describe('transaction', () => {
  it('commits and returns the result', () => {
    expect(transaction(db, () => db.prepare('INSERT INTO t VALUES (1)').run().changes)).toBe(1);
    expect(rows()).toEqual([1]);
    expect(thrown(() => db.exec('COMMIT')).message).toMatch(/no transaction/);
  });

  it('rolls back every statement when the work throws, and rethrows that error', () => {
    const failure = new Error('halfway');
    const error = thrown(() =>
      transaction(db, () => {
        db.exec('INSERT INTO t VALUES (1)');
        throw failure;
      }),
    );
    expect(error).toBe(failure);
    expect(rows()).toEqual([]);
  });

  it('rolls back when SQLite itself refuses a statement', () => {
    expect(() =>
      transaction(db, () => {
        db.exec('INSERT INTO t VALUES (1)');
        db.exec('INSERT INTO t VALUES (NULL)');
      }),
    ).toThrow(/NOT NULL/);
    expect(rows()).toEqual([]);
  });

  it('keeps the original error when the transaction is already gone', () => {
    const error = thrown(() =>
      transaction(db, () => {
        db.exec('ROLLBACK');
        throw new Error('original');
      }),
    );
    expect(error.message).toBe('original');
  });

  it('refuses to nest', () => {
    expect(() => transaction(db, () => transaction(db, () => 1))).toThrow(/within a transaction/);
    expect(thrown(() => db.exec('COMMIT')).message).toMatch(/no transaction/);
  });
});

describe('writeTransaction', () => {
  it('bumps the revision once per committed write', () => {
    writeTransaction(db, () => db.exec('INSERT INTO t VALUES (1)'));
    writeTransaction(db, () => db.exec('INSERT INTO t VALUES (2); INSERT INTO t VALUES (3)'));
    expect(revision()).toBe(2);
  });

  it('leaves the revision alone when the write fails', () => {
    expect(() =>
      writeTransaction(db, () => {
        db.exec('INSERT INTO t VALUES (1)');
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(revision()).toBe(0);
    expect(rows()).toEqual([]);
  });

  it('fails, writing nothing, when there is no case_info row', () => {
    db.exec('DELETE FROM case_info');
    expect(() => writeTransaction(db, () => db.exec('INSERT INTO t VALUES (1)'))).toThrow(
      /case_info/,
    );
    expect(rows()).toEqual([]);
  });
});
