// The pure half of the Electronegativity gate (.ci/electronegativity.mjs): turns the tool's result
// into findings and decides which of them a reviewed allowlist explains. The tool exits 0 whatever
// it finds, so this is what fails CI.

/** One thing Electronegativity reported, or a built file it could not parse (check PARSE_ERROR). */
export interface Finding {
  check: string;
  /** Relative to the scanned folder (out/), e.g. main/index.js. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  /** What the finding is about: the flagged source line, the CSP, or the parse error. */
  evidence: string;
  description: string;
}

/** A reviewed finding: which check, in which file, about which code, and why it is acceptable. */
export interface AllowlistEntry {
  check: string;
  /** A path relative to out/; `*` stands for any run of characters but `/` (bundle hashes). */
  file: string;
  /** Must occur in the finding's evidence (whitespace-insensitive), so line moves do not matter. */
  evidence: string;
  explanation: string;
}

export const PARSE_ERROR = 'PARSE_ERROR';
/** An unparsed file that uses Electron: never acceptable, so no allowlist entry may name it. */
export const PARSE_ERROR_ELECTRON = 'PARSE_ERROR_ELECTRON';
const MIN_EXPLANATION = 40;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const int = (value: unknown): number => (typeof value === 'number' ? value : 0);
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Findings from what Electronegativity's run() returns: `{ issues, errors }`. `importsElectron`
 * tells, for a file it could not parse, whether that file uses Electron at all.
 */
export function toFindings(
  result: unknown,
  scannedRoot: string,
  importsElectron: (absolutePath: string) => boolean,
): Finding[] {
  const { issues, errors } = record(result);
  const relative = (file: string) =>
    file.startsWith(`${scannedRoot}/`) ? file.slice(scannedRoot.length + 1) : file;
  const findings = (Array.isArray(issues) ? issues : []).map((raw): Finding => {
    const issue = record(raw);
    const location = record(issue.location);
    return {
      check: text(issue.id),
      file: relative(text(issue.file)),
      line: int(location.line),
      column: int(location.column),
      severity: text(record(issue.severity).name),
      confidence: text(record(issue.confidence).name),
      manualReview: issue.manualReview === true,
      evidence: squash(text(issue.sample)),
      description: squash(text(issue.description)),
    };
  });
  // A file the tool could not parse was not checked at all; that must be reviewed as well.
  const unparsed = (Array.isArray(errors) ? errors : [])
    .map(record)
    .filter((error) => error.tolerable !== true)
    .map((error): Finding => ({
      check: importsElectron(text(error.file)) ? PARSE_ERROR_ELECTRON : PARSE_ERROR,
      file: relative(text(error.file)),
      line: 0,
      column: 0,
      severity: 'UNKNOWN',
      confidence: 'CERTAIN',
      manualReview: true,
      evidence: squash(text(error.message)),
      description: 'Electronegativity could not parse this file, so none of its checks ran on it.',
    }));
  return [...findings, ...unparsed];
}

/** Validates the allowlist file's content; throws listing every malformed entry. */
export function parseAllowlist(value: unknown): AllowlistEntry[] {
  const entries = record(value).entries;
  if (!Array.isArray(entries)) throw new Error('The allowlist must be { "entries": [...] }.');
  const problems: string[] = [];
  const parsed = entries.map((raw, index) => {
    const entry = record(raw);
    const fields = ['check', 'file', 'evidence', 'explanation'] as const;
    for (const field of fields) {
      if (squash(text(entry[field])) === '') problems.push(`entry ${index}: "${field}" is missing`);
    }
    if (entry.check === PARSE_ERROR_ELECTRON) {
      problems.push(`entry ${index}: a file that uses Electron must be parsed, not allowlisted`);
    }
    if (squash(text(entry.explanation)).length < MIN_EXPLANATION) {
      problems.push(
        `entry ${index}: the explanation must say why (${MIN_EXPLANATION}+ characters)`,
      );
    }
    return {
      check: text(entry.check),
      file: text(entry.file),
      evidence: text(entry.evidence),
      explanation: text(entry.explanation),
    };
  });
  if (problems.length > 0) throw new Error(`Invalid allowlist:\n  ${problems.join('\n  ')}`);
  return parsed;
}

function fileMatches(pattern: string, file: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

export function explains(entry: AllowlistEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    fileMatches(entry.file, finding.file) &&
    finding.evidence.includes(squash(entry.evidence))
  );
}

/** The findings no allowlist entry explains: each one fails the gate. */
export function unexplained(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]) {
  return findings.filter((finding) => !allowlist.some((entry) => explains(entry, finding)));
}

/** Entries that explain nothing any more: the code changed, so the entry should go. */
export function unusedEntries(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]) {
  return allowlist.filter((entry) => !findings.some((finding) => explains(entry, finding)));
}

export function formatFinding(finding: Finding): string {
  const where =
    finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
  const level = `${finding.severity}/${finding.confidence}${finding.manualReview ? ', review' : ''}`;
  return `${finding.check} (${level}) at ${where}\n    ${finding.evidence}\n    ${finding.description}`;
}
