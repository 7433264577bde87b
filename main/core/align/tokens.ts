// Matching tokens of a text: its word parts as vocabulary ids, with runs of number words
// merged into one digit token ("seventy fifth" → 75th) that spans the words it replaced.

import { readNumberPhrase, type NumberPhraseSource } from './number-words';
import type { Vocabulary } from './vocabulary';
import { isPhraseGap, scanWordParts } from './word-scanner';

export interface Tokens {
  count: number;
  ids: Int32Array;
  /** UTF-16 offsets into the text. */
  starts: Int32Array;
  ends: Int32Array;
  /** Word characters (code points) in each token. */
  characters: Int32Array;
}

/** Tokenises `text`, adding new forms to `vocabulary`. */
export function tokenize(text: string, vocabulary: Vocabulary): Tokens {
  const parts = scanWordParts(text);
  const partIds = new Int32Array(parts.count);
  for (let part = 0; part < parts.count; part++) {
    partIds[part] = vocabulary.idOfWord(text.slice(parts.starts[part], parts.ends[part]));
  }
  const source: NumberPhraseSource = {
    count: parts.count,
    word: (part) => vocabulary.numberOf(partIds[part] ?? -1),
    joins: (part) => isPhraseGap(text, parts.ends[part - 1] ?? 0, parts.starts[part] ?? 0),
  };

  const ids = new Int32Array(parts.count);
  const starts = new Int32Array(parts.count);
  const ends = new Int32Array(parts.count);
  const characters = new Int32Array(parts.count);
  let count = 0;
  for (let part = 0; part < parts.count;) {
    const id = partIds[part] ?? 0;
    let length = 1;
    let tokenId = id;
    if (vocabulary.numberOf(id) !== null) {
      const phrase = readNumberPhrase(source, part);
      if (phrase.length > 0) {
        length = phrase.length;
        tokenId = vocabulary.idOf(phrase.digits);
      }
    }
    let letters = 0;
    for (let inner = part; inner < part + length; inner++) letters += parts.characters[inner] ?? 0;
    ids[count] = tokenId;
    starts[count] = parts.starts[part] ?? 0;
    ends[count] = parts.ends[part + length - 1] ?? 0;
    characters[count] = letters;
    count++;
    part += length;
  }
  return {
    count,
    ids: ids.subarray(0, count),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    characters: characters.subarray(0, count),
  };
}
