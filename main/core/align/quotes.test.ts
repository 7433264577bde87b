import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';

function quoted(text: string): [string, boolean][] {
  return findQuotes(text, 0, text.length).map((quote) => [
    text.slice(quote.open + 1, quote.close),
    quote.double,
  ]);
}

describe('findQuotes', () => {
  it.each<[string, [string, boolean][]]>([
    ['“Soon,” he said.', [['Soon,', true]]],
    [
      'He said "yes" and "no".',
      [
        ['yes', true],
        ['no', true],
      ],
    ],
    ['„Ja“, sagte er.', [['Ja', true]]],
    ['« Oui », dit-il.', [[' Oui ', true]]],
    ['「はい」と言った。', [['はい', true]]],
    ['He called it ‘a farce’ today.', [['a farce', false]]],
    ["He called it 'a farce' today.", [['a farce', false]]],
    ['“It’s Russia’s war,” he said.', [['It’s Russia’s war,', true]]],
    [
      '“He said ‘never’ twice,” she said.',
      [
        ['He said ‘never’ twice,', true],
        ['never', false],
      ],
    ],
    // Apostrophes are not quotation marks.
    ['Russia’s war and the Russians’ tanks', []],
    ["back in the '90s, they said", []],
    // An unclosed quotation is no quotation; a second opener restarts it.
    ['“Unclosed and then some', []],
    ['“One “two,” he said.', [['two,', true]]],
    ['A stray ” mark.', []],
    // Straight quotes face the text they touch: an unclosed one does not shift the pairing.
    [
      'He went on: this is the end." She said. Earlier, she told the BBC: "We will see."',
      [['We will see.', true]],
    ],
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
