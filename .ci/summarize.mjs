// Sums the unit, fuzz and reliability (Vitest) and end-to-end (Playwright) JSON reports into the one closing line CI
// reads: "N passed, N failed, N skipped".
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else {
  failed += 1;
  console.log('unit report missing: test-results/unit.json');
}

// The import fuzz run: one test that imports thousands of mutated files (npm run test:fuzz).
if (existsSync('test-results/fuzz.json')) {
  const fuzz = JSON.parse(readFileSync('test-results/fuzz.json', 'utf8'));
  passed += fuzz.numPassedTests;
  failed += fuzz.numFailedTests;
  skipped += fuzz.numPendingTests + (fuzz.numTodoTests ?? 0);
} else {
  failed += 1;
  console.log('fuzz report missing: test-results/fuzz.json');
}

if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else {
  failed += 1;
  console.log('e2e report missing: test-results/e2e.json');
}

// The reliability suite (npm run test:reliability): Node suites, then browser suites.
for (const [file, kind] of [
  ['test-results/reliability.json', 'vitest'],
  ['test-results/reliability-e2e.json', 'playwright'],
]) {
  if (!existsSync(file)) {
    failed += 1;
    console.log(`reliability report missing: ${file}`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
