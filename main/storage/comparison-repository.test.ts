import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseDatabase } from './case-database';
import { swapAlignment } from '../core/align';
import { sampleAlignment as alignment } from '../testing/alignment';
import { sampleSource, useTempDir } from './test-helpers';

describe('cached comparisons', () => {
  const tempDir = useTempDir();

  function caseWithSources(count: number): CaseDatabase {
    const db = CaseDatabase.create(path.join(tempDir(), 'case.corroborate'), { name: 'c' });
    for (let i = 0; i < count; i++)
      db.insertSource(sampleSource(`Report number ${i} says something.`));
    return db;
  }

  it('stores a run, marks its sources compared and reads pairs back in either orientation', () => {
    const db = caseWithSources(3);
    const revision = db.info().revision;
    db.saveComparisons({
      engineVersion: 4,
      comparedIds: [1, 2, 3],
      pairs: [{ a: 3, b: 1, alignment }],
    });
    expect([...db.comparedSourceIds(4)].sort()).toEqual([1, 2, 3]);
    expect(db.listStoredPairs(4)).toEqual([{ a: 1, b: 3, alignment: swapAlignment(alignment) }]);
    expect(db.findStoredAlignment(4, 3, 1)).toEqual(alignment);
    expect(db.findStoredAlignment(4, 1, 3)).toEqual(swapAlignment(alignment));
    expect(db.findStoredAlignment(4, 1, 2)).toBeNull();
    // Derived data, not content: the case revision does not move.
    expect(db.info().revision).toBe(revision);
    db.close();
  });

  it('signs the stored pairs so derived verdicts can be cached: every save changes it', () => {
    const db = caseWithSources(3);
    const empty = db.storedPairsSignature(4);
    db.saveComparisons({
      engineVersion: 4,
      comparedIds: [1, 2],
      pairs: [{ a: 1, b: 2, alignment }],
    });
    const one = db.storedPairsSignature(4);
    expect(one).not.toBe(empty);
    expect(db.storedPairsSignature(4)).toBe(one);
    db.saveComparisons({ engineVersion: 4, comparedIds: [3], pairs: [{ a: 1, b: 3, alignment }] });
    const two = db.storedPairsSignature(4);
    expect(two).not.toBe(one);
    // A newer engine's save replaces the older pairs: the old version's signature is empty again.
    db.saveComparisons({
      engineVersion: 5,
      comparedIds: [1, 2],
      pairs: [{ a: 1, b: 2, alignment }],
    });
    expect(db.storedPairsSignature(4)).toBe(empty);
    db.close();
  });

  it('forgets everything an older engine produced once a newer one saves', () => {
    const db = caseWithSources(2);
    db.saveComparisons({
      engineVersion: 1,
      comparedIds: [1, 2],
      pairs: [{ a: 1, b: 2, alignment }],
    });
    expect(db.comparedSourceIds(2).size).toBe(0);
    expect(db.listStoredPairs(2)).toEqual([]);
    db.saveComparisons({ engineVersion: 2, comparedIds: [1], pairs: [] });
    expect(db.listStoredPairs(1)).toEqual([]);
    expect([...db.comparedSourceIds(1)]).toEqual([]);
    expect([...db.comparedSourceIds(2)]).toEqual([1]);
    db.close();
  });

  it('ignores pairs and ids of sources that no longer exist', () => {
    const db = caseWithSources(2);
    db.saveComparisons({
      engineVersion: 1,
      comparedIds: [1, 2, 99],
      pairs: [{ a: 1, b: 99, alignment }],
    });
    expect([...db.comparedSourceIds(1)].sort()).toEqual([1, 2]);
    expect(db.listStoredPairs(1)).toEqual([]);
    db.close();
  });

  it('keeps the cache across reopening', () => {
    const db = caseWithSources(2);
    db.saveComparisons({
      engineVersion: 1,
      comparedIds: [1, 2],
      pairs: [{ a: 1, b: 2, alignment }],
    });
    const file = db.path;
    db.close();
    const reopened = CaseDatabase.open(file);
    expect(reopened.findStoredAlignment(1, 1, 2)).toEqual(alignment);
    reopened.close();
  });
});
