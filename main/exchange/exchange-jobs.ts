// The heavy part of every export and exchange import, as jobs with plain data in and out, so
// they run in a worker thread (main/workers/exchange-worker.ts) while the thread that answers
// the UI keeps answering. The case file is read before (export) or opened after (import) on
// that thread; opening an exchanged case writes a new case file, which nothing else holds yet.
import { rmSync } from 'node:fs';
import { extname } from 'node:path';
import type { ExportRequest, SourceRelation } from '../../preload/contract';
import type { CopiedPassage } from '../core/claims';
import { CaseError } from '../core/errors';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';
import type { ExportFacts } from '../core/exchange/export-facts';
import { claimsToCsv } from '../core/exchange/csv';
import { buildExportView } from '../core/exchange/export-view';
import { claimsToMarkdown } from '../core/exchange/markdown';
import { renderReportHtml } from '../core/exchange/report-html';
import { webAnnotationsJson } from '../core/exchange/w3c-annotation';
import { CaseDatabase } from '../storage/case-database';
import { caseToJson, parseCaseJson } from './case-json';
import { exportQdpx } from './qdpx/qdpx-export';
import { importQdpx } from './qdpx/qdpx-import';
import { readWebAnnotations, type AnnotationSource, type WebAnnotationImport } from './w3c-import';

export interface RenderJob {
  snapshot: CaseSnapshot;
  relations: readonly SourceRelation[];
  /** Passages copied between sources (verbatim or spun): what claims' independence reads. */
  copied?: readonly CopiedPassage[];
  /**
   * Quotes, attributions, discrepancies and whom each claim's occurrences credit; without them
   * the exports carry no facts and claims count only copying.
   */
  facts?: ExportFacts | null;
  request: ExportRequest;
  generatedAt: string;
  appVersion: string;
}

/** The export's bytes; for `pdf`, the report's HTML, which the caller prints. */
export interface RenderResult {
  bytes: Uint8Array;
  claims: number;
}

export interface OpenCaseJob {
  fileName: string;
  bytes: Uint8Array;
  /** Where to create the case; must not exist. */
  path: string;
}

export interface ReadAnnotationsJob {
  text: string;
  sources: AnnotationSource[];
}

export async function renderExport(job: RenderJob): Promise<RenderResult> {
  const { snapshot, relations, request, generatedAt } = job;
  const evidence = job.copied ? { relations, copied: job.copied } : relations;
  const view = buildExportView(snapshot, evidence, {
    claimIds: request.claimIds ?? null,
    generatedAt,
    facts: job.facts ?? null,
  });
  const text = (value: string) => new TextEncoder().encode(value);
  const claims = view.claims.length;
  switch (request.format) {
    case 'md':
      return { bytes: text(claimsToMarkdown(view, request.groupBy ?? 'tag')), claims };
    case 'csv':
      return { bytes: text(claimsToCsv(view, { bom: request.csvBom ?? true })), claims };
    case 'json': {
      const options = {
        exportedAt: generatedAt,
        appVersion: job.appVersion,
        relations,
        facts: view.facts,
      };
      return { bytes: text(caseToJson(snapshot, options)), claims };
    }
    case 'html':
    case 'pdf':
      return { bytes: text(renderReportHtml(view)), claims };
    case 'w3c':
      return { bytes: text(webAnnotationsJson(view)), claims };
    case 'qdpx':
      return { bytes: await exportQdpx(view), claims };
  }
}

/** Reads a case JSON or .qdpx and writes it as a new case at `path`; nothing is left on refusal. */
export async function openExchangedCase(job: OpenCaseJob): Promise<{ name: string }> {
  const extension = extname(job.fileName).toLowerCase();
  let snapshot: CaseSnapshot;
  if (extension === '.json') {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(job.bytes);
    } catch {
      throw new CaseError('invalid-request', `"${job.fileName}" is not UTF-8 text.`);
    }
    snapshot = parseCaseJson(text);
  } else if (extension === '.qdpx') {
    snapshot = await importQdpx(job.bytes);
  } else {
    throw new CaseError(
      'invalid-request',
      `"${job.fileName}" is not a case Corroborate can open: choose a Corroborate case (.json) or a REFI-QDA project (.qdpx).`,
    );
  }
  const database = CaseDatabase.create(job.path, { name: snapshot.name });
  try {
    database.restoreSnapshot(snapshot);
  } catch (error) {
    database.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      rmSync(`${job.path}${suffix}`, { force: true });
    }
    throw error;
  }
  database.close();
  return { name: snapshot.name };
}

export function readAnnotations(job: ReadAnnotationsJob): WebAnnotationImport {
  return readWebAnnotations(job.text, job.sources);
}
