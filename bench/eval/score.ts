// Turns one split's items, the engine's results and the baselines' detections into table rows,
// with example ids of every kind of failure.

import {
  addTallies,
  EMPTY_TALLY,
  reuseScores,
  tallyReuse,
  type ReusePair,
  type ReuseScores,
} from '../../main/core/corpus';
import type { DatasetName, EvalItem } from './datasets';
import { COPY_KINDS, passagesAsPairs, type EngineResult } from './engine';

/** The measures of one table row; every figure is already formatted. */
export interface Row {
  dataset: DatasetName | 'all';
  measure: string;
  n: number;
  engine: string;
  /** The target the engine is held to, in words ("≥ 0.95"); empty if none. */
  target: string;
  /** Whether the engine meets it; null when there is no target. */
  met: boolean | null;
  seedExtend: string;
  wordDiff: string;
  wordOverlap: string;
}

export interface Baselines {
  seedExtend: Map<string, ReusePair[]>;
  wordDiff: Map<string, ReusePair[]>;
  /** Jaccard threshold for sentence pairs, 5-gram containment threshold for copy decisions. */
  jaccardThreshold: number;
  containmentThreshold: number;
  jaccard: Map<string, number>;
  containment: Map<string, number>;
}

export interface Failure {
  what: string;
  ids: string[];
  notes: string[];
}

export interface SplitScore {
  rows: Row[];
  failures: Failure[];
}

const f3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : 'n/a');
const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function panScores(
  items: readonly EvalItem[],
  detections: (item: EvalItem) => ReusePair[],
): ReuseScores {
  const tally = items.reduce(
    (sum, item) => addTallies(sum, tallyReuse(item.cases, detections(item))),
    EMPTY_TALLY,
  );
  return reuseScores(tally);
}

function row(
  dataset: Row['dataset'],
  measure: string,
  n: number,
  engine: string,
  extra: Partial<Omit<Row, 'dataset' | 'measure' | 'n' | 'engine'>> = {},
): Row {
  return {
    dataset,
    measure,
    n,
    engine,
    target: '',
    met: null,
    seedExtend: '',
    wordDiff: '',
    wordOverlap: '',
    ...extra,
  };
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts]
      .sort((x, y) => y[1] - x[1])
      .map(([value, count]) => `${value} ${count}`)
      .join(', ') || 'none'
  );
}

