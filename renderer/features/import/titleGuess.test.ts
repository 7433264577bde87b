import { describe, expect, it } from 'vitest';
import { titleGuess } from './titleGuess';

const wrappedLead = [
  'Inspectors closed the river bridge on Wednesday after finding a crack in',
  'a support beam, the council said, and traffic will be diverted through',
  'the town centre until engineers have decided whether it can be repaired',
  'or must be replaced, which could take until the end of the year.',
].join('\n');

describe('titleGuess', () => {
  it.each([
    ['a headline over a blank line', 'Bridge closed\n\nInspectors closed it.', 'Bridge closed'],
    ['a headline over the body', 'Bridge closed\nInspectors closed it.', 'Bridge closed'],
    ['nothing for a hard-wrapped lead', wrappedLead, ''],
    ['a headline over a hard-wrapped lead', `Bridge closed\n\n${wrappedLead}`, 'Bridge closed'],
    ['nothing for empty text', '  \n ', ''],
    ['nothing for a first paragraph too long for a headline', 'word '.repeat(40), ''],
  ])('%s', (_, text, expected) => {
    expect(titleGuess(text)).toBe(expected);
  });
});
