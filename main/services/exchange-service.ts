// Export of claims and notes in every format, and import of exchanged cases (case JSON, .qdpx)
// and of W3C Web Annotations. Formats are built by pure document builders (main/core/exchange)
// and the exchange modules (main/exchange); this service reads the case and its facts (quotes,
// attributions, discrepancies), reports progress and writes files atomically.
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type {
  CaseInfo,
  ExportFormat,
  ExportProgress,
  ExportRequest,
  ImportAnnotationsResult,
  ImportCaseRequest,
  RenderedExport,
  SaveExportRequest,
  SavedExport,
} from '../../preload/contract';
import { anchorSpan } from '../core/anchor';
import { CaseError } from '../core/errors';
import type { ExchangeRunner } from '../exchange/exchange-runner';
import type { PdfPrinter } from '../exchange/pdf/pdf-printer';
import { writeFileAtomic } from '../exchange/write-atomic';
import type { ExportFacts } from '../core/exchange/export-facts';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';
import type { CaseStore } from '../storage/case-database';
import { CASE_FILE_EXTENSION, type CaseService } from './case-service';
import type { CompareService } from './compare-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';
import type { FactsService } from './facts-service';
import { TAG_PALETTE, tagNameKey } from './tag-service';

export const EXPORT_FILES: Record<
  ExportFormat,
  { extension: string; mimeType: string; label: string }
> = {
  md: { extension: '.md', mimeType: 'text/markdown; charset=utf-8', label: 'Markdown notes' },
  csv: { extension: '.csv', mimeType: 'text/csv; charset=utf-8', label: 'CSV spreadsheet' },
  json: { extension: '.json', mimeType: 'application/json', label: 'Corroborate case (JSON)' },
  html: { extension: '.html', mimeType: 'text/html; charset=utf-8', label: 'Report (HTML)' },
  pdf: { extension: '.pdf', mimeType: 'application/pdf', label: 'Report (PDF)' },
  w3c: {
    extension: '.jsonld',
    mimeType: 'application/ld+json',
    label: 'W3C Web Annotation (JSON-LD)',
  },
  qdpx: { extension: '.qdpx', mimeType: 'application/zip', label: 'REFI-QDA project (.qdpx)' },
};

export interface ExchangeServiceOptions {
  appVersion: string;
  /** Where new cases from imported files go when no path is given. */
  dataDir: string;
  /** How reports become PDF: Electron's printToPDF, or headless Chromium; null if neither. */
  pdfPrinter: () => PdfPrinter | null;
  /** Where rendering and parsing run: a worker thread in the app, inline in tests. */
  runner: ExchangeRunner;
  now?: () => Date;
}

/** A name safe on every file system, from the case name. */
export function exportFileName(caseName: string, format: ExportFormat): string {
  const safe = caseName
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in names.
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/(^|\s)\.+(?=\s|$)/g, ' ') // "." and ".." mean folders, not names
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80);
  const kind =
    format === 'html' || format === 'pdf' ? 'report' : format === 'json' ? 'case' : 'claims';
  return `${safe || 'Corroborate'} – ${kind}${EXPORT_FILES[format].extension}`;
}

export class ExchangeService {
  private readonly now: () => Date;

