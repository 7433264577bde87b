import type { ImportedFile } from '../../preload/contract';

/**
 * What the import-kill child reported, and the verdict on what a killed import left in the case.
 * The child writes `file {name, expected, token}` for every file of a folder before it imports
 * the folder, `ack {name, status}` as each file's result reaches the UI, `folder-done <n>` after
 * each folder (and `folder <n>` before it), `ready`, `done`, and `crash` / `error` / `open-error` when something went wrong.
 */
export interface ImportLog {
  ready: boolean;
  done: boolean;
  files: Array<{ name: string; expected: ImportedFile['status']; token: string }>;
  acks: Array<{ name: string; status: ImportedFile['status'] }>;
  foldersDone: number;
  problems: string[];
}

export function parseImportLog(lines: readonly string[]): ImportLog {
  const log: ImportLog = {
    ready: false,
    done: false,
    files: [],
    acks: [],
    foldersDone: 0,
    problems: [],
  };
  for (const line of lines) {
    const space = line.indexOf(' ');
    const word = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1);
    if (word === 'ready') log.ready = true;
    else if (word === 'done') log.done = true;
    else if (word === 'file') log.files.push(JSON.parse(rest) as ImportLog['files'][number]);
    else if (word === 'ack') log.acks.push(JSON.parse(rest) as ImportLog['acks'][number]);
    else if (word === 'folder-done') log.foldersDone += 1;
    else if (word === 'folder') continue;
    else if (line !== '') log.problems.push(line);
  }
  return log;
}

/** A source of the round as the case holds it after the kill, in id order. */
export interface StoredImport {
  fileName: string;
  text: string;
  paragraphs: number;
}

export interface ImportVerdict {
  acknowledged: number;
  /** Acknowledged as imported, yet not in the case: an acknowledgement given before its commit. */
  lost: string[];
  /** In the case but not whole (its text or paragraphs missing), or stored twice, or unknown. */
  damaged: string[];
  /** The stored files are not the first files of the import, in order: a group half applied. */
  outOfOrder: boolean;
  /** An acknowledgement with another status than the file's (a duplicate missed, say). */
  wrongStatus: string[];
  /** Committed, but killed before their acknowledgement reached the UI (allowed). */
  committedUnacknowledged: number;
  /** The kill came while a folder was being imported. */
  midFolder: boolean;
}

/** Checks the round's stored sources against what the child promised. */
export function judgeImports(log: ImportLog, stored: readonly StoredImport[]): ImportVerdict {
  const planned = new Map<string, ImportLog['files'][number]>();
  const storable: string[] = [];
  for (const file of log.files) {
    if (file.expected !== 'imported') continue;
    planned.set(file.name, file);
    storable.push(file.name);
  }
  const expectedStatus = new Map<string, ImportedFile['status'][]>();
  for (const file of log.files) {
    expectedStatus.set(file.name, [...(expectedStatus.get(file.name) ?? []), file.expected]);
  }
  const storedNames = new Set(stored.map((source) => source.fileName));
  const verdict: ImportVerdict = {
    acknowledged: log.acks.length,
    lost: [],
    damaged: [],
    outOfOrder: false,
    wrongStatus: [],
    committedUnacknowledged: 0,
    midFolder: log.files.length > 0 && !log.done && log.acks.length < log.files.length,
  };
  const seen = new Set<string>();
  for (const ack of log.acks) {
    const occurrence = seen.has(ack.name) ? 1 : 0;
    seen.add(ack.name);
    const expected = expectedStatus.get(ack.name) ?? [];
    if (!expected.includes(ack.status) || (occurrence === 1 && ack.status === 'imported')) {
      verdict.wrongStatus.push(`${ack.name}: ${ack.status}, expected ${expected.join(' or ')}`);
    }
    if (ack.status !== 'refused' && !storedNames.has(ack.name)) verdict.lost.push(ack.name);
  }
  const counted = new Set<string>();
  for (const source of stored) {
    const file = planned.get(source.fileName);
    if (!file || counted.has(source.fileName)) {
      verdict.damaged.push(`${source.fileName}: ${file ? 'stored twice' : 'never imported'}`);
      continue;
    }
    counted.add(source.fileName);
    if (!source.text.includes(`Reference ${file.token} closes`) || source.paragraphs < 2) {
      verdict.damaged.push(`${source.fileName}: stored without its whole text`);
    }
  }
  verdict.outOfOrder = stored.some((source, index) => storable[index] !== source.fileName);
  const acknowledgedImports = log.acks.filter((ack) => ack.status === 'imported').length;
  verdict.committedUnacknowledged = Math.max(0, stored.length - acknowledgedImports);
  return verdict;
}
