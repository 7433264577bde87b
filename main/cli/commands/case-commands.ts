import { existsSync } from 'node:fs';
import type { ImportedFile, SourceSummary } from '../../../preload/contract';
import type { CliOutput } from '../cli-output';
import type { CliCommand } from './cli-command';
import { withServices } from './with-services';

export const importCommand: CliCommand = {
  name: 'import',
  help: `corroborate import <case> <files or folders…> [--json] [--max-size-mb N]
      Import reports (text, Markdown, saved web pages, Word .docx, PDF) into a case file,
      creating the case if it does not exist; folders are read recursively. Prints each file's
      result and a summary. Exit status 2 when any file was refused.`,
  async run(invocation) {
    const [casePath, ...paths] = invocation.args;
    if (!casePath || paths.length === 0 || invocation.options.batch || invocation.options.out) {
      return 'usage';
    }
    return withServices(invocation, async (cases, sources) => {
      if (existsSync(casePath)) cases.open(casePath);
      else cases.create(casePath);
      const results = await sources.importFiles(paths);
      printImport(results, invocation.options.json, invocation.output);
      return results.some((result) => result.status === 'refused') ? 2 : 0;
    });
  },
};

export const sourcesCommand: CliCommand = {
  name: 'sources',
  help: `corroborate sources <case> [--json]
      List the sources of a case.`,
  async run(invocation) {
    const [casePath, ...rest] = invocation.args;
    if (!casePath || rest.length > 0 || invocation.options.batch || invocation.options.out) {
      return 'usage';
    }
    return withServices(invocation, (cases, sources) => {
      cases.open(casePath);
      printSources(sources.list(), invocation.options.json, invocation.output);
      return 0;
    });
  },
};

function printSources(list: SourceSummary[], json: boolean, output: CliOutput): void {
  if (json) return output.out(JSON.stringify(list, null, 2));
  for (const source of list) {
    const meta = [source.outlet, source.agency, source.dateline, `${source.wordCount} words`]
      .filter(Boolean)
      .join(' · ');
    // The label names the source as the workbench, claims and exports do ("AP · #002").
    output.out(`${String(source.id).padStart(4)}  ${source.label}  ${source.title}\n      ${meta}`);
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
