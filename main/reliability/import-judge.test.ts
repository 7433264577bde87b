import { describe, expect, it } from 'vitest';
import { createRandom } from './analyst-ops';
import { judgeImports, parseImportLog, type StoredImport } from './import-judge';
import { importFolderPlan } from './import-plan';

const file = (name: string, expected = 'imported', token = name) =>
  `file ${JSON.stringify({ name, expected, token })}`;
const ack = (name: string, status = 'imported') => `ack ${JSON.stringify({ name, status })}`;
const whole = (name: string, token = name): StoredImport => ({
  fileName: name,
  text: `Report ${token}\n\nBody.\n\nReference ${token} closes the report.`,
  paragraphs: 3,
});

/** A kill in the middle of a folder of four: a, b acknowledged; c, d read but not. */
const killed = parseImportLog([
  'ready',
  'folder 0',
  file('a'),
  file('b'),
  file('c'),
  file('d'),
  ack('a'),
  ack('b'),
]);

describe('judgeImports', () => {
  it('accepts the acknowledged files, and committed ones whose acknowledgement was cut off', () => {
    expect(judgeImports(killed, [whole('a'), whole('b')])).toMatchObject({
      lost: [],
      damaged: [],
      outOfOrder: false,
      committedUnacknowledged: 0,
      midFolder: true,
    });
    expect(judgeImports(killed, [whole('a'), whole('b'), whole('c')])).toMatchObject({
      lost: [],
      outOfOrder: false,
      committedUnacknowledged: 1,
    });
  });

  it('counts an acknowledged file missing from the case as lost', () => {
    expect(judgeImports(killed, [whole('a')]).lost).toEqual(['b']);
  });

  it('flags a group applied out of order or in part, a source without its text, and a doubled one', () => {
    expect(judgeImports(killed, [whole('a'), whole('b'), whole('d')]).outOfOrder).toBe(true);
    expect(judgeImports(killed, [whole('a'), { ...whole('b'), paragraphs: 0 }]).damaged).toEqual([
      'b: stored without its whole text',
    ]);
    expect(judgeImports(killed, [whole('a'), whole('b'), whole('b')]).damaged).toEqual([
      'b: stored twice',
    ]);
  });

  it('checks each acknowledgement against what its file must become', () => {
    const log = parseImportLog([
      file('a'),
      file('bad', 'refused', ''),
      file('a', 'duplicate'),
      ack('a'),
      ack('bad', 'imported'),
      ack('a', 'imported'),
      'folder-done 0',
      'done',
    ]);
    expect(judgeImports(log, [whole('a')]).wrongStatus).toEqual([
      'bad: imported, expected refused',
      'a: imported, expected imported or duplicate',
    ]);
  });

  it('reports unreadable lines as problems', () => {
    expect(parseImportLog(['ready', 'crash "boom"']).problems).toEqual(['crash "boom"']);
  });
});

describe('importFolderPlan', () => {
  it('plans new reports in name order, with copies, refusals and duplicates of the folder before', () => {
    const random = createRandom(42);
    let previous = importFolderPlan(random, 3, 0, []);
    const statuses = new Set<string>();
    for (let folder = 1; folder < 40; folder++) {
      const plan = importFolderPlan(random, 3, folder, previous);
      const names = plan.map((planned) => planned.name);
      expect(names).toEqual([...names].sort());
      for (const planned of plan) statuses.add(planned.expected);
      for (const duplicate of plan.filter((planned) => planned.expected === 'duplicate')) {
        expect(previous.some((earlier) => earlier.name === duplicate.name)).toBe(true);
      }
      previous = plan;
    }
    expect([...statuses].sort()).toEqual(['duplicate', 'imported', 'refused']);
  });
});
