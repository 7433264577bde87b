import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  ImportDataRequest,
  ImportedFile,
  ImportPastedRequest,
  Reliability,
  SourceDetail,
  SourceSummary,
  UpdateSourceMetadataRequest,
} from '../../preload/contract';
import { importableExtensions } from '../../preload/contract';
import { reachedStep } from '../storage/fault-points';
import { CaseError } from '../core/errors';
import { isHeldCaseFile } from '../storage/open-cases';
import type { CaseDatabase, NewSource } from '../storage/case-database';
import {
  identicalTextMessage,
  sameImportMessage,
  type BatchOutcome,
} from '../storage/source-repository';
import type { CaseService } from './case-service';
import type { DocumentReader, ReadJob, ReadSource } from './document-reader';
import { CommitBatcher, DEFAULT_COMMIT_BATCH, type CommitBatchPolicy } from './commit-batcher';
import { announceEdit } from './edit-events';
import { JoinedCommits } from './joined-commits';
import type { EventSink } from './events';

/** What a folder import picks up: the formats the readers understand. */
const IMPORT_EXTENSIONS: ReadonlySet<string> = new Set(importableExtensions);
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface SourceServiceOptions {
  now?: () => Date;
  /** Files larger than this are refused before they are read (default 50 MB). */
  maxFileBytes?: number;
  /** How multi-file imports are grouped into commits (default: 50 files or 200 ms). */
  commitBatch?: CommitBatchPolicy;
}

