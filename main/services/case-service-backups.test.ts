import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../storage/backups';
import { sampleSource } from '../storage/test-helpers';
import { CaseService } from './case-service';

describe('CaseService backups', () => {
  let dir = '';
  let cases: CaseService;
  const clock = { now: new Date('2026-11-26T17:00:00Z') };
  const make = (policy = { firstAfterMs: 5_000, everyMs: 600_000 }) =>
    new CaseService(null, { emit: () => undefined }, () => clock.now, policy);
  const tick = (minutes: number) => (clock.now = new Date(clock.now.getTime() + minutes * 60_000));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'case-backups-'));
    clock.now = new Date('2026-11-26T17:00:00Z');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    cases.close();
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up soon after opening, then only when the case has changed', () => {
    cases = make();
    const path = join(dir, 'Riots.corroborate');
    cases.create(path, 'Riots');
    expect(listBackups(path)).toEqual([]);
    tick(1);
    vi.advanceTimersByTime(5_000);
    expect(listBackups(path)).toHaveLength(1);
    // Nothing changed: the next round takes no new backup.
    tick(10);
    vi.advanceTimersByTime(600_000);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('backs up a changed case when it is closed, and not an unchanged one', () => {
    cases = make();
    const path = join(dir, 'Riots.corroborate');
    cases.create(path, 'Riots');
    expect(cases.backupNow()).not.toBeNull();
    expect(cases.backupNow()).toBeNull();
    cases.database.insertSource(sampleSource());
    tick(1);
    cases.close();
    expect(listBackups(path)).toHaveLength(2);
  });

  it('says in the case info why backups fail, until one succeeds again', () => {
    const emitted: unknown[] = [];
    cases = new CaseService(
      null,
      { emit: (_event, payload) => void emitted.push(payload) },
      () => clock.now,
      { firstAfterMs: 5_000, everyMs: 600_000 },
    );
    const path = join(dir, 'Riots.corroborate');
    // Something that is not a folder sits where the backups go.
    writeFileSync(`${path}-backups`, 'in the way');
    cases.create(path, 'Riots');
    emitted.length = 0;
    vi.advanceTimersByTime(5_000);
    expect(cases.info()?.backupProblem).toMatch(
      /^Could not back up the case into ".*Riots\.corroborate-backups"/,
    );
    expect(emitted).toEqual([cases.info()]);
    // Failing again says nothing new; the next success clears it and says so.
    cases.database.insertSource(sampleSource());
    vi.advanceTimersByTime(600_000);
    expect(emitted).toHaveLength(1);
    rmSync(`${path}-backups`);
    cases.database.insertSource(sampleSource('Another report.'));
    vi.advanceTimersByTime(600_000);
    expect(cases.info()?.backupProblem).toBeUndefined();
    expect(emitted).toHaveLength(2);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('takes no backups without a policy (the CLI)', () => {
    cases = new CaseService(null, { emit: () => undefined });
    const path = join(dir, 'Riots.corroborate');
    cases.create(path, 'Riots');
    vi.advanceTimersByTime(3_600_000);
    cases.close();
    expect(listBackups(path)).toEqual([]);
  });

  it('reports in the case info that a damaged case was restored', () => {
    cases = make();
    const path = join(dir, 'Riots.corroborate');
    cases.create(path, 'Riots');
    cases.backupNow();
    cases.close();
    truncateSync(path, 1000);
    const info = cases.open(path);
    expect(info.recovery).toMatchObject({
      kind: 'truncated',
      restoredFrom: 'backup',
      restoredAt: '2026-11-26T17:00:00.000Z',
    });
  });
});
