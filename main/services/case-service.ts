import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { CaseInfo, RecentCase } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { CaseDatabase } from '../storage/case-database';
import type { EventSink } from './events';
import type { SettingsStore } from './settings-store';

export const CASE_FILE_EXTENSION = '.corroborate';

/** Owns the one open case of this app instance; opening another closes it only on success. */
export class CaseService {
  private openDatabase: CaseDatabase | null = null;

  constructor(
    /** Null for the CLI, which must not change the analyst's recent-cases list. */
    private readonly settings: SettingsStore | null,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
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
    return { path: this.openDatabase.path, name, createdAt, schemaVersion, sourceCount };
  }

  open(path: string): CaseInfo {
    const absolute = resolve(path);
    if (this.openDatabase?.path === absolute) return this.requireInfo();
    const database = CaseDatabase.open(absolute);
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

  lastCasePath(): string | undefined {
    return this.settings?.read().lastCasePath;
  }

  /** Tells the UI the case's content changed (counts, names). */
  announceChange(): void {
    this.events.emit('case:did-change', this.info());
  }

  close(): void {
    this.openDatabase?.close();
    this.openDatabase = null;
  }

  private adopt(database: CaseDatabase): CaseInfo {
    this.openDatabase?.close();
    this.openDatabase = database;
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
