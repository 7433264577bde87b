import { describe, expect, it } from 'vitest';
import { shingleCandidates, shingleHashes } from './shingle-index';

const pairsOf = (flat: Int32Array) => {
  const pairs: string[] = [];
  for (let index = 0; index < flat.length; index += 2)
    pairs.push(`${flat[index]}-${flat[index + 1]}`);
  return pairs;
};

const STORY =
  'The chancellor said on Tuesday that interest rates would stay where they are for the rest of the year.';
const OTHER =
  'Football fans queued overnight outside the stadium for tickets to the final against the old rivals.';

describe('shingleHashes', () => {
  it('hashes every word 5-gram, ignoring case and punctuation', () => {
    expect(shingleHashes('one two three four five six', 5)).toHaveLength(2);
    expect(shingleHashes('One, two. THREE four five', 5)).toEqual(
      shingleHashes('one two three four five', 5),
    );
    expect(shingleHashes('one two three four', 5)).toEqual([]);
  });

  it('tells word orders apart', () => {
    expect(shingleHashes('a b c d e', 5)).not.toEqual(shingleHashes('b a c d e', 5));
  });
});

describe('shingleCandidates', () => {
  const options = { size: 5, minShared: 3, maxDocuments: 10 };

  it('pairs texts that share enough shingles, and no others', () => {
    const texts = [STORY, OTHER, `${STORY} Markets rose.`, `Unrelated words here. ${OTHER}`];
    const result = shingleCandidates(texts, options);
    expect(pairsOf(result.pairs)).toEqual(['0-2', '1-3']);
    expect(result.documents).toBe(4);
  });

  it('needs minShared shingles: one shared 5-gram is not enough for 3', () => {
    const texts = ['alpha beta gamma delta epsilon zeta', 'alpha beta gamma delta epsilon eta'];
    expect(pairsOf(shingleCandidates(texts, options).pairs)).toEqual([]);
    expect(pairsOf(shingleCandidates(texts, { ...options, minShared: 1 }).pairs)).toEqual(['0-1']);
  });

  it('counts a shingle repeated inside one text once', () => {
    const repeated = 'alpha beta gamma delta epsilon alpha beta gamma delta epsilon';
    const texts = [repeated, 'alpha beta gamma delta epsilon'];
    // The two share one distinct shingle, however often the first repeats it.
    expect(pairsOf(shingleCandidates(texts, { ...options, minShared: 2 }).pairs)).toEqual([]);
  });

  it('skips shingles in more than maxDocuments texts as boilerplate', () => {
    const texts = Array.from({ length: 5 }, (_, index) => `${STORY} Item ${index}.`);
    const all = shingleCandidates(texts, options);
    expect(all.pairs.length / 2).toBe(10);
    const capped = shingleCandidates(texts, { ...options, maxDocuments: 4 });
    expect(capped.pairs.length).toBe(0);
    expect(capped.boilerplate).toBeGreaterThan(0);
  });

  it('reads its texts once, from any iterable', () => {
    function* texts() {
      yield STORY;
      yield STORY.toUpperCase();
    }
    expect(pairsOf(shingleCandidates(texts(), options).pairs)).toEqual(['0-1']);
  });
});
