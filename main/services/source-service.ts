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
import { identicalTextMessage, sameImportMessage } from '../storage/source-repository';
import type { CaseService } from './case-service';
import type { DocumentReader, ReadJob, ReadSource } from './document-reader';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';

/** What a folder import picks up: the formats the readers understand. */
const IMPORT_EXTENSIONS: ReadonlySet<string> = new Set(importableExtensions);
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface SourceServiceOptions {
  now?: () => Date;
  /** Files larger than this are refused before they are read (default 50 MB). */
  maxFileBytes?: number;
}

export class SourceService {
  private readonly now: () => Date;
  readonly maxFileBytes: number;

  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
    private readonly reader: DocumentReader,
    options: SourceServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_IMPORT_BYTES;
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
   * order), one file at a time. `onFile` hears each result as it lands, for progress.
   */
  async importFiles(
    paths: readonly string[],
    onFile?: (result: ImportedFile, done: number, total: number) => void,
  ): Promise<ImportedFile[]> {
    const database = this.cases.database;
    const files = expandPaths(paths);
    const results: ImportedFile[] = [];
    for (const path of files) {
      const result = await this.importFile(database, path);
      results.push(result);
      onFile?.(result, results.length, files.length);
    }
    this.announce(results);
    return results;
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

  /** One file's bytes into the open case. */
  async importBytes(fileName: string, bytes: Uint8Array, title?: string): Promise<ImportedFile> {
    const result = await this.store(this.cases.database, fileName, bytes, title);
    this.announce([result]);
    return result;
  }

  /**
   * One file's bytes into `database`: read in the worker, then stored in one transaction. A
   * refusal is reported, never thrown, so one bad file never stops a batch; the case is left
   * exactly as it was.
   */
  private async store(
    database: CaseDatabase,
    fileName: string,
    bytes: Uint8Array,
    title?: string,
  ): Promise<ImportedFile> {
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
    if (this.cases.current() !== database) {
      return refused(fileName, 'was not imported: its case was closed while it was being read');
    }

    const source: NewSource = {
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
    };
    // Only the same file with the same details is already here; the same text under another
    // title, outlet or address is a republication, kept and linked to the first as a copy.
    const same = database.findSameImport(source);
    if (same) {
      return {
        fileName,
        status: 'duplicate',
        sourceId: same.id,
        message: sameImportMessage(same),
      };
    }
    const identical = database.findSourceIdByHash(source.contentHash);
    const sourceId = database.insertSource(source);
    reachedStep('import:after-commit');
    if (identical === null) return { fileName, status: 'imported', sourceId };
    return {
      fileName,
      status: 'imported',
      sourceId,
      identicalTo: identical,
      message: identicalTextMessage(database.getSourceSummary(identical)),
    };
  }

  private async importFile(database: CaseDatabase, path: string): Promise<ImportedFile> {
    const fileName = basename(path);
    try {
      // Reading an open case file would release this process's lock on it (POSIX semantics).
      if (isHeldCaseFile(path))
        return refused(fileName, 'is an open Corroborate case, not a report');
      const size = statSync(path).size;
      if (size > this.maxFileBytes) return this.tooLarge(fileName, size);
      return await this.store(database, fileName, await readFile(path));
    } catch (error) {
      // Storage messages already name what they refer to; disk trouble (`io`) stops the batch.
      if (error instanceof CaseError && !isDiskTrouble(error))
        return { fileName, status: 'refused', message: error.message };
      if (isNodeError(error)) return refused(fileName, `could not be read (${error.code})`);
      throw error;
    }
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

function refused(fileName: string, reason: string): ImportedFile {
  return { fileName, status: 'refused', message: `${fileName} ${reason}.` };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
