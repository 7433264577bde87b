import type { CaseDatabase } from '../storage/case-database';

/**
 * The open case's number of sources, counted again only when the case's revision moves. Every
 * write transaction bumps the revision (storage/transaction.ts), so an import, a removal, an
 * undo or a restored backup all make the next read count again; reading the revision is one
 * row by key, where `count(*)` walks every source.
 */
export class SourceCount {
  private cached: { database: CaseDatabase; revision: number; count: number } | null = null;

  of(database: CaseDatabase): number {
    const revision = database.revision();
    const cached = this.cached;
    if (cached && cached.database === database && cached.revision === revision) return cached.count;
    const info = database.info();
    this.cached = { database, revision: info.revision, count: info.sourceCount };
    return info.sourceCount;
  }
}