export class SourceService {
  private readonly now: () => Date;
  readonly maxFileBytes: number;
  private readonly batchPolicy: CommitBatchPolicy;
  private readonly singles: JoinedCommits<
    { database: CaseDatabase; prepared: PreparedFile },
    ImportedFile
  >;

  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
    private readonly reader: DocumentReader,
    options: SourceServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_IMPORT_BYTES;
    this.batchPolicy = options.commitBatch ?? DEFAULT_COMMIT_BATCH;
    this.singles = new JoinedCommits(this.batchPolicy, (group) => this.commitSingles(group));
  }

  list(): SourceSummary[] {
    return this.cases.database.listSources();
  }

  get(id: number): SourceDetail {
    return this.cases.database.getSource(id);
  }

  /** An undoable edit ("Edit source details"). */
  updateMetadata({ id, changes }: UpdateSourceMetadataRequest): SourceSummary {
    const database = this.cases.database;
    const { value, changed } = database.updateSourceMetadata(id, changes, this.now());
    this.events.emit('sources:did-change', { sourceIds: [id] });
    announceEdit(this.events, database, changed);
    return value;
  }

  /** An undoable edit ("Grade source"): the Admiralty reliability of a source. */
  setReliability({ id, reliability }: { id: number; reliability: Reliability }): SourceSummary {
    const database = this.cases.database;
    const { value, changed } = database.edit({ label: 'Grade source', now: this.now() }, (store) =>
      store.setReliability(id, reliability),
    );
    announceEdit(this.events, database, changed);
    return value;
  }

  /**
   * Imports files and folders (folders: the files of the formats it reads, recursively, in name
   * order). Files are committed in groups (see `importBatch`); `onFile` hears each result once
   * the commit holding it has returned, for progress.
   */
  importFiles(
    paths: readonly string[],
    onFile?: (result: ImportedFile, done: number, total: number) => void,
  ): Promise<ImportedFile[]> {
    const files = expandPaths(paths);
    const database = this.cases.database;
    const prepared = files.map((path) => () => this.prepareFile(database, path));
    return this.importAll(database, prepared, onFile);
  }

  /**
   * Imports files given as bytes, several to a transaction: each is read and refused or kept
   * exactly as `importBytes` would, and `onFile` hears it (and the result array holds it) only
   * once the commit that stored it has returned, so a crash loses nothing acknowledged. A file
   * that is refused leaves the others of its group imported; a commit that fails stores none of
   * its group and stops the import with the error.
   */
  importBatch(
    files: Iterable<{ fileName: string; bytes: Uint8Array; title?: string }>,
    onFile?: (result: ImportedFile, done: number, total: number) => void,
  ): Promise<ImportedFile[]> {
    const database = this.cases.database;
    const prepared = Array.from(
      files,
      ({ fileName, bytes, title }) =>
        () =>
          this.prepareBytes(fileName, bytes, title),
    );
    return this.importAll(database, prepared, onFile);
  }

  /** One file sent as bytes (a file input, a drop): base64 in `data`. */
  importData({ name, data }: ImportDataRequest): Promise<ImportedFile> {
    return this.importBytes(baseName(name), Buffer.from(data, 'base64'));
  }

  /** Text pasted from elsewhere, with the title the analyst typed. */
  importPasted({ title, text }: ImportPastedRequest): Promise<ImportedFile> {
    const name = title.trim() || 'Pasted text';
    return this.importBytes(name, new TextEncoder().encode(text), title);
  }

  /**
   * One file's bytes into the open case. Files sent side by side (one request each) share
   * commits (see JoinedCommits); each answer comes once the commit holding its file returned.
   */
  importBytes(fileName: string, bytes: Uint8Array, title?: string): Promise<ImportedFile> {
    const database = this.cases.database;
    return this.singles.submit(async () => ({
      database,
      prepared: await this.prepareBytes(fileName, bytes, title),
    }));
  }

  /** Commits single imports that arrived together, one commit per case (there is one open). */
  private commitSingles(
    group: ReadonlyArray<{ database: CaseDatabase; prepared: PreparedFile }>,
  ): ImportedFile[] {
    const results: ImportedFile[] = [];
    for (let start = 0; start < group.length;) {
      const database = group[start]?.database;
      let end = start;
      while (end < group.length && group[end]?.database === database) end++;
      const files = group.slice(start, end).map((single) => single.prepared);
      if (database) for (const result of this.commitGroup(database, files)) results.push(result);
      start = end;
    }
    this.announce(results);
    return results;
  }

  /**
   * Prepares files a few ahead of the commits (the reader works in its own thread while this
   * one stores the files before), groups them into commits and reports each in input order.
   */
  private async importAll(
    database: CaseDatabase,
    files: ReadonlyArray<() => Promise<PreparedFile>>,
    onFile?: (result: ImportedFile, done: number, total: number) => void,
  ): Promise<ImportedFile[]> {
    const results: ImportedFile[] = [];
    const batcher = new CommitBatcher<PreparedFile, ImportedFile>(
      this.batchPolicy,
      (group) => this.commitGroup(database, group),
      (result) => {
        results.push(result);
        onFile?.(result, results.length, files.length);
      },
    );
    const ahead: Array<Promise<PreparedFile>> = [];
    let next = 0;
    const fill = () => {
      while (next < files.length && ahead.length < PREPARED_AHEAD) {
        const started = (files[next++] as () => Promise<PreparedFile>)();
        // Settled in order below; a failure before then must not count as unhandled.
        started.catch(() => {});
        ahead.push(started);
      }
    };
    try {
      fill();
      while (ahead.length > 0) {
        const prepared = await (ahead.shift() as Promise<PreparedFile>);
        fill();
        batcher.add(prepared);
      }
      batcher.flush();
    } catch (error) {
      batcher.discard();
      this.announce(results);
      throw error;
    }
    this.announce(results);
    return results;
  }

  /**
   * One file's bytes read in the worker and made ready to store, or its refusal. A refusal is
   * reported, never thrown, so one bad file never stops a batch; disk trouble is thrown.
   */
  private async prepareBytes(
    fileName: string,
    bytes: Uint8Array,
    title?: string,
  ): Promise<PreparedFile> {
    if (bytes.byteLength > this.maxFileBytes) return this.tooLarge(fileName, bytes.byteLength);
    let parsed: ReadSource;
    try {
      const job: ReadJob = title === undefined ? { bytes, fileName } : { bytes, fileName, title };
      parsed = await this.reader.read(job);
    } catch (error) {
      if (error instanceof CaseError && !isDiskTrouble(error))
        return { fileName, status: 'refused', message: error.message };
      throw error;
    }
    if (parsed.text.trim().length === 0) return refused(fileName, 'has no text to import');
    return {
      source: {
        metadata: parsed.metadata,
        titleDerived: parsed.titleDerived,
        fileName,
        text: parsed.text,
        paragraphs: parsed.paragraphs,
        removedLines: parsed.removedLines,
        wordCount: parsed.wordCount,
        contentHash: createHash('sha256').update(parsed.text).digest('hex'),
        importedAt: this.now().toISOString(),
        original: { format: parsed.format, bytes },
      },
    };
  }

  private async prepareFile(database: CaseDatabase, path: string): Promise<PreparedFile> {
    const fileName = basename(path);
    try {
      // Reading an open case file would release this process's lock on it (POSIX semantics).
      if (isHeldCaseFile(path))
        return refused(fileName, 'is an open Corroborate case, not a report');
      const size = statSync(path).size;
      if (size > this.maxFileBytes) return this.tooLarge(fileName, size);
      if (this.cases.current() !== database) return closedWhileReading(fileName);
      return await this.prepareBytes(fileName, await readFile(path));
    } catch (error) {
      // Storage messages already name what they refer to; disk trouble (`io`) stops the batch.
      if (error instanceof CaseError && !isDiskTrouble(error))
        return { fileName, status: 'refused', message: error.message };
      if (isNodeError(error)) return refused(fileName, `could not be read (${error.code})`);
      throw error;
    }
  }

  /**
   * Stores the prepared files of one group in one transaction and says what became of each, in
   * order. Throws (storing none of them) when the transaction fails for the disk or a bug.
   */
  private commitGroup(database: CaseDatabase, group: readonly PreparedFile[]): ImportedFile[] {
    const sources = group.flatMap((file) => ('source' in file ? [file.source] : []));
    if (sources.length === 0) return group.map((file) => file as ImportedFile);
    if (this.cases.current() !== database) {
      return group.map((file) =>
        'source' in file ? closedWhileReading(file.source.fileName) : file,
      );
    }
    const outcomes = database.insertSources(sources);
    reachedStep('import:after-commit');
    let stored = 0;
    return group.map((file) => {
      if (!('source' in file)) return file;
      const { fileName } = file.source;
      const outcome = outcomes[stored++];
      if (!outcome) throw new Error(`The commit returned no outcome for ${fileName}.`);
      return importedFileOf(fileName, outcome);
    });
  }

  private tooLarge(fileName: string, size: number): ImportedFile {
    return refused(
      fileName,
      `is ${formatMegabytes(size)}; the limit is ${formatMegabytes(this.maxFileBytes)}`,
    );
  }

  private announce(results: readonly ImportedFile[]): void {
    const sourceIds = results.flatMap((result) =>
      result.sourceId !== undefined && result.status === 'imported' ? [result.sourceId] : [],
    );
    if (sourceIds.length === 0) return;
    this.events.emit('sources:did-change', { sourceIds });
    this.cases.announceChange();
  }
}

