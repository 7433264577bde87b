import { describe, it, expect } from 'vitest';
import { countWords } from './words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\n  ', 0],
    ['one', 1],
    ['Kim Jong-un', 2],
    ['Russia’s', 1],
    ["don't stop", 2],
    ['COVID-19', 1],
    ['U.S. officials', 2],
    ['3.5 percent of 1,000 people', 5],
    ['Content Source: www.washingtontimes.com', 3],
    ['first — and so far only — meeting', 6],
    ['• bullet', 1],
    ['“Quoted,” he said.', 3],
    ['50% or $15 billion', 4],
    ['trailing-', 1],
    ['-leading', 1],
    ['Café crème brûlée', 3],
    ['Ким Чен Ын прибыл в Россию.', 6],
    ['Ο Πούτιν συναντά τον Κιμ', 5],
    ['Zoë’s naïve façade', 3],
    ['Cafe\u0301 decomposed', 2], // combining acute stays inside the word
    ['金正恩 訪問 ロシア', 3], // unspaced scripts: one word per run
    ['𝔸𝔹 😀 ok', 2], // math letters are letters, emoji are not
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
