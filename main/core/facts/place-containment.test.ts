// Places the case's texts say hold other places.

import { describe, expect, it } from 'vitest';
import { compareFacts } from './discrepancies';
import { PlaceContainment, placeStem } from './place-containment';

describe('placeStem', () => {
  it.each([
    ['Eastern', 'east'],
    ['Russian', 'russia'],
    ['Korean', 'korea'],
    ['Russia’s', 'russia'],
    ['Vladivostok', 'vladivostok'],
  ])('%s → %s', (word, stem) => {
    expect(placeStem(word)).toBe(stem);
  });
});

describe('PlaceContainment', () => {
  const places = new PlaceContainment();
  places.add('Kim is on his way to the Russian Far Eastern city of Vladivostok, officials said.');
  places.add('Putin will host an event in Russia’s Far Eastern port of Nakhodka.');

  it('reads "the <region> city of <place>" as the place lying in the region', () => {
    expect(places.holds(['russian', 'far', 'east'], ['vladivostok'])).toBe(true);
    expect(places.holds(['far', 'east'], ['vladivostok'])).toBe(true);
    expect(places.holds(['russia'], ['nakhodka'])).toBe(true);
  });

  it('says nothing it was not told, and not the other way round', () => {
    expect(places.holds(['vladivostok'], ['russian', 'far', 'east'])).toBe(false);
    expect(places.holds(['siberia'], ['vladivostok'])).toBe(false);
    expect(places.holds(['russian', 'far', 'east'], ['pyongyang'])).toBe(false);
  });

  it('keeps a hostile text cheap: at most 200 relations from one text', () => {
    const many = new PlaceContainment();
    many.add('the Big city of Town. '.repeat(5000));
    expect(many.holds(['big'], ['town'])).toBe(true);
  });
});

describe('compareFacts with the places a case states', () => {
  const a = 'Putin will meet Kim in Vladivostok, the Kremlin said on Monday.';
  const b = 'Putin will meet Kim in the Russian Far East, the Kremlin said on Monday.';

  it('lists a place against the larger place that holds it when nothing says so', () => {
    expect(compareFacts(a, b).map((found) => found.difference.description)).toEqual([
      'Vladivostok ≠ Russian Far East',
    ]);
  });

  it('does not list them when a text of the case says the one lies in the other', () => {
    const places = new PlaceContainment();
    places.add('Kim is heading to the Russian Far Eastern city of Vladivostok.');
    expect(compareFacts(a, b, places)).toEqual([]);
  });

  it('still lists two places neither of which holds the other', () => {
    const places = new PlaceContainment();
    places.add('Kim is heading to the Russian Far Eastern city of Vladivostok.');
    const c = 'Putin will meet Kim in Moscow, the Kremlin said on Monday.';
    expect(compareFacts(a, c, places).map((found) => found.difference.description)).toEqual([
      'Vladivostok ≠ Moscow',
    ]);
  });
});
