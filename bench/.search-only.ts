import { runSearchBench } from '/work/main/bench/search.ts';
await runSearchBench();
