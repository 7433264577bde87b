// The case-level facts from records: the incremental path (only pairs with a new source
// compared, earlier discrepancies reused) gives what a full computation gives.

import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { computeCaseFacts, type FactsSource } from './case-facts';
import { pairSentences } from './sentence-pairs';
import { extractSourceRecord } from './source-record';

const texts = readSeeds();
const sources: FactsSource[] = texts.map((text, index) => ({
  id: index + 1,
  label: `#00${index}`,
  outlet: index === 2 ? 'AP' : '',
  agency: '',
  text,
}));
const records = new Map(
  sources.map((source) => [source.id, extractSourceRecord(source.text, null)]),
);

describe('computeCaseFacts', { timeout: 60_000 }, () => {
  it('finds lunch ≠ dinner between 002 and 003, traced to Peskov in both', () => {
    const facts = computeCaseFacts({ sources, records, edits: [] });
    const meal = facts.discrepancies.find((d) => d.description === 'lunch ≠ dinner');
    expect(meal?.a.sourceId).toBe(3);
    expect(meal?.b.sourceId).toBe(4);
    const cites = facts.attributions.filter((a) => a.kind === 'citation');
    expect(cites.map((a) => [a.sourceId, a.citedSourceIds])).toContainEqual([4, [3]]);
  });

  it('does not list Vladivostok against the Russian Far East: 000 says the city lies there', () => {
    const facts = computeCaseFacts({ sources, records, edits: [] });
    const places = facts.discrepancies.filter((d) => /Vladivostok/u.test(d.description));
    expect(places).toEqual([]);
  });

  it('adding sources to a previous computation gives the full computation’s discrepancies', () => {
    const full = computeCaseFacts({ sources, records, edits: [] });
    const first = computeCaseFacts({ sources: sources.slice(0, 3), records, edits: [] });
    const added = computeCaseFacts({
      sources,
      records,
      edits: [],
      previous: { sourceIds: [1, 2, 3], discrepancies: first.discrepancies },
    });
    expect(added.discrepancies).toEqual(full.discrepancies);
    // A removed source's discrepancies go with it.
    const fewer = computeCaseFacts({
      sources: sources.filter((source) => source.id !== 4),
      records,
      edits: [],
      previous: { sourceIds: [1, 2, 3, 4, 5], discrepancies: full.discrepancies },
    });
    expect(fewer.discrepancies.some((d) => d.a.sourceId === 4 || d.b.sourceId === 4)).toBe(false);
  });
});

describe('pairSentences', () => {
  const sentence = (
    sourceId: number,
    text: string,
    originatorKey: string | null = null,
    context = '',
  ) => ({
    sourceId,
    text,
    context,
    originatorKey,
  });

  it('pairs paraphrases across sources, never within one', () => {
    const pairs = pairSentences([
      sentence(1, 'The factory in Leeds will close in March with the loss of 300 jobs.'),
      sentence(2, 'The Leeds factory will close in April, with 300 jobs lost.'),
      sentence(
        1,
        'The Leeds factory will close in March with the loss of 300 jobs, the union said.',
      ),
      sentence(3, 'Shares in the bank rose sharply on Tuesday after results.'),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.via])).toEqual([
      [0, 1, 'paraphrase'],
      [1, 2, 'paraphrase'],
    ]);
  });

  it('pairs sentences crediting the same originator on the same subject', () => {
    const pairs = pairSentences([
      sentence(
        1,
        'He added that the meeting would include a lunch in Kim’s honor.',
        'peskov',
        'Peskov said Putin and Kim will meet after the forum.',
      ),
      sentence(
        2,
        'Peskov told reporters that Kim and Putin will meet, with talks and a dinner.',
        'peskov',
      ),
      sentence(3, 'Peskov said the weather in Moscow was cold.', 'peskov'),
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.via])).toEqual([[0, 1, 'originator']]);
  });

  it('with isNew, pairs only those involving a new sentence', () => {
    const all = [
      sentence(1, 'The factory in Leeds will close in March with the loss of 300 jobs.'),
      sentence(2, 'The Leeds factory will close in April, with 300 jobs lost.'),
      sentence(3, 'The Leeds factory closes in May and 300 jobs will be lost.'),
    ];
    expect(pairSentences(all, (index) => index === 2).every((p) => p.b === 2 || p.a === 2)).toBe(
      true,
    );
  });
});
