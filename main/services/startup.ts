import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseInfo } from '../../preload/contract';
import { CASE_FILE_EXTENSION, type CaseService } from './case-service';
import type { SourceService } from './source-service';

export const SAMPLE_CASE_NAME = 'Sample case: Kim–Putin meeting, September 2023';

export interface StartupResult {
  caseInfo: CaseInfo | null;
  /** Why no case could be opened, for the UI and the log. */
  problem?: string;
}

/**
 * Which case an app instance starts with: the last one opened, or else the sample case, which
 * is created from the shipped seeds on first run.
 */
export async function openStartupCase(
  cases: CaseService,
  sources: SourceService,
  options: { dataDir: string; seedsDir: string },
): Promise<StartupResult> {
  const last = cases.lastCasePath();
  try {
    if (last && existsSync(last)) return { caseInfo: cases.open(last) };
    const samplePath = join(options.dataDir, `Sample case${CASE_FILE_EXTENSION}`);
    if (existsSync(samplePath)) return { caseInfo: cases.open(samplePath) };
    cases.create(samplePath, SAMPLE_CASE_NAME);
    await sources.importFiles(seedFiles(options.seedsDir));
    return { caseInfo: cases.info() };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    cases.reportStartupProblem(problem);
    return { caseInfo: null, problem };
  }
}

function seedFiles(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(seedsDir, name));
}