/** Disk trouble stops a whole batch; any other refusal concerns one file. */
function isDiskTrouble(error: CaseError): boolean {
  return error.code === 'io' || error.code === 'disk-full';
}

function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      return [path]; // Reported as unreadable by importFile.
    }
    if (!isDirectory) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && IMPORT_EXTENSIONS.has(extensionOf(entry.name)))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** The last segment of a name a browser gave (it may hold a relative folder path). */
function baseName(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).pop()?.trim() || 'Untitled file';
}

/** A file read and ready to store in the next commit, or what it was refused with. */
type PreparedFile = { source: NewSource } | ImportedFile;

/**
 * How many files are read ahead of the one being committed: more than the reader keeps in its
 * worker (JOBS_IN_FLIGHT), so the worker always has the next one; few enough that files at the
 * size limit held at once stay within memory.
 */
const PREPARED_AHEAD = 12;

function importedFileOf(fileName: string, outcome: BatchOutcome): ImportedFile {
  switch (outcome.kind) {
    case 'same-import':
      return {
        fileName,
        status: 'duplicate',
        sourceId: outcome.existing.id,
        message: sameImportMessage(outcome.existing),
      };
    case 'refused':
      return { fileName, status: 'refused', message: outcome.message };
    case 'inserted':
      if (outcome.identicalTo === null) {
        return { fileName, status: 'imported', sourceId: outcome.id };
      }
      return {
        fileName,
        status: 'imported',
        sourceId: outcome.id,
        identicalTo: outcome.identicalTo.id,
        message: identicalTextMessage(outcome.identicalTo),
      };
  }
}

function closedWhileReading(fileName: string): ImportedFile {
  return refused(fileName, 'was not imported: its case was closed while it was being read');
}

function refused(fileName: string, reason: string): ImportedFile {
  return { fileName, status: 'refused', message: `${fileName} ${reason}.` };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