export function scoreSplit(
  items: readonly EvalItem[],
  results: ReadonlyMap<string, EngineResult>,
  baselines: Baselines,
): SplitScore {
  const rows: Row[] = [];
  const failures: Failure[] = [];
  const fail = (what: string, failed: readonly EvalItem[]) => {
    if (failed.length === 0) return;
    failures.push({
      what: `${what} (${failed.length})`,
      ids: failed.map((item) => item.id),
      notes: failed.map((item) => item.note),
    });
  };
  const of = (dataset: DatasetName) => items.filter((item) => item.dataset === dataset);
  const result = (item: EvalItem) => results.get(item.id);
  const errors = items.filter((item) => !result(item) || result(item)?.error);
  fail('no result or an error line from the CLI', errors);

  // 1–2. Copied runs inside long hosts: character-level PAN measures.
  for (const dataset of ['embedded-verbatim', 'embedded-spun'] as const) {
    const mine = of(dataset);
    if (mine.length === 0) continue;
    const n = mine.length;
    const copy = panScores(mine, (item) => passagesAsPairs(result(item), COPY_KINDS));
    const all = panScores(mine, (item) => passagesAsPairs(result(item)));
    const seed = panScores(mine, (item) => baselines.seedExtend.get(item.id) ?? []);
    const diff = panScores(mine, (item) => baselines.wordDiff.get(item.id) ?? []);
    if (dataset === 'embedded-spun') {
      const swapped = mine.reduce((sum, item) => sum + (item.swapped ?? 0), 0);
      const words = mine.reduce((sum, item) => sum + (item.contentWords ?? 0), 0);
      rows.push(
        row(dataset, 'content words swapped (WordNet, number words)', n, pct(swapped, words)),
      );
    }
    rows.push(
      row(dataset, 'copy passages: precision', n, f3(copy.precision), {
        target: '≥ 0.95',
        met: copy.precision >= 0.95,
        seedExtend: f3(seed.precision),
        wordDiff: f3(diff.precision),
      }),
      row(dataset, 'copy passages: recall', n, f3(copy.recall), {
        target: '≥ 0.95',
        met: copy.recall >= 0.95,
        seedExtend: f3(seed.recall),
        wordDiff: f3(diff.recall),
      }),
      row(dataset, 'copy passages: granularity', n, f3(copy.granularity), {
        target: '≤ 1.05',
        met: copy.granularity <= 1.05,
        seedExtend: f3(seed.granularity),
        wordDiff: f3(diff.granularity),
      }),
      row(dataset, 'copy passages: plagdet', n, f3(copy.plagdet), {
        seedExtend: f3(seed.plagdet),
        wordDiff: f3(diff.plagdet),
      }),
      row(
        dataset,
        'all passage kinds: precision / recall / granularity / plagdet',
        n,
        [all.precision, all.recall, all.granularity, all.plagdet].map(f3).join(' / '),
      ),
      row(
        dataset,
        'engine passage kinds',
        n,
        countBy(mine.flatMap((item) => (result(item)?.passages ?? []).map((p) => p.kind))),
      ),
      row(
        dataset,
        'engine verdicts',
        n,
        countBy(mine.map((item) => result(item)?.relation ?? 'error')),
      ),
    );
    for (const facet of ['placement', 'bounds', 'length']) {
      const values = [...new Set(mine.map((item) => item.facets?.[facet] ?? '?'))].sort();
      const parts = values.map((value) => {
        const subset = mine.filter((item) => (item.facets?.[facet] ?? '?') === value);
        const recall = panScores(subset, (item) =>
          passagesAsPairs(result(item), COPY_KINDS),
        ).recall;
        return `${value} ${f3(recall)} (${subset.length})`;
      });
      rows.push(row(dataset, `copy recall by ${facet}`, n, parts.join(' · ')));
    }
    const missed = mine.filter((item) => passagesAsPairs(result(item), COPY_KINDS).length === 0);
    fail(`${dataset}: no copy passage at all`, missed);
    const recallOf = (item: EvalItem) =>
      reuseScores(tallyReuse(item.cases, passagesAsPairs(result(item), COPY_KINDS))).recall;
    const precisionOf = (item: EvalItem) =>
      reuseScores(tallyReuse(item.cases, passagesAsPairs(result(item), COPY_KINDS))).precision;
    fail(
      `${dataset}: copy passages cover < 90% of the run`,
      mine.filter((item) => !missed.includes(item) && recallOf(item) < 0.9),
    );
    fail(
      `${dataset}: < 90% of the copy passages lie in the run (precision)`,
      mine.filter((item) => precisionOf(item) < 0.9),
    );
    fail(
      `${dataset}: the run split into 2+ copy passages`,
      mine.filter((item) => {
        const tally = tallyReuse(item.cases, passagesAsPairs(result(item), COPY_KINDS));
        return tally.detectionsPerDetectedCase > 1;
      }),
    );
  }

  // 3–5. Copy decisions.
  const containmentSays = (item: EvalItem) =>
    (baselines.containment.get(item.id) ?? 0) >= baselines.containmentThreshold;
  const decisions: Array<[DatasetName, 'whole' | 'partial' | null]> = [
    ['partial-spun-copy', 'partial'],
    ['whole-spun-copy', 'whole'],
    ['same-topic-different-stories', null],
  ];
  for (const [dataset, extent] of decisions) {
    const mine = of(dataset);
    if (mine.length === 0) continue;
    const n = mine.length;
    const called = mine.filter((item) => result(item)?.relation === 'derived-copy');
    const overlap = mine.filter(containmentSays).length;
    if (extent) {
      const swapped = mine.reduce((sum, item) => sum + (item.swapped ?? 0), 0);
      const words = mine.reduce((sum, item) => sum + (item.contentWords ?? 0), 0);
      rows.push(row(dataset, 'content words swapped', n, pct(swapped, words)));
      const rightExtent = mine.filter((item) => result(item)?.extent === extent);
      rows.push(
        row(dataset, 'called derived-copy', n, pct(called.length, n), {
          target: extent === 'partial' ? '≥ 95%' : '',
          met: extent === 'partial' ? called.length >= 0.95 * n : null,
          wordOverlap: pct(overlap, n),
        }),
        row(dataset, `extent "${extent}"`, n, pct(rightExtent.length, n)),
        row(
          dataset,
          'extent given',
          n,
          countBy(mine.map((item) => String(result(item)?.extent ?? 'none'))),
        ),
      );
      const copy = panScores(mine, (item) => passagesAsPairs(result(item), COPY_KINDS));
      rows.push(
        row(
          dataset,
          'copy passages: precision / recall / granularity / plagdet',
          n,
          [copy.precision, copy.recall, copy.granularity, copy.plagdet].map(f3).join(' / '),
        ),
      );
      fail(
        `${dataset}: not called derived-copy`,
        mine.filter((item) => !called.includes(item)),
      );
      fail(
        `${dataset}: derived-copy but extent not "${extent}"`,
        called.filter((item) => result(item)?.extent !== extent),
      );
    } else {
      const withPassages = mine.filter((item) => (result(item)?.passages ?? []).length > 0);
      const passages = mine.reduce((sum, item) => sum + (result(item)?.passages?.length ?? 0), 0);
      rows.push(
        row(dataset, 'called derived-copy', n, pct(called.length, n), {
          target: '0',
          met: called.length === 0,
          wordOverlap: pct(overlap, n),
        }),
        row(
          dataset,
          'pairs with any passage / passages found',
          n,
          `${withPassages.length} / ${passages}`,
        ),
        row(
          dataset,
          'passage kinds found',
          n,
          countBy(mine.flatMap((item) => (result(item)?.passages ?? []).map((p) => p.kind))),
        ),
      );
      fail(`${dataset}: called derived-copy`, called);
      fail(`${dataset}: some passage aligned`, withPassages);
    }
    const guessed = mine.filter((item) => result(item)?.direction);
    rows.push(
      row(dataset, 'direction given (no evidence in these texts)', n, String(guessed.length), {
        target: '0',
        met: guessed.length === 0,
      }),
    );
    fail(`${dataset}: direction given without evidence`, guessed);
  }

  // 6. Attribution lines.
  const attribution = of('attribution');
  if (attribution.length > 0) {
    const credited = attribution.filter((item) => item.origin);
    const bare = attribution.filter((item) => !item.origin);
    const origin = (item: EvalItem) => result(item)?.direction?.origin ?? null;
    const right = credited.filter((item) => origin(item) === item.origin);
    const wrong = credited.filter((item) => origin(item) !== null && origin(item) !== item.origin);
    const none = credited.filter((item) => origin(item) === null);
    const bareWrong = bare.filter((item) => origin(item) !== null);
    const copies = attribution.filter((item) => result(item)?.relation === 'derived-copy');
    rows.push(
      row(
        'attribution',
        'called derived-copy (all are copies)',
        attribution.length,
        pct(copies.length, attribution.length),
      ),
      row(
        'attribution',
        'credit line: direction right',
        credited.length,
        pct(right.length, credited.length),
        {
          target: '≥ 95%',
          met: right.length >= 0.95 * credited.length,
        },
      ),
      row('attribution', 'credit line: direction wrong', credited.length, String(wrong.length), {
        target: '0',
        met: wrong.length === 0,
      }),
      row('attribution', 'credit line: no direction', credited.length, String(none.length)),
      row(
        'attribution',
        'no credit line: direction given (wrong)',
        bare.length,
        String(bareWrong.length),
        {
          target: '0',
          met: bareWrong.length === 0,
        },
      ),
    );
    const byWording = new Map<string, { right: number; all: number }>();
    for (const item of credited) {
      const tally = byWording.get(item.credit ?? '?') ?? { right: 0, all: 0 };
      tally.all++;
      if (right.includes(item)) tally.right++;
      byWording.set(item.credit ?? '?', tally);
    }
    const missedWordings = [...byWording]
      .filter(([, tally]) => tally.right < tally.all)
      .map(([wording, tally]) => `${wording} ${tally.right}/${tally.all}`);
    rows.push(
      row(
        'attribution',
        `wordings not always credited (of ${byWording.size}; right/all)`,
        credited.length,
        missedWordings.join(', ') || 'none',
      ),
    );
    fail('attribution: direction wrong', wrong);
    fail('attribution: credit line but no direction', none);
    fail('attribution: no credit line but a direction', bareWrong);
    fail(
      'attribution: not called derived-copy',
      attribution.filter((item) => !copies.includes(item)),
    );
  }

  // 7. Sentence pairs.
  const labelled = of('sentence-pairs');
  const random = of('random-sentence-pairs');
  if (labelled.length > 0) {
    const engineSays = (item: EvalItem) => (result(item)?.passages ?? []).length > 0;
    const seedSays = (item: EvalItem) => (baselines.seedExtend.get(item.id) ?? []).length > 0;
    const diffSays = (item: EvalItem) => (baselines.wordDiff.get(item.id) ?? []).length > 0;
    const overlapSays = (item: EvalItem) =>
      (baselines.jaccard.get(item.id) ?? 0) >= baselines.jaccardThreshold;
    const confusion = (says: (item: EvalItem) => boolean) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      for (const item of labelled) {
        const yes = says(item);
        if (yes && item.label) tp++;
        else if (yes) fp++;
        else if (item.label) fn++;
        else tn++;
      }
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { accuracy: (tp + tn) / labelled.length, precision, recall, f1 };
    };
    const engine = confusion(engineSays);
    const seed = confusion(seedSays);
    const diff = confusion(diffSays);
    const overlap = confusion(overlapSays);
    const positives = labelled.filter((item) => item.label).length;
    const n = labelled.length;
    rows.push(
      row(
        'sentence-pairs',
        `labelled pairs (${positives} same, ${n - positives} different)`,
        n,
        '',
      ),
      row('sentence-pairs', 'accuracy ("same" = any passage aligned)', n, f3(engine.accuracy), {
        target: `≥ 0.80 and > ${f3(overlap.accuracy)}`,
        met: engine.accuracy >= 0.8 && engine.accuracy > overlap.accuracy,
        seedExtend: f3(seed.accuracy),
        wordDiff: f3(diff.accuracy),
        wordOverlap: f3(overlap.accuracy),
      }),
      row('sentence-pairs', 'precision', n, f3(engine.precision), {
        seedExtend: f3(seed.precision),
        wordDiff: f3(diff.precision),
        wordOverlap: f3(overlap.precision),
      }),
      row('sentence-pairs', 'recall', n, f3(engine.recall), {
        seedExtend: f3(seed.recall),
        wordDiff: f3(diff.recall),
        wordOverlap: f3(overlap.recall),
      }),
      row('sentence-pairs', 'F1', n, f3(engine.f1), {
        seedExtend: f3(seed.f1),
        wordDiff: f3(diff.f1),
        wordOverlap: f3(overlap.f1),
      }),
      row(
        'sentence-pairs',
        'passage kinds on pairs labelled same / different',
        n,
        `${countBy(labelled.filter((item) => item.label).flatMap((item) => (result(item)?.passages ?? []).map((p) => p.kind)))} / ${countBy(labelled.filter((item) => !item.label).flatMap((item) => (result(item)?.passages ?? []).map((p) => p.kind)))}`,
      ),
    );
    fail(
      'sentence-pairs: labelled same, nothing aligned',
      labelled.filter((item) => item.label && !engineSays(item)),
    );
    fail(
      'sentence-pairs: labelled different, something aligned',
      labelled.filter((item) => !item.label && engineSays(item)),
    );
  }
  if (random.length > 0) {
    const aligned = random.filter((item) => (result(item)?.passages ?? []).length > 0);
    rows.push(
      row(
        'random-sentence-pairs',
        'pairs with anything aligned',
        random.length,
        String(aligned.length),
        {
          target: '0',
          met: aligned.length === 0,
          seedExtend: String(
            random.filter((item) => (baselines.seedExtend.get(item.id) ?? []).length > 0).length,
          ),
          wordDiff: String(
            random.filter((item) => (baselines.wordDiff.get(item.id) ?? []).length > 0).length,
          ),
          wordOverlap: String(
            random.filter(
              (item) => (baselines.jaccard.get(item.id) ?? 0) >= baselines.jaccardThreshold,
            ).length,
          ),
        },
      ),
    );
    fail('random-sentence-pairs: something aligned', aligned);
  }
  return { rows, failures };
}
