import { pathToFileURL } from 'node:url';
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { CASE_APPLICATION_ID } from './case-file-check';
import { SqliteCode } from './sqlite-errors';

/** When an open case gets SQLite's `PRAGMA quick_check`: before `open` returns, or after. */
export type IntegrityCheckTiming = 'at-open' | 'after-open';

/** What the check of an open case found. */
export type IntegrityReport =
  | { state: 'healthy' }
  | { state: 'damaged'; found: string }
  /** The check could not run (the case closed first, the checker failed): nothing is known. */
  | { state: 'not-checked'; reason: string };

/** How many problems a check lists: enough to tell damage, not a wall of text. */
const PROBLEM_LIMIT = 5;

/** "part of the case file is damaged (…)": the words every page-damage report uses. */
export const damagedPageFound = (detail: string): string =>
  `part of the case file is damaged (${detail})`;

/** `PRAGMA quick_check` on `db`, on this thread; null when the case is sound. */
export function quickCheckProblems(db: DatabaseSync): string | null {
  const rows = db
    .prepare(`PRAGMA quick_check(${PROBLEM_LIMIT})`)
    .all()
    .map((row) => String(Object.values(row)[0]));
  return verdictOf(rows);
}

const verdictOf = (rows: readonly string[]): string | null =>
  rows.length === 1 && rows[0] === 'ok' ? null : rows.join('; ');

export interface BackgroundCheck {
  /** Settles once with the report; never rejects. */
  readonly result: Promise<IntegrityReport>;
  /** Stops waiting (the case is closing): the result becomes `not-checked`. */
  cancel(): void;
}

interface CheckerData {
  /** Whether the checker thread may lower its own priority (see below). */
  lowerPriority: boolean;
  uri: string;
  applicationId: number;
  limit: number;
}

type CheckerMessage = { rows: string[] } | { error: { message: string; errcode: number | null } };

// The checker is a few lines of plain CommonJS with only Node built-ins, run with `eval`, so it
// needs no bundled entry of its own and runs the same from source, from out/ and packaged.
const CHECKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
if (workerData.lowerPriority) {
  try { require('node:os').setPriority(19); } catch {}
}
let db = null;
try {
  db = new DatabaseSync(workerData.uri, { readOnly: true });
  const app = db.prepare('PRAGMA application_id').get();
  const id = app === undefined ? 0 : Number(Object.values(app)[0]) >>> 0;
  if (id !== workerData.applicationId) throw new Error('the file read is not the case');
  const rows = db.prepare('PRAGMA quick_check(' + workerData.limit + ')').all();
  parentPort.postMessage({ rows: rows.map((row) => String(Object.values(row)[0])) });
} catch (error) {
  const errcode = error && typeof error.errcode === 'number' ? error.errcode : null;
  parentPort.postMessage({ error: { message: String((error && error.message) || error), errcode } });
} finally {
  if (db) db.close();
}
`;

/**
 * Runs `PRAGMA quick_check` over the case file `filePath` in a worker thread, so the thread
 * that answers the UI never waits on it (about 200 ms over a 166 MB case).
 *
 * Why this is sound with the case's lock and its write-ahead log: the case's own connection
 * holds SQLite's exclusive lock, so no ordinary second connection may even read the file. The
 * checker opens it `immutable=1` (read-only, no locks, no log), which reads the main file as it
 * stands. That is the whole case only because, and only while, (1) the opener checkpointed the
 * log into the file (`wal_checkpoint(TRUNCATE)`, see open-case-file.ts) and (2) nothing copies
 * the log into the file again until the check settles: the caller turns automatic checkpoints
 * off meanwhile, and closing the case (which checkpoints) cancels the check first. New writes
 * meanwhile go only to the log. Closing the checker's file descriptor cannot drop the case's
 * lock: both connections are the same SQLite library in this process, which keeps a closed
 * descriptor open while any connection holds a lock on that file.
 */
export function checkInBackground(filePath: string): BackgroundCheck {
  const data: CheckerData = {
    // On Linux a thread's nice value is its own, so the checker yields the CPU to the thread
    // that answers the UI (on 2 cores with other work, it otherwise slows the first query as
    // much as it saves). Elsewhere the same call would lower the whole app, so it is not made.
    lowerPriority: process.platform === 'linux',
    uri: `${pathToFileURL(filePath).href}?immutable=1`,
    applicationId: CASE_APPLICATION_ID,
    limit: PROBLEM_LIMIT,
  };
  const worker = new Worker(CHECKER_SOURCE, { eval: true, workerData: data });
  let settle: (report: IntegrityReport) => void = () => {};
  const result = new Promise<IntegrityReport>((resolve) => {
    let settled = false;
    settle = (report) => {
      if (settled) return;
      settled = true;
      resolve(report);
    };
  });
  worker.once('message', (message: CheckerMessage) => settle(reportOf(message)));
  worker.once('error', (error) =>
    settle({ state: 'not-checked', reason: `the checker failed (${error.message})` }),
  );
  worker.once('exit', (code) =>
    settle({ state: 'not-checked', reason: `the checker stopped (exit code ${code})` }),
  );
  return {
    result,
    cancel: () => {
      settle({ state: 'not-checked', reason: 'the case was closed before its check finished' });
      // Stops the thread once SQLite returns control to it; what it then reads is ignored.
      void worker.terminate();
    },
  };
}

function reportOf(message: CheckerMessage): IntegrityReport {
  if ('rows' in message) {
    const problems = verdictOf(message.rows);
    return problems
      ? { state: 'damaged', found: damagedPageFound(problems) }
      : { state: 'healthy' };
  }
  const primary = message.error.errcode === null ? null : message.error.errcode & 0xff;
  if (primary === SqliteCode.CORRUPT || primary === SqliteCode.NOTADB) {
    return { state: 'damaged', found: damagedPageFound(message.error.message) };
  }
  return { state: 'not-checked', reason: message.error.message };
}
