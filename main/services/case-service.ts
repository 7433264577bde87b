import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { CaseInfo, RecentCase } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { listBackups, type BackupInfo } from '../storage/backups';
import { CaseDatabase, type IntegrityCheckTiming } from '../storage/case-database';
import type { EventSink } from './events';
import type { SettingsStore } from './settings-store';

export const CASE_FILE_EXTENSION = '.corroborate';

/** When the app backs up the open case: a while after opening, then regularly, and at close. */
export interface BackupPolicy {
  firstAfterMs: number;
  everyMs: number;
}

/** The app's policy: a backup soon after opening (if the case changed since the last), then every ten minutes. */
export const APP_BACKUP_POLICY: BackupPolicy = { firstAfterMs: 5_000, everyMs: 600_000 };

/** Owns the one open case of this app instance; opening another closes it only on success. */
export class CaseService {
  private openDatabase: CaseDatabase | null = null;
  private backupTimer: ReturnType<typeof setTimeout> | undefined;
  private problemAtStart: string | null = null;
  private backupProblem: string | null = null;

  constructor(
    /** Null for the CLI, which must not change the analyst's recent-cases list. */
    private readonly settings: SettingsStore | null,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
    /** Null (the CLI, tests): no backups are taken. */
    private readonly backups: BackupPolicy | null = null,
    /**
     * When an opened case gets its integrity check. 'after-open' (the app) answers the UI
     * before the check is done and announces damage when it is found; the one-shot CLI checks
     * before it does anything ('at-open').
     */
    private readonly integrityCheck: IntegrityCheckTiming = 'after-open',
  ) {}

  /** The open case, or a `no-case-open` error the UI can act on. */
  get database(): CaseDatabase {
    if (!this.openDatabase)
      throw new CaseError('no-case-open', 'No case is open. Open or create a case first.');
    return this.openDatabase;
  }

  /** The open case's database, or null; for work that must not outlive the case it began on. */
  current(): CaseDatabase | null {
    return this.openDatabase;
  }

  info(): CaseInfo | null {
    if (!this.openDatabase) return null;
    const { name, createdAt, schemaVersion, sourceCount } = this.openDatabase.info();
    const { path, recovery, damage } = this.openDatabase;
    return {
      path,
      name,
      createdAt,
      schemaVersion,
      sourceCount,
      ...(recovery ? { recovery } : {}),
      ...(this.backupProblem ? { backupProblem: this.backupProblem } : {}),
      ...(damage ? { damage } : {}),
    };
  }

  open(path: string): CaseInfo {
    const absolute = resolve(path);
    if (this.openDatabase?.path === absolute) return this.requireInfo();
    const database = CaseDatabase.open(absolute, {
      now: this.now,
      integrityCheck: this.integrityCheck,
    });
    return this.adopt(database);
  }

  create(path: string, name?: string): CaseInfo {
    const absolute = resolve(path);
    const caseName = name?.trim() || basename(absolute, extname(absolute));
    return this.adopt(CaseDatabase.create(absolute, { name: caseName }));
  }

  recent(): RecentCase[] {
    return (this.settings?.read().recentCases ?? []).map((entry) => ({
      ...entry,
      exists: existsSync(entry.path),
    }));
  }

  /** Records why no case could be opened at start, for the UI; cleared once one opens. */
  reportStartupProblem(problem: string): void {
    this.problemAtStart = problem;
  }

  startupProblem(): string | null {
    return this.openDatabase ? null : this.problemAtStart;
  }

  lastCasePath(): string | undefined {
    return this.settings?.read().lastCasePath;
  }

  /** Tells the UI the case's content changed (counts, names). */
  announceChange(): void {
    this.events.emit('case:did-change', this.info());
  }

  close(): void {
    this.closeOpen();
  }

  /**
   * Takes a verified backup of the open case if it changed since the newest one. A failure
   * (a full disk, say) is reported and leaves the case and earlier backups as they were.
   */
  backupNow(): BackupInfo | null {
    const database = this.openDatabase;
    if (!database) return null;
    const newest = listBackups(database.path)[0];
    if (newest && newest.revision >= database.info().revision) return null;
    return database.backup({ now: this.now() });
  }

  private closeOpen(): void {
    clearTimeout(this.backupTimer);
    if (this.backups) this.tryBackup({ announce: false });
    this.openDatabase?.close();
    this.openDatabase = null;
  }

  /**
   * A scheduled backup. Its failure is not the analyst's doing and must not interrupt work, but
   * must not go unnoticed either: the case info carries the reason until a backup succeeds.
   */
  private tryBackup({ announce }: { announce: boolean }): void {
    let problem: string | null = null;
    try {
      this.backupNow();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      console.error(problem);
    }
    if (problem === this.backupProblem) return;
    this.backupProblem = problem;
    if (announce && this.openDatabase) this.announceChange();
  }

  private scheduleBackups(database: CaseDatabase): void {
    const policy = this.backups;
    if (!policy) return;
    const run = (delay: number) => {
      this.backupTimer = setTimeout(() => {
        if (this.openDatabase !== database) return;
        this.tryBackup({ announce: true });
        run(policy.everyMs);
      }, delay);
      this.backupTimer.unref?.();
    };
    run(policy.firstAfterMs);
  }

  private adopt(database: CaseDatabase): CaseInfo {
    this.closeOpen();
    this.backupProblem = null;
    this.openDatabase = database;
    this.scheduleBackups(database);
    void database.integrity.then((report) => {
      if (report.state === 'damaged' && this.openDatabase === database) {
        console.error(database.damage);
        this.announceChange();
      }
    });
    const info = this.requireInfo();
    this.settings?.rememberCase({
      path: info.path,
      name: info.name,
      openedAt: this.now().toISOString(),
    });
    this.events.emit('case:did-change', info);
    return info;
  }

  private requireInfo(): CaseInfo {
    const info = this.info();
    if (!info) throw new CaseError('no-case-open', 'No case is open.');
    return info;
  }
}
