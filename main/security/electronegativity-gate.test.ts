import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../paths';
import {
  parseAllowlist,
  toFindings,
  unexplained,
  unusedEntries,
  type AllowlistEntry,
} from './electronegativity-gate';

// What Electronegativity's run() returned for out/ (trimmed), with its absolute error path.
const RESULT = {
  issues: [
    {
      id: 'SANDBOX_JS_CHECK',
      file: 'main/index.js',
      sample: '\tconst window = new BrowserWindow(mainWindowOptions(preloadPath));',
      location: { line: 552, column: 16 },
      severity: { value: 2, name: 'MEDIUM' },
      confidence: { value: 1, name: 'FIRM' },
      manualReview: false,
      description: 'Use sandbox for untrusted origins',
    },
    {
      id: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'main/index.js',
      sample: 'open: (address) => shell.openExternal(address)',
      location: { line: 547, column: 21 },
      severity: { value: 2, name: 'MEDIUM' },
      confidence: { value: 0, name: 'TENTATIVE' },
      manualReview: true,
      description: 'Review the use of openExternal',
    },
  ],
  errors: [
    {
      file: '/repo/out/main/exchange-jobs-4jLUjA8C.js',
      message: 'Unknown node type X.',
      tolerable: false,
    },
    { file: '/repo/out/main/other.js', message: 'A warning only', tolerable: true },
  ],
};

const entry = (overrides: Partial<AllowlistEntry>): AllowlistEntry => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.js',
  evidence: 'new BrowserWindow(mainWindowOptions(preloadPath))',
  explanation: 'Reviewed: the options come from a tested function the tool cannot read.',
  ...overrides,
});

const findings = toFindings(RESULT, '/repo/out', () => false);

describe('toFindings', () => {
  it('keeps check, relative file, location and the flagged source; adds unparsed files', () => {
    expect(findings.map(({ check, file, line }) => [check, file, line])).toEqual([
      ['SANDBOX_JS_CHECK', 'main/index.js', 552],
      ['OPEN_EXTERNAL_JS_CHECK', 'main/index.js', 547],
      ['PARSE_ERROR', 'main/exchange-jobs-4jLUjA8C.js', 0],
    ]);
    expect(findings[0]?.evidence).toBe(
      'const window = new BrowserWindow(mainWindowOptions(preloadPath));',
    );
  });

  it('marks an unparsed file that imports electron so it cannot be allowlisted', () => {
    const marked = toFindings(RESULT, '/repo/out', (file) => file.endsWith('.js'));
    expect(marked.at(-1)?.check).toBe('PARSE_ERROR_ELECTRON');
    expect(() => parseAllowlist({ entries: [entry({ check: 'PARSE_ERROR_ELECTRON' })] })).toThrow(
      /must be parsed/,
    );
  });

  it('tolerates a malformed result without throwing', () => {
    expect(toFindings(null, '/repo/out', () => false)).toEqual([]);
    expect(toFindings({ issues: [42], errors: 'x' }, '/repo/out', () => false)).toHaveLength(1);
  });
});

describe('unexplained and unusedEntries', () => {
  it('fails every finding that no entry explains', () => {
    expect(unexplained(findings, []).length).toBe(3);
    expect(unexplained(findings, [entry({})]).map(({ check }) => check)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK',
      'PARSE_ERROR',
    ]);
  });

  it('matches on check, file and evidence, not on line numbers', () => {
    const moved = findings.map((finding) => ({ ...finding, line: finding.line + 40 }));
    expect(unexplained(moved, [entry({})])).toHaveLength(2);
    expect(unexplained(findings, [entry({ check: 'CONTEXT_ISOLATION_JS_CHECK' })])).toHaveLength(3);
    expect(unexplained(findings, [entry({ file: 'main/cli.js' })])).toHaveLength(3);
    expect(unexplained(findings, [entry({ evidence: 'new BrowserWindow({' })])).toHaveLength(3);
  });

  it('lets * stand for a bundle hash, within one folder', () => {
    const parse = entry({
      check: 'PARSE_ERROR',
      file: 'main/exchange-jobs-*.js',
      evidence: 'Unknown node type',
    });
    expect(unexplained(findings, [parse]).map(({ check }) => check)).not.toContain('PARSE_ERROR');
    expect(unexplained(findings, [{ ...parse, file: '*.js' }]).length).toBe(3);
  });

  it('reports entries that explain nothing any more', () => {
    const stale = entry({ evidence: 'new BrowserWindow(oldOptions())' });
    expect(unusedEntries(findings, [entry({}), stale])).toEqual([stale]);
  });
});

describe('parseAllowlist', () => {
  it('refuses entries without a real explanation', () => {
    expect(() => parseAllowlist({ entries: [entry({ explanation: 'ok' })] })).toThrow(/why/);
    expect(() => parseAllowlist({ entries: [entry({ evidence: ' ' })] })).toThrow(/evidence/);
    expect(() => parseAllowlist([])).toThrow(/entries/);
  });

  it('accepts the reviewed allowlist in .ci/', () => {
    const path = join(appRoot, '.ci', 'electronegativity-allowlist.json');
    const entries = parseAllowlist(JSON.parse(readFileSync(path, 'utf8')));
    expect(entries.length).toBeGreaterThan(0);
  });
});
