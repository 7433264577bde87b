// Export and exchange from a terminal: a case's claims in every export format, a case JSON or
// REFI-QDA project opened as a new case, and W3C Web Annotations added to a case. The work is
// ExchangeService's, exactly as in the app; these commands check arguments and print.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ExportFormat, ImportAnnotationsResult } from '../../../preload/contract';
import { CaseError } from '../../core/errors';
import { inlineExchangeRunner } from '../../exchange/exchange-runner';
import { createChromiumPdfPrinter, findChromium } from '../../exchange/pdf/chromium-pdf';
import { createEntityRecognizer } from '../../facts/entity-recognizer';
import { readAppVersion } from '../../paths';
import type { CaseService } from '../../services/case-service';
import { CompareService } from '../../services/compare-service';
import type { EventHub } from '../../services/events';
import { EXPORT_FILES, ExchangeService } from '../../services/exchange-service';
import { inlineFactsRunner } from '../../services/facts-runner';
import { FactsService } from '../../services/facts-service';
import { inlineComparisonRunner } from '../../services/run-comparison';
import type { CliOutput } from '../cli-output';
import type { CliCommand, CliOptions } from './cli-command';
import { withServices } from './with-services';

const FORMATS = Object.keys(EXPORT_FILES) as ExportFormat[];

export const exportCommand: CliCommand = {
  name: 'export',
  accepts: ['format', 'groupBy', 'bom', 'claims'],
  help: `corroborate export <case> --format md|csv|json|html|pdf|w3c|qdpx --out <file>
            [--group-by tag|source] [--no-bom] [--claims 3,5,8] [--json]
      Export a case's claims and notes: md Markdown notes (--group-by tag or source), csv one
      row per occurrence (with the byte order mark Excel needs to read UTF-8; --no-bom leaves it out), json the whole case, html or pdf a report (pdf needs
      Chromium or Chrome; set CHROMIUM_PATH if it is not found), w3c Web Annotations (JSON-LD),
      qdpx a REFI-QDA project. --claims exports only those claim ids. Compares sources first if
      needed; the file is replaced atomically. --json prints {"path","bytes","claims"}.`,
  async run(invocation) {
    const { args, options, output } = invocation;
    const [casePath, ...rest] = args;
    if (!casePath || rest.length > 0 || options.batch || !options.out || !options.format) {
      return 'usage';
    }
    const problem = exportOptionProblem(options);
    if (problem) {
      output.err(`${problem}\n\nUsage:\n  ${exportCommand.help}`);
      return 1;
    }
    const format = options.format as ExportFormat;
    const path = resolve(options.out);
    const claimIds = options.claims === undefined ? undefined : parseClaimIds(options.claims);
    return withServices(invocation, async (cases, _sources, events) => {
      if (path === resolve(casePath)) {
        throw new CaseError('invalid-request', 'The export would replace the case itself.');
      }
      const { compare, exchange } = exchangeServices(cases, events, dirname(path));
      cases.open(casePath);
      await compare.refresh();
      if (claimIds) requireClaims(cases, claimIds);
      const saved = await exchange.save({
        format,
        path,
        ...(claimIds ? { claimIds } : {}),
        ...(options.groupBy ? { groupBy: options.groupBy as 'tag' | 'source' } : {}),
        ...(options.bom === false ? { csvBom: false } : {}),
      });
      if (options.json) output.out(JSON.stringify(saved));
      else
        output.out(
          `Wrote ${plural(saved.claims, 'claim')} to ${saved.path} (${size(saved.bytes)})`,
        );
      return 0;
    });
  },
};

export const openExchangeCommand: CliCommand = {
  name: 'open-exchange',
  help: `corroborate open-exchange <file.json|file.qdpx> --out <new case> [--json]
      Create a new case from a Corroborate case JSON or a REFI-QDA project (.qdpx); refuses
      to replace an existing file. Prints the case's name, sources and claims.`,
  async run(invocation) {
    const { args, options, output } = invocation;
    const [file, ...rest] = args;
    if (!file || rest.length > 0 || options.batch || !options.out) return 'usage';
    const target = resolve(options.out);
    return withServices(invocation, async (cases, _sources, events) => {
      const { exchange } = exchangeServices(cases, events, dirname(target));
      const data = readInput(file).toString('base64');
      const info = await exchange.importCase({ fileName: basename(file), data, path: target });
      const claimCount = cases.database.read((store) => store.listClaims().length);
      const result = {
        path: info.path,
        name: info.name,
        sourceCount: info.sourceCount,
        claimCount,
      };
      if (options.json) output.out(JSON.stringify(result));
      else {
        output.out(
          `Created “${info.name}” at ${info.path}: ${plural(info.sourceCount, 'source')}, ${plural(claimCount, 'claim')}`,
        );
      }
      return 0;
    });
  },
};

