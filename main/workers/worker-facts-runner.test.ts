import { describe, expect, it } from 'vitest';
import { createEntityRecognizer } from '../facts/entity-recognizer';
import { runFacts, type FactsRunInput } from '../services/facts-runner';
import { createWorkerFactsRunner } from './worker-facts-runner';
import { workerScript } from './worker-script';

// The facts worker takes its input in parts and gives its result back one part per request;
// what comes out must be what the same computation gives on this thread, whatever the parts.

const NOUNS = [
  'harbour',
  'bridge',
  'tariff',
  'grain',
  'pipeline',
  'railway',
  'vaccine',
  'satellite',
  'fishery',
  'reactor',
  'border',
  'treaty',
  'airport',
  'refinery',
  'dam',
  'mine',
  'port',
  'tunnel',
  'cable',
  'forest',
  'canal',
  'school',
  'hospital',
  'stadium',
  'museum',
  'library',
  'factory',
  'farm',
];

/** 600 short sources (more than one part each way); sources 2k-1 and 2k differ in one fact. */
function manySources(): FactsRunInput['sources'] {
  const sources: FactsRunInput['sources'] = [];
  for (let i = 1; i <= 600; i++) {
    const pair = Math.ceil(i / 2);
    const topic: string[] = [];
    for (let w = 0, seed = pair * 7919; w < 6; w++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      topic.push(NOUNS[seed % NOUNS.length] ?? 'trade');
    }
    const meal = i % 2 === 0 ? 'lunch' : 'dinner';
    sources.push({
      id: i,
      label: `#${i}`,
      outlet: i % 3 === 0 ? 'Daily Planet' : '',
      agency: '',
      text:
        `Talks on the ${topic.join(', ')} plans ended with a ${meal}, officials said. ` +
        `“We will decide on the ${topic[0] ?? ''} in ${2000 + pair},” said ${topic[1] ?? ''} minister Ana Vidal.`,
    });
  }
  return sources;
}

const plain = <T>(value: T): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v] : v)));

describe('createWorkerFactsRunner', { timeout: 180_000 }, () => {
  it('gives what the computation gives inline, fresh and then from cached records', async () => {
    const runner = createWorkerFactsRunner(workerScript('facts-worker'));
    const sources = manySources();
    const input: FactsRunInput = { sources, cached: [], extract: [], edits: [] };
    const progress: number[] = [];
    const fromWorker = await runner.run(input, (done) => progress.push(done));
    const inline = runFacts(input, createEntityRecognizer(), () => undefined);
    expect(fromWorker.extracted).toHaveLength(600);
    expect(plain(fromWorker)).toEqual(plain(inline));
    expect(fromWorker.facts.discrepancies.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(601);

    // Incremental: cached records for all but the last, the previous discrepancies passed on.
    const again: FactsRunInput = {
      sources,
      cached: inline.extracted.slice(0, 599),
      extract: [600],
      edits: [],
      previous: {
        sourceIds: sources.slice(0, 599).map((s) => s.id),
        discrepancies: inline.facts.discrepancies,
      },
    };
    const incremental = await runner.run(again, () => undefined);
    expect(incremental.extracted.map((row) => row.sourceId)).toEqual([600]);
    expect(plain(incremental.facts)).toEqual(
      plain(runFacts(again, createEntityRecognizer(), () => undefined).facts),
    );
  });

  it('stops when cancelled', async () => {
    const runner = createWorkerFactsRunner(workerScript('facts-worker'));
    const controller = new AbortController();
    const run = runner.run(
      { sources: manySources(), cached: [], extract: [], edits: [] },
      () => controller.abort(),
      controller.signal,
    );
    await expect(run).rejects.toThrow('The facts computation was cancelled.');
  });
});
