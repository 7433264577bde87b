import { CaseError } from '../../core/errors';
import { CaseService } from '../../services/case-service';
import { EventHub } from '../../services/events';
import { SourceService } from '../../services/source-service';
import { createWorkerDocumentReader } from '../../workers/worker-document-reader';
import { workerScript } from '../../workers/worker-script';
import type { CliInvocation, CommandResult } from './cli-command';

/**
 * Runs `work` with a case's services, closing the case after; never touches recent cases. An
 * expected failure (a file that is not a case, a locked case) is printed, as JSON with --json,
 * and exits 1.
 */
export async function withServices(
  { options, output }: CliInvocation,
  work: (
    cases: CaseService,
    sources: SourceService,
    events: EventHub,
  ) => CommandResult | Promise<CommandResult>,
): Promise<CommandResult> {
  const events = new EventHub();
  // One command, then exit: the case is checked before the command runs (a check still
  // running at exit would be lost, and a damaged case is better refused than half-written).
  const cases = new CaseService(null, events, undefined, null, 'at-open');
  const reader = createWorkerDocumentReader(workerScript('import-worker'));
  const sources = new SourceService(cases, events, reader, {
    ...(options.maxSizeMb === undefined ? {} : { maxFileBytes: options.maxSizeMb * 1024 * 1024 }),
  });
  try {
    return await work(cases, sources, events);
  } catch (error) {
    if (!(error instanceof CaseError)) throw error;
    if (options.json) {
      output.out(JSON.stringify({ error: { code: error.code, message: error.message } }));
    } else output.err(`Error: ${error.message}`);
    return 1;
  } finally {
    cases.close();
    await reader.close();
  }
}
