// Each passage kind on small made-up sentence pairs, through the whole engine.

import { describe, expect, it } from 'vitest';
import type { PassageKind } from '../../../preload/contract';
import { sliceByCodePoints } from '../text/code-points';
import { alignTexts } from './align';

/** Kinds of the passages two texts share, with the A and B text of each. */
function passages(a: string, b: string): [PassageKind, string, string][] {
  return alignTexts(a, b).passages.map((passage) => [
    passage.kind,
    sliceByCodePoints(a, passage.a.start, passage.a.end),
    sliceByCodePoints(b, passage.b.start, passage.b.end),
  ]);
}

const kinds = (a: string, b: string) => passages(a, b).map(([kind]) => kind);

describe('passage kinds', () => {
  it.each([
    // Verbatim: the same tokens in the same order; case, punctuation and spacing may differ.
    [
      'The minister resigned on Friday after the vote.',
      'the minister resigned on friday, after the vote!',
      'verbatim',
    ],
    [
      'U.S. officials met “in secret” in Geneva.',
      'US officials met in secret in Geneva',
      'verbatim',
    ],
    [
      'Café owners protested in Zürich today.',
      'Cafe owners protested in Zurich today.',
      'verbatim',
    ],
    // Spun: synonyms swapped, number words for digits, small insertions or deletions.
    [
      'North Korean leader Kim Jong-un is reportedly on his way to the Russian city of Vladivostok.',
      'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian metropolis of Vladivostok.',
      'spun',
    ],
    [
      'The two leaders would meet one on one if necessary, the Kremlin said in a report.',
      'The 2 leaders would meet one on one if needed, the Kremlin stated in a short report.',
      'spun',
    ],
    [
      'South Korean officials said the armored train was heading for the border with Russia.',
      'South Korean officers stated the armored practice was heading for the frontier with Russia.',
      'spun',
    ],
    // One figure edited: alone, two reporters' stock sentence; a spin only inside a copy.
    [
      'The central bank raised its main rate to 4.75% on Thursday, the highest in years.',
      'The central bank raised its main rate to 5.25% on Thursday, the highest in years.',
      'paraphrase',
    ],
    // Shared quote: the same quoted words, attributed to different people.
    [
      '“We urge them to abide by the public commitments they have made,” said the spokesperson Adrienne Watson.',
      'John Kirby warned the North, telling reporters, “We urge them to abide by the public commitments they have made,” and added more.',
      'shared-quote',
    ],
    // Paraphrase: the same content reworded, with rare words in common but little order.
    [
      'Kim is accompanied by Jo Chun Ryong, a ruling party official in charge of munitions policies who joined recent tours of factories, officials said.',
      'According to the ministry, Jo Chun-ryong, the party official in charge of munitions policies, has joined Mr. Kim on the trip.',
      'paraphrase',
    ],
  ])('%j ~ %j is %s', (a, b, kind) => {
    expect(kinds(a, b)).toEqual([kind]);
  });

  it.each([
    // Same frame, different facts.
    ['Mr. Kim arrived on Monday.', 'Mr. Putin arrived on Sunday.'],
    // The same names in unrelated sentences about one story.
    [
      'Mr. Putin met Mr. Kim in Vladivostok in 2019 for a summit.',
      'Mr. Kim wants food from Mr. Putin, while Vladivostok hosts the forum.',
    ],
    // A similar frame rewritten by whole clauses is not a spin.
    [
      'Mr. Putin is hosting the four-day Eastern Economic Forum, a pet project of his, in the port city, Moscow’s outpost on the distant edge of the Russian Far East.',
      'Mr. Putin is currently hosting a regular event in Vladivostok, the Eastern Economic Forum, designed to induce investment in the vast, underdeveloped spaces of the Russian Far East.',
    ],
    // One long name in common is not a paraphrase.
    [
      'In July, Russian Defense Minister Sergei Shoigu made a surprise visit to North Korea.',
      'Russian Defense Minister Sergei Shoigu is with Mr. Putin.',
    ],
    // A name or a number replaced by another is another fact, not a spin.
    [
      'Mr Ebbers has pleaded not guilty to charges of fraud and conspiracy.',
      'Mr Myers has already pleaded guilty to fraud and is assisting prosecutors.',
    ],
    [
      'Prices rose 5% in March, the statistics office said.',
      'Prices rose 7% in May, the statistics office said.',
    ],
    // Two short headlines of one shape.
    ['Greene sets sights on world title', 'Bekele sets sights on world mark'],
    // Idioms in quotation marks are not a shared quote.
    [
      'He said: “We find it hard to believe that the vote was fair,” and left the room.',
      'She added, “I find it hard to believe that these conditions have been met,” on Monday.',
    ],
    // One sentence adds a claim of its own: not the same content (paraphrase needs each side to
    // say mostly what the other says).
    [
      'Consumer spending accounts for about two thirds of all economic activity in the US.',
      'A fall in consumer spending, which makes up about two-thirds of all US economic activity, could help limit the extent of any future interest rate rises.',
    ],
    // Short shared quotations are not a shared quote.
    ['He said it would come “soon,” officials said.', 'She wrote that it was “soon,” in a letter.'],
  ])('%j ~ %j share nothing', (a, b) => {
    expect(kinds(a, b)).toEqual([]);
  });

  it('calls a sentence with a figure edited spun inside a copied run', () => {
    const before = 'Analysts had expected a smaller move after the summer slowdown in lending.';
    expect(
      kinds(
        `${before} The central bank raised its main rate to 4.75% on Thursday, the highest in years.`,
        `${before} The central bank raised its main rate to 5.25% on Thursday, the highest in years.`,
      ),
    ).toEqual(['spun']);
  });

  it.each([
    [
      'The company said it would evaluate all proposals.',
      'The company said it would carefully evaluate all the proposals.',
    ],
    [
      'Police said the investigation was continuing.',
      'Police said the investigation is continuing.',
    ],
  ])("keeps two writers' stock sentence a paraphrase at most: %j ~ %j", (a, b) => {
    expect(kinds(a, b).filter((kind) => kind === 'spun' || kind === 'verbatim')).toEqual([]);
  });

  it('spans a shared quote on the quoted words only', () => {
    const [[kind, a, b] = []] = passages(
      'She said: “The talks will resume next week in Geneva with both sides present.” Nobody else spoke.',
      'The talks will resume? “The talks will resume next week in Geneva with both sides present,” a diplomat told reporters on Monday.',
    );
    expect(kind).toBe('shared-quote');
    expect(a).toBe('The talks will resume next week in Geneva with both sides present');
    expect(b).toBe('The talks will resume next week in Geneva with both sides present');
  });

  it('keeps a spun sentence spun when its quotation is unchanged', () => {
    expect(
      kinds(
        '“Giving military technologies to North Korea is a dangerous step,” he said.',
        '“Giving military technologies to North Korea is a dangerous step,” he stated.',
      ),
    ).toEqual(['spun']);
  });

  it('keeps a short spun sentence next to other copying', () => {
    const a =
      'Upcoming summitry may offer some clues. The two leaders will meet in Vladivostok soon.';
    const b =
      'Upcoming summitry might supply some clues. The 2 leaders will meet in Vladivostok soon.';
    expect(kinds(a, b)).toEqual(['spun']);
    expect(
      kinds(
        'Upcoming summitry may offer some clues.',
        'Upcoming summitry might supply some clues.',
      ),
    ).toEqual([]);
  });

  it('merges consecutive sentence pairs of one paragraph into one passage', () => {
    const a =
      'The bank raised rates on Monday. Markets fell sharply afterwards. Analysts were surprised.';
    const b =
      'The bank raised rates on Monday. Markets dropped sharply afterwards. Analysts were surprised.';
    expect(passages(a, b)).toEqual([['spun', a.slice(0, -1), b.slice(0, -1)]]);
  });

  it('makes one passage of a copied run across a paragraph break, keeps reordered pairs apart', () => {
    const a = 'The bank raised rates on Monday.\n\nMarkets fell sharply afterwards in Asia.';
    const b = 'The bank raised rates on Monday. Markets fell sharply afterwards in Asia.';
    expect(kinds(a, b)).toEqual(['verbatim']);
    const reordered = 'Markets fell sharply afterwards in Asia. The bank raised rates on Monday.';
    expect(kinds(b, reordered)).toEqual(['verbatim', 'verbatim']);
  });

  it('aligns each sentence with at most one other', () => {
    const a = 'The bank raised rates on Monday.';
    const b = 'The bank raised rates on Monday. The bank raised rates on Monday.';
    expect(kinds(a, b)).toEqual(['verbatim']);
    expect(kinds(b, a)).toEqual(['verbatim']);
  });
});
