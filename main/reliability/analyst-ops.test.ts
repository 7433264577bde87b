import { describe, expect, it } from 'vitest';
import {
  applyOp,
  canonicalFacts,
  emptyModel,
  MAX_SOURCES,
  nextOp,
  randomForOp,
  sentencesOf,
  uniqueWord,
  type Model,
  type Op,
} from './analyst-ops';
import { parseChildLog, replayLog } from './child-log';
import { judge } from './verify-case';

function run(seed: number, count: number): { model: Model; ops: Op[]; models: Model[] } {
  let model = emptyModel();
  const ops: Op[] = [];
  const models: Model[] = [model];
  for (let n = 0; n < count; n++) {
    const op = nextOp(model, randomForOp(seed, n));
    ops.push(op);
    model = applyOp(model, op);
    models.push(model);
  }
  return { model, ops, models };
}

describe('the analyst operation generator', () => {
  it('is deterministic for a seed', () => {
    expect(run(42, 200).ops).toEqual(run(42, 200).ops);
    expect(run(42, 200).ops).not.toEqual(run(43, 200).ops);
  });

  it('makes every operation kind, and every operation changes the facts', () => {
    const { ops, models } = run(7, 600);
    expect(new Set(ops.map((op) => op.kind))).toEqual(
      new Set([
        'import',
        'create-tag',
        'create-claim',
        'tag-claim',
        'grade-source',
        'grade-claim',
        'note',
        'merge-tags',
        'undo',
      ]),
    );
    for (let i = 1; i < models.length; i++) {
      const [before, after] = [models[i - 1] as Model, models[i] as Model];
      expect(canonicalFacts(after.facts), JSON.stringify(ops[i - 1])).not.toBe(
        canonicalFacts(before.facts),
      );
    }
  });

  it('keeps names unique and claims pointing at stored sources and tags', () => {
    const { model } = run(3, 600);
    const titles = model.facts.sources.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeLessThanOrEqual(MAX_SOURCES);
    expect(new Set(model.facts.tags).size).toBe(model.facts.tags.length);
    for (const claim of model.facts.claims) {
      expect(titles).toContain(claim.source);
      for (const tag of claim.tags) expect(model.facts.tags).toContain(tag);
    }
    const words = model.library.map((entry) => entry.word);
    expect(new Set(words).size).toBe(words.length);
    for (const entry of model.library) {
      const others = model.library.filter((other) => other !== entry);
      expect(others.some((other) => other.text.includes(entry.word))).toBe(false);
      expect(entry.text.split(entry.word)).toHaveLength(2);
    }
  });
});

describe('applyOp', () => {
  const imported = applyOp(emptyModel(), {
    kind: 'import',
    title: 'Report 1',
    text: 'One two. Three four.\n\nReference vexbzq closes the report.',
  });

  it("reads a source's unique word and its sentences from the text", () => {
    expect(imported.library[0]?.word).toBe('vexbzq');
    expect(imported.library[0]?.sentences).toEqual(['One two.', 'Three four.']);
  });

  it('undo restores the facts before the newest edit but keeps sources imported since', () => {
    const graded = applyOp(imported, { kind: 'grade-source', source: 'Report 1', grade: 'B' });
    const again = applyOp(graded, {
      kind: 'import',
      title: 'Report 2',
      text: 'Five. \n\nReference vexczq closes the report.',
    });
    const undone = applyOp(again, { kind: 'undo' });
    expect(undone.facts.sources).toEqual([
      { title: 'Report 1', grade: 'F', note: '' },
      { title: 'Report 2', grade: 'F', note: '' },
    ]);
    expect(undone.undo).toEqual([]);
  });

  it('merging tags retags their claims once and removes the merged tag', () => {
    let model = applyOp(imported, { kind: 'create-tag', name: 'A' });
    model = applyOp(model, { kind: 'create-tag', name: 'B' });
    model = applyOp(model, {
      kind: 'create-claim',
      source: 'Report 1',
      quote: 'One two.',
      tags: ['A', 'B'],
    });
    model = applyOp(model, { kind: 'merge-tags', from: 'A', into: 'B' });
    expect(model.facts.tags).toEqual(['B']);
    expect(model.facts.claims[0]?.tags).toEqual(['B']);
  });

  it('unique words differ and end in zq', () => {
    const words = Array.from({ length: 2000 }, (_, i) => uniqueWord(i + 1));
    expect(new Set(words).size).toBe(2000);
    expect(words.every((word) => /^vex[a-z]+zq$/.test(word))).toBe(true);
  });

  it('sentencesOf skips the closing reference and duplicates', () => {
    expect(sentencesOf('A b. A b.\n\nC d.\n\nReference x closes the report.')).toEqual([
      'A b.',
      'C d.',
    ]);
  });
});

describe("a child's log", () => {
  const ops: Op[] = [
    { kind: 'create-tag', name: 'T' },
    { kind: 'create-tag', name: 'U' },
    { kind: 'create-tag', name: 'V' },
  ];
  const lines = [
    'ready',
    `intent 5 ${JSON.stringify(ops[0])}`,
    'ack 5',
    `intent 6 ${JSON.stringify(ops[1])}`,
    'error 6 io "Could not write"',
    `intent 7 ${JSON.stringify(ops[2])}`,
  ];

  it('replays acknowledged operations; the last unacknowledged one is in flight', () => {
    const log = parseChildLog(lines);
    expect(log.ready).toBe(true);
    expect(log.errors.get(6)).toEqual({ code: 'io', message: 'Could not write' });
    const replayed = replayLog({ model: emptyModel(), next: 5 }, log);
    expect(replayed.acknowledged.facts.tags).toEqual(['T']);
    expect(replayed.inFlight?.facts.tags).toEqual(['T', 'V']);
    expect(replayed.inFlightOp?.n).toBe(7);
    expect(replayed.next).toBe(8);
    expect(replayed.acknowledgedCount).toBe(1);
  });

  it('reports lines it cannot read as crashes', () => {
    expect(parseChildLog(['ready', 'garbage here']).crashes).toEqual([
      'unreadable report: garbage here',
    ]);
  });
});

describe('judge', () => {
  const start = emptyModel();
  const one = applyOp(start, { kind: 'create-tag', name: 'T' });
  const two = applyOp(one, { kind: 'create-tag', name: 'U' });
  const three = applyOp(two, { kind: 'create-tag', name: 'V' });
  const expected = { acknowledged: two, inFlight: three, earlier: [start, one] };

  it('accepts the acknowledged facts or those after the operation in flight', () => {
    expect(judge(two.facts, expected)).toBe('acknowledged');
    expect(judge(three.facts, expected)).toBe('in-flight');
  });

  it('calls an earlier state lost and any other half applied', () => {
    expect(judge(one.facts, expected)).toBe('lost');
    expect(judge({ ...two.facts, tags: ['T', 'V'] }, expected)).toBe('half-applied');
  });
});
