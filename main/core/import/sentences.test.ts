import { describe, it, expect } from 'vitest';
import { firstSentence } from './sentences';

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['No end at all', 'No end at all'],
    ['Mr. Kim arrived. Then he left.', 'Mr. Kim arrived.'],
    ['Dmitry S. Peskov spoke. Later he left.', 'Dmitry S. Peskov spoke.'],
    ['U.S. officials said so. Others did not.', 'U.S. officials said so.'],
    ['On Sept. 12 he came. He saw.', 'On Sept. 12 he came.'],
    ['Is it over? Nobody knows.', 'Is it over?'],
    ['“We will win.” He smiled.', '“We will win.”'],
    ['It rose 3.5 percent. Then it fell.', 'It rose 3.5 percent.'],
    ['He said no. “Never,” he added.', 'He said no.'],
    [
      'It is the end. and lowercase does not start a sentence.',
      'It is the end. and lowercase does not start a sentence.',
    ],
    ['Wait... What happened?', 'Wait...'],
    ['  Padded sentence.  Next one.', 'Padded sentence.'],
    ['He ranked No. 1 again. Then he fell.', 'He ranked No. 1 again.'],
    ['The answer was no. Nobody argued.', 'The answer was no.'],
  ])('%j → %j', (paragraph, expected) => {
    expect(firstSentence(paragraph)).toBe(expected);
  });
});
