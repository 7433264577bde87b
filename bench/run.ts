// `npm run bench`: prints the figures behind Corroborate's speed and accuracy budgets. Never run
// by tests; tests do not assert wall-clock times. Each figure says what was measured, how often
// and, for generated inputs, how they were made.
import { runAccuracyBench } from './accuracy';
import { bbcAvailable, BBC_DIR } from './bbc-corpus';
import { runCaseFactsBench } from './case-facts';
import { runCompareBench } from './compare';
import { runDurabilityBench } from './durability';
import { runExportBench } from './export';
import { runFoundationBench } from './foundation';
import { runImportFormatsBench } from './import-formats';
import { runNewsroomBench } from './newsroom';
import { runSearchBench } from './search';

console.log(`Corroborate bench: Node ${process.version}, ${process.platform}/${process.arch}`);
await runFoundationBench();
if (bbcAvailable()) {
  await runImportFormatsBench();
  await runSearchBench();
  runCompareBench();
  await runAccuracyBench();
  await runExportBench();
  await runCaseFactsBench();
  runDurabilityBench();
  // Last: its README block is refused if the load went above 1 at any figure printed before it.
  await runNewsroomBench();
} else {
  console.log(`\nComparison, accuracy and export benches skipped: no BBC corpus at ${BBC_DIR}`);
}
