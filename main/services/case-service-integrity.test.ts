import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../preload/contract';
import { CaseDatabase } from '../storage/case-database';
import { damageRootPage, sampleSource, thrown } from '../storage/test-helpers';
import { CaseService } from './case-service';

// The app's CaseService opens a case before its integrity check is done; damage the check
// finds later reaches the UI as a 'case:did-change' whose info carries it.

const HEAVY = 60_000;

describe('CaseService integrity check', () => {
  let dir = '';
  let cases: CaseService;
  let emitted: Array<CaseInfo | null> = [];
  const path = () => join(dir, 'Riots.corroborate');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'case-integrity-'));
    emitted = [];
    cases = new CaseService(null, {
      emit: (event, payload) => {
        if (event === 'case:did-change') emitted.push(payload as CaseInfo | null);
      },
    });
  });
  afterEach(() => {
    cases.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function closedCase(): void {
    const db = CaseDatabase.create(path(), { name: 'Riots' });
    db.insertSource(sampleSource(`Report.\n\n${'Witnesses said so. '.repeat(200)}`));
    db.close();
  }

  it(
    'announces damage found after opening, and the case info carries it',
    async () => {
      closedCase();
      damageRootPage(path(), 'source_pairs_by_b', 'cell-count');
      const opened = cases.open(path());
      expect(opened.damage).toBeUndefined();
      expect(emitted).toHaveLength(1);
      await cases.database.integrity;
      expect(emitted).toHaveLength(2);
      const damage = emitted[1]?.damage;
      expect(damage).toMatch(
        /^".*Riots\.corroborate" is damaged: part of the case file is damaged/,
      );
      expect(cases.info()?.damage).toBe(damage);
      expect(thrown(() => cases.database.insertSource(sampleSource('More.'))).message).toBe(damage);
    },
    HEAVY,
  );

  it(
    'announces nothing more for a healthy case',
    async () => {
      closedCase();
      cases.open(path());
      expect(await cases.database.integrity).toEqual({ state: 'healthy' });
      expect(emitted).toHaveLength(1);
      expect(cases.info()?.damage).toBeUndefined();
    },
    HEAVY,
  );

  it(
    'checks before open returns when built to (the CLI)',
    async () => {
      closedCase();
      damageRootPage(path(), 'source_pairs_by_b', 'cell-count');
      cases = new CaseService(null, { emit: () => undefined }, undefined, null, 'at-open');
      const error = thrown(() => cases.open(path()));
      expect(error.message).toMatch(/is damaged: part of the case file is damaged \(/);
    },
    HEAVY,
  );
});
