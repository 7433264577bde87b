// The state of one import batch, shown by the import tray: a row per file with its outcome, and
// a summary once every file has been read. Pure, so the tray's logic is tested without a DOM.

import type { ImportedFile, ImportProgress } from '../../../preload/contract';

export type RowStatus = 'waiting' | 'reading' | ImportedFile['status'];

export interface ImportRow {
  name: string;
  status: RowStatus;
  message?: string;
  sourceId?: number;
  /** For an imported republication: the first source with the same text. */
  identicalTo?: number;
}

export interface ImportBatch {
  rows: ImportRow[];
  /** How many files the batch has; for imports by path it is known only from main's progress. */
  total: number;
  finished: boolean;
  /** Why the batch stopped early (main unreachable, no case open), if it did. */
  error?: string;
}

export type BatchAction =
  /** New files: a new batch when none is running, else more rows for the running one. */
  | { type: 'add'; names: readonly string[] }
  | { type: 'reading'; index: number }
  | { type: 'result'; index: number; result: ImportedFile }
  /** Main read a file of an import by path; its rows start at `offset`. */
  | { type: 'progress'; offset: number; progress: ImportProgress }
  | { type: 'finish'; error?: string }
  | { type: 'clear' };

export function batchReducer(batch: ImportBatch | null, action: BatchAction): ImportBatch | null {
  switch (action.type) {
    case 'add': {
      const rows: ImportRow[] = action.names.map((name) => ({ name, status: 'waiting' }));
      if (!batch || batch.finished) return { rows, total: rows.length, finished: false };
      return { ...batch, rows: [...batch.rows, ...rows], total: batch.total + rows.length };
    }
    case 'reading':
      return batch && updateRow(batch, action.index, { status: 'reading' });
    case 'result':
      return batch && updateRow(batch, action.index, rowOf(action.result));
    case 'progress': {
      if (!batch || batch.finished) return batch;
      const { done, total, result } = action.progress;
      const rows = [...batch.rows];
      // The chosen paths were one placeholder row; main's count of files replaces it.
      rows[action.offset + done - 1] = rowOf(result);
      const expected = action.offset + total;
      return { ...batch, rows: rows.slice(0, Math.max(expected, rows.length)), total: expected };
    }
    case 'clear':
      return null;
    case 'finish': {
      if (!batch) return batch;
      // Files never reached (the batch stopped early) are reported as such, not left spinning.
      const rows = batch.rows.map((row) =>
        row.status === 'waiting' || row.status === 'reading'
          ? { ...row, status: 'refused' as const, message: 'Not imported: the import stopped.' }
          : row,
      );
      return {
        ...batch,
        rows,
        finished: true,
        ...(action.error ? { error: action.error } : {}),
      };
    }
  }
}

function updateRow(batch: ImportBatch, index: number, patch: Partial<ImportRow>): ImportBatch {
  const row = batch.rows[index];
  if (!row) return batch;
  const rows = [...batch.rows];
  rows[index] = { ...row, ...patch };
  return { ...batch, rows };
}

function rowOf(result: ImportedFile): ImportRow {
  return {
    name: result.fileName,
    status: result.status,
    ...(result.message ? { message: result.message } : {}),
    ...(result.sourceId !== undefined ? { sourceId: result.sourceId } : {}),
    ...(result.identicalTo !== undefined ? { identicalTo: result.identicalTo } : {}),
  };
}

const STATUS_LABELS: Record<RowStatus, string> = {
  waiting: 'Waiting',
  reading: 'Reading…',
  imported: 'Imported',
  duplicate: 'Already in the case',
  refused: 'Refused',
};

/**
 * What a row says under the file's name: main's reason for a refusal or a duplicate (which
 * names the source already there), and for a republication that it was imported and which
 * source has the same text ("Imported · Identical text to #000 … — linked as a copy.").
 */
export function rowStatusText(row: ImportRow): string {
  if (!row.message) return STATUS_LABELS[row.status];
  if (row.status === 'refused' || row.status === 'duplicate') return row.message;
  if (row.status === 'imported') return `${STATUS_LABELS.imported} · ${row.message}`;
  return STATUS_LABELS[row.status];
}

export interface BatchCounts {
  done: number;
  imported: number;
  duplicate: number;
  refused: number;
}

export function countBatch(batch: ImportBatch): BatchCounts {
  const counts = { done: 0, imported: 0, duplicate: 0, refused: 0 };
  for (const row of batch.rows) {
    if (row.status === 'waiting' || row.status === 'reading') continue;
    counts.done += 1;
    counts[row.status] += 1;
  }
  return counts;
}

/** "3 imported · 1 duplicate · 1 refused"; nothing is said of a zero count. */
export function summaryText(counts: BatchCounts): string {
  const parts = [
    counts.imported > 0 ? `${counts.imported} imported` : '',
    counts.duplicate > 0
      ? `${counts.duplicate} ${counts.duplicate === 1 ? 'duplicate' : 'duplicates'} skipped`
      : '',
    counts.refused > 0 ? `${counts.refused} refused` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Nothing to import';
}

/**
 * A file over the size cap is refused before it is read or sent, with main's wording for the
 * same refusal.
 */
export function tooLarge(name: string, size: number, limit: number): ImportedFile {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return {
    fileName: name,
    status: 'refused',
    message: `${name} is ${megabytes(size)}; the limit is ${megabytes(limit)}.`,
  };
}
