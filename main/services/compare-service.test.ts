import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsState } from '../../preload/contract';
import { ALIGNMENT_ENGINE_VERSION } from '../core/align';
import { bundledSeedsDir } from '../paths';
import { CompareService } from './compare-service';
import type { ComparisonInput, ComparisonRunner } from './comparison-runner';
import { EventHub } from './events';
import { inlineComparisonRunner } from './run-comparison';
import { createComparedSampleCase, createTestServices, idleComparisonRunner } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

/** The sample case, compared: ids 1–5 are seeds 000–004. */
async function comparedSampleCase() {
  services = await createComparedSampleCase();
  return services;
}

function recordingRunner(): ComparisonRunner & { inputs: ComparisonInput[] } {
  const inputs: ComparisonInput[] = [];
  return {
    inputs,
    run: (input, onProgress) => {
      inputs.push(input);
      return inlineComparisonRunner.run(input, onProgress);
    },
  };
}

describe('CompareService on the sample case', () => {
  it('calls 001 a derived copy of 000, from its Content Source line, and nothing else a copy', async () => {
    const { compare } = await comparedSampleCase();
    const state = compare.state();
    expect(state).toMatchObject({ status: 'ready', progress: null, sourceCount: 5 });
    const copies = state.relations.filter((relation) => relation.verdict === 'derived-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ a: 1, b: 2, direction: { copy: 2, origin: 1 } });
    expect(copies[0]?.coverage[1]).toBeGreaterThanOrEqual(0.9);
    expect(copies[0]?.explanation).toContain('Content Source: www.washingtontimes.com');
  });

  it('answers a pair in the orientation asked for', async () => {
    const { compare } = await comparedSampleCase();
    const forward = compare.pair(1, 2);
    const backward = compare.pair(2, 1);
    expect(backward.relation).toMatchObject({
      a: 2,
      b: 1,
      verdict: 'derived-copy',
      direction: { copy: 2, origin: 1 },
    });
    expect(backward.passages.map((passage) => passage.a).sort((x, y) => x.start - y.start)).toEqual(
      forward.passages.map((passage) => passage.b).sort((x, y) => x.start - y.start),
    );
    expect(forward.substitutions.map((swap) => `${swap.from}→${swap.to}`)).toEqual(
      expect.arrayContaining([
        'leader→chief',
        'train→practice',
        'officials→officers',
        'said→stated',
        'war→struggle',
      ]),
    );
    expect(backward.substitutions.map((swap) => `${swap.from}→${swap.to}`)).toContain(
      'chief→leader',
    );
  });

  it('finds the quote 002 and 004 share, and aligns independent pairs on request', async () => {
    const { compare, sources } = await comparedSampleCase();
    const comparison = compare.pair(3, 5);
    const quote = comparison.passages.find((passage) => passage.kind === 'shared-quote');
    expect(quote).toBeDefined();
    const text = [...sources.get(3).text].slice(quote?.a.start, quote?.a.end).join('');
    expect(text).toContain(
      'abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia',
    );
    expect(comparison.relation.verdict).not.toBe('derived-copy');
  });

  it('agrees with itself: every pair the pair view relates is in the case relations, either way round', async () => {
    const { compare } = await comparedSampleCase();
    const listed = new Map(
      compare
        .state()
        .relations.map((relation) => [`${relation.a}-${relation.b}`, relation.verdict]),
    );
    // 002 and 004 share only a quote, attributed to two different officials.
    expect(listed.get('3-5')).toBe('shares-passages');
    for (let a = 1; a <= 5; a++) {
      for (let b = a + 1; b <= 5; b++) {
        const forward = compare.pair(a, b);
        const backward = compare.pair(b, a);
        expect(backward.relation.verdict).toBe(forward.relation.verdict);
        expect(backward.passages.length).toBe(forward.passages.length);
        expect(listed.get(`${a}-${b}`) ?? 'independent').toBe(forward.relation.verdict);
      }
    }
  });

  it('aligns 002 and 003 on Jo Chun Ryong as a paraphrase', async () => {
    const { compare, sources } = await comparedSampleCase();
    const jo = compare.pair(3, 4).passages.find((passage) => {
      const text = [...sources.get(3).text].slice(passage.a.start, passage.a.end).join('');
      return text.includes('Jo Chun Ryong');
    });
    expect(jo?.kind).toBe('paraphrase');
    expect([...sources.get(4).text].slice(jo?.b.start, jo?.b.end).join('')).toContain(
      'Jo Chun-ryong',
    );
  });

  it('re-judges with edited metadata: without the attribution the direction is undetermined', async () => {
    const { compare, sources } = await comparedSampleCase();
    sources.updateMetadata({ id: 2, changes: { attribution: '' } });
    const relation = compare
      .state()
      .relations.find((candidate) => candidate.verdict === 'derived-copy');
    expect(relation?.direction).toBeNull();
    expect(relation?.explanation).toMatch(/direction undetermined/i);
  });

  it('refuses to compare a source with itself and reports unknown sources', async () => {
    const { compare } = await comparedSampleCase();
    expect(() => compare.pair(2, 2)).toThrow(expect.objectContaining({ code: 'invalid-request' }));
    expect(() => compare.pair(2, 99)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('CompareService caching and progress', () => {
  it('compares each source once, then only what an import adds', async () => {
    const runner = recordingRunner();
    services = createTestServices({ comparisonRunner: runner });
    const casePath = join(services.dataDir, 'case.corroborate');
    services.cases.create(casePath, 'case');
    await services.sources.importFiles([
      join(bundledSeedsDir, '000_83bae86300c6edcd.txt'),
      join(bundledSeedsDir, '001_1b7e558a4582421b.txt'),
    ]);
    await services.compare.refresh();
    await services.sources.importFiles([join(bundledSeedsDir, '002_b8274ddac1e040c9.txt')]);
    await services.compare.refresh();
    await services.compare.refresh();
    expect(runner.inputs.map((input) => input.only)).toEqual([[1, 2], [3]]);
    expect(runner.inputs[1]?.docs.map((doc) => doc.facts.id)).toEqual([1, 2, 3]);

    // A new service over the reopened case finds everything cached.
    services.cases.close();
    services.cases.open(casePath);
    const later = recordingRunner();
    await new CompareService(services.cases, later, new EventHub()).refresh();
    expect(later.inputs).toEqual([]);
  });

  it('announces computing with progress, then ready', async () => {
    services = createTestServices();
    services.cases.create(join(services.dataDir, 'case.corroborate'), 'case');
    await services.sources.importFiles([bundledSeedsDir]);
    await services.compare.refresh();
    const states = services.emitted
      .filter((event) => event.event === 'compare:did-change')
      .map((event) => event.payload as RelationsState);
    expect(states.some((state) => state.status === 'computing')).toBe(true);
    expect(states.at(-1)).toMatchObject({ status: 'ready', progress: null });
    const progress = states.flatMap((state) => (state.progress ? [state.progress] : []));
    expect(progress.at(-1)?.total).toBeGreaterThan(0);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });

  it('keeps nothing from a run whose case was closed meanwhile', async () => {
    services = createTestServices({ comparisonRunner: idleComparisonRunner });
    services.cases.create(join(services.dataDir, 'first.corroborate'), 'first');
    await services.sources.importFiles([bundledSeedsDir]);
    let release: () => void = () => {};
    const slow: ComparisonRunner = {
      run: (input, onProgress) =>
        new Promise((resolve) => {
          release = () => resolve(inlineComparisonRunner.run(input, onProgress));
        }),
    };
    const errors: unknown[] = [];
    const compare = new CompareService(services.cases, slow, new EventHub(), (error) =>
      errors.push(error),
    );
    const running = compare.refresh();
    await Promise.resolve();
    services.cases.create(join(services.dataDir, 'second.corroborate'), 'second');
    release();
    await running;
    expect(errors).toEqual([]);
    services.cases.open(join(services.dataDir, 'first.corroborate'));
    expect(services.cases.current()?.comparedSourceIds(ALIGNMENT_ENGINE_VERSION).size).toBe(0);
    expect(services.cases.current()?.listStoredPairs(ALIGNMENT_ENGINE_VERSION)).toEqual([]);
  });

  it('reports a failing runner and stays usable', async () => {
    services = createTestServices({ comparisonRunner: idleComparisonRunner });
    services.cases.create(join(services.dataDir, 'case.corroborate'), 'case');
    await services.sources.importFiles([join(bundledSeedsDir, '000_83bae86300c6edcd.txt')]);
    const errors: unknown[] = [];
    const failing = new CompareService(
      services.cases,
      { run: () => Promise.reject(new Error('worker died')) },
      new EventHub(),
      (error) => errors.push(error),
    );
    await failing.refresh();
    expect(errors).toEqual([new Error('worker died')]);
    expect(failing.state().status).toBe('ready');
    expect(services.cases.current()?.comparedSourceIds(ALIGNMENT_ENGINE_VERSION).size).toBe(0);
  });
});

describe('CompareService and pairs derived through copy clusters', () => {
  it('keeps the derived relation, and aligns the pair word by word when it is opened', async () => {
    // A runner that returns 000–001 as a large case's comparison would: derived, no word diffs.
    const derivingRunner: ComparisonRunner = {
      run: async (input, onProgress) => {
        const output = await inlineComparisonRunner.run(input, onProgress);
        return {
          pairs: output.pairs.map((pair) =>
            pair.a === 1 && pair.b === 2
              ? {
                  ...pair,
                  alignment: {
                    ...pair.alignment,
                    passages: pair.alignment.passages.map((passage) => ({
                      ...passage,
                      diff: { a: [], b: [] },
                    })),
                    substitutions: [],
                    derivedVia: [9],
                  },
                }
              : pair,
          ),
        };
      },
    };
    services = createTestServices({ comparisonRunner: derivingRunner });
    services.cases.create(join(services.dataDir, 'case.corroborate'), 'case');
    await services.sources.importFiles([bundledSeedsDir]);
    await services.compare.refresh();
    const stored = services.compare.state().relations.find((r) => r.a === 1 && r.b === 2);
    expect(stored?.verdict).toBe('derived-copy');
    expect(stored?.explanation).toMatch(/near-identical copy/);
    const opened = services.compare.pair(1, 2);
    expect(opened.relation.explanation).not.toMatch(/near-identical copy/);
    expect(opened.substitutions.map((swap) => `${swap.from}→${swap.to}`)).toContain('leader→chief');
    expect(opened.passages.some((passage) => passage.diff.a.length > 0)).toBe(true);
  }, 60_000);
});

describe('CompareService cancel', () => {
  it('stops a run without reporting a failure, keeps nothing of it, and compares on the next refresh', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const waiting: ComparisonRunner = {
      run: (_input, onProgress, signal) =>
        new Promise((_, reject) => {
          onProgress(0, 10);
          started();
          signal?.addEventListener('abort', () => reject(new Error('stopped')));
        }),
    };
    services = createTestServices({ comparisonRunner: idleComparisonRunner });
    services.cases.create(join(services.dataDir, 'case.corroborate'), 'case');
    await services.sources.importFiles([bundledSeedsDir]);
    const errors: unknown[] = [];
    const compare = new CompareService(services.cases, waiting, new EventHub(), (error) =>
      errors.push(error),
    );
    const refreshed = compare.refresh();
    await running;
    expect(compare.state().status).toBe('computing');
    compare.cancel();
    await refreshed;
    expect(errors).toEqual([]);
    expect(compare.state().status).toBe('ready');
    expect(services.cases.current()?.comparedSourceIds(ALIGNMENT_ENGINE_VERSION).size).toBe(0);

    const after = new CompareService(services.cases, inlineComparisonRunner, new EventHub());
    await after.refresh();
    expect(services.cases.current()?.comparedSourceIds(ALIGNMENT_ENGINE_VERSION).size).toBe(5);
  }, 60_000);
});
