import { describe, expect, it } from 'vitest';
import { prepareText, Vocabulary } from '../align';
import { sentenceSets } from './sentence-sets';

describe('sentenceSets', () => {
  const vocabulary = new Vocabulary();
  const sets = (text: string) => sentenceSets(prepareText(text, vocabulary));

  it('gives one sorted, duplicate-free set of content features per sentence', () => {
    const result = sets(
      'Markets rallied in Tokyo as markets rallied in Seoul. Shares in Sony jumped after results beat forecasts!',
    );
    expect(result).toHaveLength(2);
    for (const set of result) expect([...set]).toEqual([...new Set(set)].sort((x, y) => x - y));
    expect(result[0]).toHaveLength(4); // markets, rallied, tokyo, seoul
  });

  it('fingerprints a re-cased, re-punctuated copy like the original', () => {
    expect(sets('The leaders met in SEOUL, on Monday!')).toEqual(
      sets('the leaders met in Seoul on monday.'),
    );
  });

  it('does not depend on the order texts were prepared in', () => {
    const text = 'Officials in Moscow confirmed the visit by the Korean leader.';
    const late = sets(text);
    expect(sentenceSets(prepareText(text, new Vocabulary()))).toEqual(late);
  });

  it('shares features across texts prepared with one vocabulary, and drops function words', () => {
    const [first] = sets('Officials in Moscow confirmed the visit.');
    const [second] = sets('The visit was confirmed by officials.');
    const shared = [...(first ?? [])].filter((id) => second?.includes(id));
    expect(shared).toHaveLength(3); // officials, confirmed, visit
    expect(sets('It is what it was.')[0]).toEqual(new Uint32Array(0));
  });
});