export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  help: `corroborate import-annotations <case> <file.jsonld> [--json]
      Add W3C Web Annotations to a case as claims (one undoable edit), matched to its sources
      by content hash or URL; creates missing tags. Prints what was added and why any
      annotation was skipped; exit status 1 when none matched.`,
  async run(invocation) {
    const { args, options, output } = invocation;
    const [casePath, file, ...rest] = args;
    if (!casePath || !file || rest.length > 0 || options.batch || options.out) return 'usage';
    return withServices(invocation, async (cases, _sources, events) => {
      const bytes = readInput(file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new CaseError('invalid-request', `"${file}" is not UTF-8 text.`);
      }
      const { exchange } = exchangeServices(cases, events, dirname(resolve(casePath)));
      cases.open(casePath);
      printAnnotations(await exchange.importAnnotations(text), options.json, output);
      return 0;
    });
  },
};

/** What is wrong with export's option values, or null; a missing value is usage. */
function exportOptionProblem(options: CliOptions): string | null {
  const { format, groupBy, bom, claims } = options;
  if (!FORMATS.includes(format as ExportFormat)) {
    return `--format takes one of ${FORMATS.join(', ')}, not "${format}".`;
  }
  if (groupBy !== undefined && groupBy !== 'tag' && groupBy !== 'source') {
    return `--group-by takes tag or source, not "${groupBy}".`;
  }
  if (groupBy !== undefined && format !== 'md') return '--group-by applies to --format md only.';
  if (bom !== undefined && format !== 'csv')
    return `--${bom ? '' : 'no-'}bom applies to --format csv only.`;
  if (claims !== undefined && parseClaimIds(claims) === null) {
    return `--claims takes claim ids separated by commas, like 3,5,8, not "${claims}".`;
  }
  return null;
}

/** "3, 5,8" → [3, 5, 8]; null unless every part is a positive whole number. */
function parseClaimIds(list: string): number[] | null {
  const parts = list.split(',').map((part) => part.trim());
  if (!parts.every((part) => /^[1-9]\d{0,8}$/.test(part))) return null;
  return [...new Set(parts.map(Number))];
}

function requireClaims(cases: CaseService, ids: readonly number[]): void {
  const known = new Set(cases.database.read((store) => store.listClaims().map((c) => c.id)));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new CaseError(
      'not-found',
      `This case has no claim ${missing.join(', ')} (corroborate claims <case> lists them).`,
    );
  }
}

function exchangeServices(cases: CaseService, events: EventHub, dataDir: string) {
  const compare = new CompareService(cases, inlineComparisonRunner, events, (error) => {
    throw error;
  });
  // Quotes, attributions and discrepancies go into every format, as from the app.
  const facts = new FactsService(
    cases,
    inlineFactsRunner(createEntityRecognizer),
    events,
    undefined,
    (error) => {
      throw error;
    },
  );
  const exchange = new ExchangeService(
    cases,
    compare,
    events,
    {
      appVersion: readAppVersion(),
      dataDir,
      // No Chromium: ExchangeService says so and suggests HTML or CHROMIUM_PATH.
      pdfPrinter: () => (findChromium() ? createChromiumPdfPrinter() : null),
      // A terminal has no UI to keep answering: the work runs on this thread.
      runner: inlineExchangeRunner,
    },
    facts,
  );
  return { compare, exchange };
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new CaseError('io', `Cannot read "${file}": ${reason}.`);
  }
}

function printAnnotations(result: ImportAnnotationsResult, json: boolean, output: CliOutput) {
  if (json) return output.out(JSON.stringify(result, null, 2));
  output.out(
    `Added ${plural(result.claims, 'claim')} with ${plural(result.occurrences, 'occurrence')}; skipped ${result.skipped.length}.`,
  );
  for (const skipped of result.skipped) output.out(`  skipped ${skipped.id}: ${skipped.reason}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** 812 B, 34.5 KB, 2.1 MB. */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