  constructor(
    private readonly cases: CaseService,
    private readonly compare: CompareService,
    private readonly events: EventSink,
    private readonly options: ExchangeServiceOptions,
    /** Quotes, attributions and discrepancies; without it exports carry none. */
    private readonly facts: FactsService | null = null,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** The export as bytes, with progress events along the way. */
  async render(
    request: ExportRequest,
  ): Promise<{ fileName: string; bytes: Uint8Array; claims: number }> {
    const { format } = request;
    const progress = (phase: ExportProgress['phase'], fraction: number) =>
      this.events.emit('export:progress', { format, phase, fraction });
    progress('reading', 0);
    // Facts are brought up to date first (only new sources are read), so no export lacks them.
    await this.facts?.refresh();
    const snapshot = this.cases.database.snapshot({ originals: format === 'json' });
    const { relations, copied } = this.compare.copyEvidence();
    const facts = this.exportFacts(snapshot, format === 'json');
    progress('rendering', 0.2);
    const rendered = await this.options.runner.render({
      snapshot,
      relations,
      copied,
      facts,
      request,
      generatedAt: this.now().toISOString(),
      appVersion: this.options.appVersion,
    });
    let bytes = rendered.bytes;
    if (format === 'pdf') {
      progress('printing', 0.5);
      bytes = await this.print(new TextDecoder().decode(rendered.bytes));
    }
    progress('writing', 0.9);
    return { fileName: exportFileName(snapshot.name, format), bytes, claims: rendered.claims };
  }

  /**
   * The facts as plain data for the render job, with whom each claim's occurrences credit: all
   * of them for the case JSON, what the views list (shared quotes, citations) for the others,
   * which list no more, so a big case sends the worker less.
   */
  private exportFacts(snapshot: CaseSnapshot, everything: boolean): ExportFacts | null {
    const facts = this.facts;
    if (!facts) return null;
    const { quotes, attributions, entities, discrepancies, circular } = everything
      ? facts.all()
      : facts.get();
    const credits = snapshot.claims.map((claim) => ({
      claimId: claim.id,
      credits: facts.creditsFor(
        claim.occurrences.map((occurrence) => ({ ...occurrence, claimId: claim.id })),
      ),
    }));
    return { quotes, attributions, entities, discrepancies, circular, credits };
  }

  private async print(html: string): Promise<Uint8Array> {
    const printer = this.options.pdfPrinter();
    if (!printer) {
      throw new CaseError(
        'unsupported',
        'PDF needs Chromium, which was not found here. Export the report as HTML and print it from a browser, or set CHROMIUM_PATH.',
      );
    }
    try {
      return await printer.print(html);
    } catch (error) {
      if (error instanceof CaseError) throw error;
      throw new CaseError('io', error instanceof Error ? error.message : String(error));
    }
  }

  async renderForDownload(request: ExportRequest): Promise<RenderedExport> {
    const { fileName, bytes, claims } = await this.render(request);
    this.events.emit('export:progress', { format: request.format, phase: 'done', fraction: 1 });
    return {
      fileName,
      mimeType: EXPORT_FILES[request.format].mimeType,
      data: Buffer.from(bytes).toString('base64'),
      claims,
    };
  }

  /** Writes the export to `path`: a temporary file beside it, then a rename. */
  async save(request: SaveExportRequest): Promise<SavedExport> {
    const { bytes, claims } = await this.render(request);
    writeFileAtomic(request.path, bytes);
    this.events.emit('export:progress', { format: request.format, phase: 'done', fraction: 1 });
    return { path: request.path, bytes: bytes.length, claims };
  }

  /** Opens a case JSON or a REFI-QDA project as a new case; nothing is left behind on refusal. */
  async importCase(request: ImportCaseRequest): Promise<CaseInfo> {
    const extension = extname(request.fileName).toLowerCase();
    const path = request.path ?? this.freePath(basename(request.fileName, extension));
    if (existsSync(path)) {
      throw new CaseError('already-exists', `"${path}" already exists; choose another name.`);
    }
    const bytes = new Uint8Array(Buffer.from(request.data, 'base64'));
    await this.options.runner.openCase({ fileName: request.fileName, bytes, path });
    return this.cases.open(path);
  }

  private freePath(stem: string): string {
    const safe = stem.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').trim() || 'Imported case';
    for (let n = 1; ; n++) {
      const candidate = join(
        this.options.dataDir,
        `${safe}${n > 1 ? ` ${n}` : ''}${CASE_FILE_EXTENSION}`,
      );
      if (!existsSync(candidate)) return candidate;
    }
  }

  /** Adds W3C Web Annotations to the open case as claims: one undoable edit. */
  async importAnnotations(text: string): Promise<ImportAnnotationsResult> {
    const database = this.cases.database;
    const sources = database
      .snapshot({ originals: false })
      .sources.map(({ id, contentHash, text, url }) => ({
        id,
        contentHash,
        text,
        url,
      }));
    const texts = new Map(sources.map((source) => [source.id, source.text]));
    const { claims, skipped } = await this.options.runner.readAnnotations({ text, sources });
    if (this.cases.current() !== database) {
      throw new CaseError('invalid-request', 'The case changed while the annotations were read.');
    }
    if (claims.length === 0) {
      const why = skipped[0] ? ` The first was skipped: ${skipped[0].reason}` : '';
      throw new CaseError('invalid-request', `No annotation matched a source in this case.${why}`);
    }
    const now = this.now().toISOString();
    let occurrences = 0;
    const { changed } = database.edit({ label: 'Import annotations', now: this.now() }, (store) => {
      const tagIds = new Map<string, number>();
      for (const claim of claims) {
        const claimId = store.insertClaim({
          note: claim.note,
          credibility: claim.credibility,
          createdAt: now,
          updatedAt: now,
        });
        for (const occurrence of claim.occurrences) {
          const anchor = anchorSpan(
            texts.get(occurrence.sourceId) ?? '',
            occurrence.start,
            occurrence.end,
          );
          store.insertOccurrence({
            ...anchor,
            claimId,
            sourceId: occurrence.sourceId,
            stance: occurrence.stance,
          });
          occurrences++;
        }
        for (const path of new Set(claim.tags)) {
          store.addClaimTag(claimId, tagByPath(store, path, tagIds));
        }
      }
    });
    announceEdit(this.events, database, changed);
    return { claims: claims.length, occurrences, skipped };
  }
}

/** The tag at "Parent › Child", created (with its parents) when the codebook lacks it. */
function tagByPath(store: CaseStore, path: string, cache: Map<string, number>): number {
  const known = cache.get(path);
  if (known !== undefined) return known;
  let parentId: number | null = null;
  for (const rawName of path.split(' › ')) {
    const name = rawName.trim().slice(0, 100) || 'Untitled';
    const siblings = store.tagChildren(parentId);
    const existing = siblings.find((tag) => tagNameKey(tag.name) === tagNameKey(name));
    parentId =
      existing?.id ??
      store.insertTag({
        name,
        color: TAG_PALETTE[store.listTags().length % TAG_PALETTE.length] ?? TAG_PALETTE[0],
        parentId,
        position: siblings.length,
      });
  }
  if (parentId === null) throw new Error('A tag path has no name.');
  cache.set(path, parentId);
  return parentId;
}
