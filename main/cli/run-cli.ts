import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImportedFile, SourceSummary } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { CaseService } from '../services/case-service';
import { EventHub } from '../services/events';
import { SourceService } from '../services/source-service';

export const HELP = `corroborate: compare sources from a terminal (JSON out with --json)

Usage:
  corroborate import <case> <files or folders…> [--json]
      Import plain-text reports into a case file, creating the case if it does not exist.
      Exit status 2 when any file was refused.
  corroborate sources <case> [--json]
      List the sources of a case.
  corroborate --help

Run from a checkout with: npm run corroborate -- <command> …`;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Runs one CLI command; returns the exit status. Never touches the analyst's recent cases. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 1;
  }
  const [command, casePath, ...paths] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    output.out(HELP);
    return 0;
  }
  const json = parsed.values.json === true;
  const cases = new CaseService(null, new EventHub());
  const sources = new SourceService(cases, new EventHub());
  try {
    if (command === 'sources' && casePath && paths.length === 0) {
      cases.open(casePath);
      printSources(sources.list(), json, output);
      return 0;
    }
    if (command === 'import' && casePath && paths.length > 0) {
      if (existsSync(casePath)) cases.open(casePath);
      else cases.create(casePath);
      const results = sources.importFiles(paths);
      printImport(results, json, output);
      return results.some((result) => result.status === 'refused') ? 2 : 0;
    }
    output.err(`Unknown or incomplete command: ${argv.join(' ')}\n\n${HELP}`);
    return 1;
  } catch (error) {
    if (!(error instanceof CaseError)) throw error;
    if (json) output.out(JSON.stringify({ error: { code: error.code, message: error.message } }));
    else output.err(`Error: ${error.message}`);
    return 1;
  } finally {
    cases.close();
  }
}

function printSources(list: SourceSummary[], json: boolean, output: CliOutput): void {
  if (json) return output.out(JSON.stringify(list, null, 2));
  for (const source of list) {
    const meta = [source.outlet, source.agency, source.dateline, `${source.wordCount} words`]
      .filter(Boolean)
      .join(' · ');
    output.out(`${String(source.id).padStart(4)}  ${source.title}\n      ${meta}`);
  }
}

function printImport(results: ImportedFile[], json: boolean, output: CliOutput): void {
  const count = (status: ImportedFile['status']) =>
    results.filter((result) => result.status === status).length;
  const summary = {
    imported: count('imported'),
    duplicate: count('duplicate'),
    refused: count('refused'),
  };
  if (json) return output.out(JSON.stringify({ summary, files: results }, null, 2));
  for (const result of results) {
    output.out(
      `${result.status.padEnd(9)} ${result.fileName}${result.message ? `: ${result.message}` : ''}`,
    );
  }
  output.out(
    `${summary.imported} imported, ${summary.duplicate} duplicates, ${summary.refused} refused`,
  );
}
