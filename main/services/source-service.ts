import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {
  ImportedFile,
  Reliability,
  SourceDetail,
  SourceSummary,
  UpdateSourceMetadataRequest,
} from '../../preload/contract';
import { CaseError } from '../core/errors';
import type { ParsedSource } from '../core/import/parse-news-text';
import { extractDocument } from '../import/extract';
import { parseDocument } from '../import/parse-document';
import { isHeldCaseFile } from '../storage/open-cases';
import type { CaseService } from './case-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';

/** What a folder import picks up; docx and PDF follow when they can be read. */
const IMPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export class SourceService {
  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

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

  /** Imports files and folders (folders: their text and HTML files, recursively, in name order). */
  importFiles(paths: readonly string[]): ImportedFile[] {
    const results = expandPaths(paths).map((path) => this.importFile(path));
    const sourceIds = results.flatMap((result) =>
      result.sourceId !== undefined && result.status === 'imported' ? [result.sourceId] : [],
    );
    if (sourceIds.length > 0) {
      this.events.emit('sources:did-change', { sourceIds });
      this.cases.announceChange();
    }
    return results;
  }

  /** One file; a refusal is reported, never thrown, so one bad file never stops a batch. */
  importFile(path: string): ImportedFile {
    const fileName = basename(path);
    try {
      // Reading an open case file would release this process's lock on it (POSIX semantics).
      if (isHeldCaseFile(path))
        return refused(fileName, 'is an open Corroborate case, not a report');
      const size = statSync(path).size;
      if (size > MAX_IMPORT_BYTES) {
        return refused(
          fileName,
          `is ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`,
        );
      }
      return this.importText(fileName, readFileSync(path));
    } catch (error) {
      // Storage messages already name what they refer to; disk trouble (`io`) stops the batch.
      if (error instanceof CaseError && error.code !== 'io')
        return { fileName, status: 'refused', message: error.message };
      if (isNodeError(error)) return refused(fileName, `could not be read (${error.code})`);
      throw error;
    }
  }

  /** Plain text, Markdown or a saved HTML page; PDF and Word files are refused for now. */
  importText(fileName: string, bytes: Uint8Array): ImportedFile {
    let parsed: ParsedSource;
    try {
      parsed = parseDocument(extractDocument(bytes, fileName));
    } catch (error) {
      if (error instanceof CaseError)
        return { fileName, status: 'refused', message: error.message };
      throw error;
    }
    if (parsed.text.trim().length === 0) return refused(fileName, 'has no text to import');

    const contentHash = createHash('sha256').update(parsed.text).digest('hex');
    const database = this.cases.database;
    const existing = database.findSourceIdByHash(contentHash);
    if (existing !== null) {
      return {
        fileName,
        status: 'duplicate',
        sourceId: existing,
        message: 'The same text is already in this case.',
      };
    }
    const sourceId = database.insertSource({
      metadata: parsed.metadata,
      titleDerived: parsed.titleDerived,
      fileName,
      text: parsed.text,
      paragraphs: parsed.paragraphs,
      removedLines: parsed.removedLines,
      wordCount: parsed.wordCount,
      contentHash,
      importedAt: this.now().toISOString(),
    });
    return { fileName, status: 'imported', sourceId };
  }
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

function refused(fileName: string, reason: string): ImportedFile {
  return { fileName, status: 'refused', message: `${fileName} ${reason}.` };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
