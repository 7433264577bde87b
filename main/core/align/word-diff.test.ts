import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../text/code-points';
import { alignTexts } from './align';
import { sortedSubstitutions } from './word-diff';

function marks(a: string, b: string) {
  const [passage] = alignTexts(a, b).passages;
  return {
    removed: passage?.diff.a.map((mark) => [mark.op, sliceByCodePoints(a, mark.start, mark.end)]),
    added: passage?.diff.b.map((mark) => [mark.op, sliceByCodePoints(b, mark.start, mark.end)]),
  };
}

function swaps(a: string, b: string): string[] {
  return alignTexts(a, b).substitutions.map(({ from, to, count }) => `${from}→${to}×${count}`);
}

describe('word differences', () => {
  it('marks removed words in A and added words in B, in code points', () => {
    expect(
      marks(
        '😀 North Korean leader Kim Jong-un is on his way to the city of Vladivostok today.',
        'North Korean chief Kim Jong-un is on his strategy to the city of Vladivostok today, officials say.',
      ),
    ).toEqual({
      removed: [
        ['removed', 'leader'],
        ['removed', 'way'],
      ],
      added: [
        ['added', 'chief'],
        ['added', 'strategy'],
        ['added', 'officials say'],
      ],
    });
  });

  it('has no marks for a verbatim passage or for number words against digits', () => {
    expect(
      marks('The two leaders met in Seoul on Monday.', 'The 2 leaders met in Seoul on Monday.'),
    ).toEqual({
      removed: [],
      added: [],
    });
  });
});

describe('substitutions', () => {
  it.each([
    // A removed run directly replaced by an added run of at most three words.
    [
      'The leader said the armored train was in motion toward the border.',
      'The chief stated the armored practice was in motion toward the border.',
      ['leader→chief×1', 'said→stated×1', 'train→practice×1'],
    ],
    // Runs of equal length swap word for word; unequal ones swap as a whole, as written.
    [
      'The deal could boost Russia’s flagging invasion of Ukraine, analysts believe.',
      'The deal might increase Russia’s flagging invasion of Ukraine, analysts believe.',
      ['boost→increase×1', 'could→might×1'],
    ],
    [
      'It was the first trip out of the country three years ago, officials noted.',
      'It was the first trip overseas out of the country three years in the past, officials noted.',
      ['ago→in the past×1'],
    ],
    // Insertions and deletions alone are not substitutions; nor are long rewrites.
    [
      'The minister resigned on Friday after the vote in parliament.',
      'The minister resigned suddenly on Friday after the vote in parliament.',
      [],
    ],
    [
      'The minister resigned on Friday after a long and bitter vote in parliament.',
      'The minister resigned on Friday after the members of the house voted in parliament.',
      [],
    ],
  ])('%j ~ %j', (a, b, expected) => {
    expect(swaps(a, b)).toEqual(expected);
  });

  it('counts swaps across passages, most frequent first, then alphabetically', () => {
    const a =
      'The leader said no to talks with rivals.\n\nThe leader said yes to aid for farmers.\n\nThe war went on for years in the east.';
    const b =
      'The chief stated no to talks with rivals.\n\nThe chief stated yes to aid for farmers.\n\nThe struggle went on for years in the east.';
    expect(swaps(a, b)).toEqual(['leader→chief×2', 'said→stated×2', 'war→struggle×1']);
  });

  it('ignores paraphrase and shared-quote passages', () => {
    const a =
      '“We urge them to abide by the public commitments that Pyongyang has made,” said the spokesperson Adrienne Watson.';
    const b =
      'John Kirby warned the North, telling reporters, “We urge them to honour the public commitments that Pyongyang has made,” and added more.';
    expect(alignTexts(a, b).passages.map((passage) => passage.kind)).toEqual(['shared-quote']);
    expect(swaps(a, b)).toEqual([]);
  });

  it('sorts counted keys', () => {
    const counts = new Map([
      ['b\u0000x', 1],
      ['a\u0000y', 1],
      ['c\u0000z', 3],
    ]);
    expect(sortedSubstitutions(counts)).toEqual([
      { from: 'c', to: 'z', count: 3 },
      { from: 'a', to: 'y', count: 1 },
      { from: 'b', to: 'x', count: 1 },
    ]);
  });
});
