import { describe, expect, it } from 'vitest';
import { groupQuotes, quoteWords } from './quote-groups';
import type { RecordedQuote } from './source-record';

const quote = (start: number, text: string, speaker: string | null): RecordedQuote => ({
  start,
  end: start + text.length,
  text,
  speaker,
  speakerSpan: null,
});
const byName = (name: string) => name.toLowerCase().split(' ').at(-1) ?? '';

describe('quoteWords', () => {
  it('drops editorial brackets, case and punctuation', () => {
    expect(quoteWords('We urge [North Korea] to cease, now!')).toEqual([
      'we',
      'urge',
      'to',
      'cease',
      'now',
    ]);
  });
});

describe('quoteWords on abbreviations', () => {
  it('reads "U.N." and "U.S." as one word each', () => {
    expect(
      quoteWords('a violation of U.N. Security Council resolutions, U.S. officials said'),
    ).toEqual([
      'a',
      'violation',
      'of',
      'un',
      'security',
      'council',
      'resolutions',
      'us',
      'officials',
      'said',
    ]);
  });
});

describe('groupQuotes: a shared name is not a shared quote', () => {
  it('keeps apart two quotes that share only "U.N. Security Council resolutions"', () => {
    const groups = groupQuotes(
      [
        {
          sourceId: 3,
          label: '#002',
          quotes: [
            quote(
              10,
              'any transfer of arms from North Korea to Russia would be a violation of multiple U.N. Security Council resolutions',
              'Matthew Miller',
            ),
          ],
        },
        {
          sourceId: 4,
          label: '#003',
          quotes: [
            quote(
              20,
              'would directly violate a number of U.N. Security Council resolutions',
              'Karine Jean-Pierre',
            ),
          ],
        },
      ],
      byName,
    );
    expect(groups.filter((group) => group.occurrences.length > 1)).toEqual([]);
  });
});

describe('groupQuotes', () => {
  const watson =
    'We urge the DPRK to abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia';
  const kirby =
    'We urge [North Korea] to cease its arms negotiations with Russia and abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia';

  it('groups one quote across sources by a shared five-word run and flags two speakers', () => {
    const groups = groupQuotes(
      [
        { sourceId: 3, label: '#002', quotes: [quote(10, watson, 'Adrienne Watson')] },
        { sourceId: 5, label: '#004', quotes: [quote(40, kirby, 'John Kirby')] },
      ],
      byName,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.occurrences.map((o) => [o.sourceId, o.speaker])).toEqual([
      [3, 'Adrienne Watson'],
      [5, 'John Kirby'],
    ]);
    expect(groups[0]?.speakerConflict).toBe(
      '#002 credits Adrienne Watson; #004 credits John Kirby',
    );
  });

  it('agrees when the speakers are one person by name key, and matches short quotes exactly', () => {
    const groups = groupQuotes(
      [
        {
          sourceId: 1,
          label: '#1',
          quotes: [
            quote(0, 'one on one if necessary', 'Dmitry S. Peskov'),
            quote(50, 'soon', null),
          ],
        },
        {
          sourceId: 2,
          label: '#2',
          quotes: [quote(5, 'one on one if necessary', 'Peskov'), quote(70, 'very soon', null)],
        },
      ],
      byName,
    );
    const peskov = groups.find((group) => group.text === 'one on one if necessary');
    expect(peskov?.occurrences).toHaveLength(2);
    expect(peskov?.speakerConflict).toBeNull();
    expect(groups.filter((group) => /soon/.test(group.text))).toHaveLength(2);
  });

  it('puts quotes said in more sources first', () => {
    const groups = groupQuotes(
      [
        {
          sourceId: 1,
          label: '#1',
          quotes: [
            quote(0, 'alone in one report only', null),
            quote(40, 'said by both of the reports here', null),
          ],
        },
        { sourceId: 2, label: '#2', quotes: [quote(0, 'said by both of the reports here', null)] },
      ],
      byName,
    );
    expect(groups.map((group) => group.occurrences.length)).toEqual([2, 1]);
  });
});
