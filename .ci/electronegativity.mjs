// npx tsx .ci/electronegativity.mjs: runs Electronegativity on the built app in out/ (run
// `npx electron-vite build` first) and fails on any finding that .ci/electronegativity-allowlist.json
// does not explain. The tool itself exits 0 whatever it finds, and with a report file it prints
// nothing and hides the files it could not parse; so it is run through its API (the package's
// main), which returns both. Reports: test-results/electronegativity.sarif (the tool's) and
// test-results/electronegativity.json (every finding, explained or not, with its explanation).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import {
  explains,
  formatFinding,
  parseAllowlist,
  toFindings,
  unexplained,
  unusedEntries,
} from '../main/security/electronegativity-gate.ts';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const scanned = resolve(root, 'out');
const reportDir = resolve(root, 'test-results');
const allowlistPath = resolve(root, '.ci/electronegativity-allowlist.json');

if (!existsSync(resolve(scanned, 'main/index.js'))) {
  console.error('Electronegativity: out/main/index.js is missing; run `npx electron-vite build`.');
  process.exit(1);
}
const allowlist = parseAllowlist(JSON.parse(readFileSync(allowlistPath, 'utf8')));
// Without the real version the tool assumes Electron 0.1 and its insecure defaults.
const electronVersion = require('electron/package.json').version;
const runner = require('@doyensec/electronegativity');
const run = runner.default ?? runner;

mkdirSync(reportDir, { recursive: true });
const result = await run(
  {
    input: scanned,
    output: resolve(reportDir, 'electronegativity.sarif'),
    isSarif: true,
    customScan: [],
    // It reads the Electron version from a package.json, which out/ has none of; all it would do
    // is download Electron's release list. The installed version is checked by `npm audit`.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const usesElectron = (file) => {
  try {
    return /\bfrom\s*["']electron["']|require\(\s*["']electron["']\s*\)/.test(
      readFileSync(file, 'utf8'),
    );
  } catch {
    return true; // unreadable: assume the worst
  }
};
const findings = toFindings(result, scanned, usesElectron);
const open = unexplained(findings, allowlist);
const stale = unusedEntries(findings, allowlist);
const checksRun = (result.atomicChecks ?? 0) + (result.globalChecks ?? 0);

writeFileSync(
  resolve(reportDir, 'electronegativity.json'),
  `${JSON.stringify(
    {
      electronVersion,
      checksRun,
      findings: findings.map((finding) => ({
        ...finding,
        explanation: allowlist.find((entry) => explains(entry, finding))?.explanation ?? null,
      })),
      staleAllowlistEntries: stale,
    },
    null,
    2,
  )}\n`,
);

console.log(
  `\nElectronegativity on out/ (Electron ${electronVersion}, ${checksRun} checks): ` +
    `${findings.length} findings, ${findings.length - open.length} explained in the allowlist, ` +
    `${open.length} not.`,
);
for (const finding of findings.filter((finding) => !open.includes(finding))) {
  console.log(`  explained: ${finding.check} at ${finding.file}:${finding.line}`);
}
for (const entry of stale) {
  console.warn(
    `  WARNING: allowlist entry matches nothing now (remove it?): ${JSON.stringify(entry)}`,
  );
}
for (const finding of open) console.error(`  UNEXPLAINED: ${formatFinding(finding)}`);
if (checksRun === 0) console.error('  No checks ran: the tool did not load.');
if (open.length > 0) {
  console.error(
    '\nFix the code, or review each finding and explain it in .ci/electronegativity-allowlist.json.',
  );
}
// exitCode, not exit(): the tool is still writing its SARIF report.
process.exitCode = open.length > 0 || checksRun === 0 ? 1 : 0;
