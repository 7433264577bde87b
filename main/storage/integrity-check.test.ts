import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CaseDatabase } from './case-database';
import { openExclusiveConnection } from './connection';
import { checkInBackground, quickCheckProblems } from './integrity-check';
import { damageRootPage, sampleSource, useTempDir } from './test-helpers';

// The checker runs in a worker thread over the case file while the case's own connection holds
// it exclusively; these tests open the case that way, as the app does.

const HEAVY = 60_000;

describe('checkInBackground', () => {
  const tempDir = useTempDir();
  const file = () => path.join(tempDir(), 'case.corroborate');

  function closedCase(sources = 6): void {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    for (let n = 0; n < sources; n++) {
      db.insertSource(sampleSource(`Report ${n}.\n\n${'Witnesses said so. '.repeat(200)}`));
    }
    db.close();
  }

  it(
    'reports a healthy case healthy, and the case keeps its exclusive lock',
    async () => {
      closedCase();
      const held = openExclusiveConnection(file());
      try {
        expect(await checkInBackground(file()).result).toEqual({ state: 'healthy' });
        // The checker's descriptor closing must not have dropped the case's lock.
        const probe = new DatabaseSync(file());
        probe.exec('PRAGMA busy_timeout = 0');
        expect(() => probe.prepare('SELECT count(*) FROM sources').get()).toThrow(/locked/);
        probe.close();
      } finally {
        held.close();
      }
    },
    HEAVY,
  );

  it(
    'reports a damaged page with what SQLite found',
    async () => {
      closedCase();
      damageRootPage(file(), 'paragraphs');
      // A garbage root page makes SQLite give up (SQLITE_CORRUPT) rather than list problems.
      const direct = new DatabaseSync(file(), { readOnly: true });
      expect(() => quickCheckProblems(direct)).toThrow('database disk image is malformed');
      direct.close();
      const held = openExclusiveConnection(file());
      try {
        expect(await checkInBackground(file()).result).toEqual({
          state: 'damaged',
          found: 'part of the case file is damaged (database disk image is malformed)',
        });
      } finally {
        held.close();
      }
    },
    HEAVY,
  );

  it(
    'lists the problems quick_check finds in a case it can still walk',
    async () => {
      closedCase();
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const direct = new DatabaseSync(file(), { readOnly: true });
      const problems = quickCheckProblems(direct);
      direct.close();
      expect(problems).not.toBeNull();
      expect(await checkInBackground(file()).result).toEqual({
        state: 'damaged',
        found: `part of the case file is damaged (${problems})`,
      });
    },
    HEAVY,
  );

  it(
    'says it could not check a file that is not the case, rather than calling it damaged',
    async () => {
      const other = path.join(tempDir(), 'other.sqlite');
      const db = new DatabaseSync(other);
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      db.close();
      const report = await checkInBackground(other).result;
      expect(report).toEqual({ state: 'not-checked', reason: 'the file read is not the case' });
      const missing = await checkInBackground(path.join(tempDir(), 'gone.corroborate')).result;
      expect(missing.state).toBe('not-checked');
    },
    HEAVY,
  );

  it(
    'reads a path with characters that mean something in a URI',
    async () => {
      const odd = path.join(tempDir(), 'Riots #2 ?50% done.corroborate');
      CaseDatabase.create(odd, { name: 'Odd' }).close();
      expect(fs.existsSync(odd)).toBe(true);
      expect(await checkInBackground(odd).result).toEqual({ state: 'healthy' });
    },
    HEAVY,
  );

  it(
    'settles as not checked when cancelled',
    async () => {
      closedCase(1);
      const check = checkInBackground(file());
      check.cancel();
      expect(await check.result).toEqual({
        state: 'not-checked',
        reason: 'the case was closed before its check finished',
      });
    },
    HEAVY,
  );
});
