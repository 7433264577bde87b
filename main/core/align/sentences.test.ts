import { describe, expect, it } from 'vitest';
import {
  MAX_QUOTATION_KEPT_WHOLE,
  MAX_SENTENCE_LENGTH,
  segmentText,
  splitSentences,
} from './sentences';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['No end at all', ['No end at all']],
    ['Is it over? Nobody knows! Really.', ['Is it over?', 'Nobody knows!', 'Really.']],
    // Titles before names never end a sentence.
    ...[
      'Mr.',
      'Mrs.',
      'Ms.',
      'Dr.',
      'Gov.',
      'Adm.',
      'Gen.',
      'Sen.',
      'Rep.',
      'Lt.',
      'Col.',
      'Sgt.',
      'Capt.',
      'St.',
      'Prof.',
    ].map((title): [string, string[]] => [
      `They met ${title} Kim there. Then they left.`,
      [`They met ${title} Kim there.`, 'Then they left.'],
    ]),
    // Suffixes, company forms and months end a sentence only before a function word.
    ...['Jr.', 'Sr.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'etc.'].map(
      (abbreviation): [string, string[]] => [
        `It went to Smith ${abbreviation} Holdings. It went to Smith ${abbreviation} The end.`,
        [
          `It went to Smith ${abbreviation} Holdings.`,
          `It went to Smith ${abbreviation}`,
          'The end.',
        ],
      ],
    ),
    ...['Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'].map(
      (month): [string, string[]] => [
        `On ${month} 12 he came. He saw.`,
        [`On ${month} 12 he came.`, 'He saw.'],
      ],
    ),
    [
      'The score was 3 vs. 2 at the end. Fans left.',
      ['The score was 3 vs. 2 at the end.', 'Fans left.'],
    ],
    ['He ranked No. 1 again. Then he fell.', ['He ranked No. 1 again.', 'Then he fell.']],
    ['The answer was no. Nobody argued.', ['The answer was no.', 'Nobody argued.']],
    // Dotted acronyms.
    ['U.S. officials said so. Others did not.', ['U.S. officials said so.', 'Others did not.']],
    ['It went to the U.N. Security Council.', ['It went to the U.N. Security Council.']],
    ['The U.K. and the E.U. agreed. Talks end.', ['The U.K. and the E.U. agreed.', 'Talks end.']],
    ['Arms went to the U.S. The deal held.', ['Arms went to the U.S.', 'The deal held.']],
    // Initials.
    ['Dmitry S. Peskov spoke. Later he left.', ['Dmitry S. Peskov spoke.', 'Later he left.']],
    ['J. R. R. Tolkien wrote it. Fans agree.', ['J. R. R. Tolkien wrote it.', 'Fans agree.']],
    // Numbers.
    ['It rose 3.5 percent. Then it fell.', ['It rose 3.5 percent.', 'Then it fell.']],
    ['It cost $15 billion. Nobody paid.', ['It cost $15 billion.', 'Nobody paid.']],
    ['It was 1,000.5 tons. Done.', ['It was 1,000.5 tons.', 'Done.']],
    // Ellipses.
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['He paused… then went on. Fine.', ['He paused… then went on.', 'Fine.']],
    // Closing quotes and brackets after the terminal belong to the sentence.
    ['“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['He asked, "Why?" She left.', ['He asked, "Why?"', 'She left.']],
    ['(It was late.) They slept.', ['(It was late.)', 'They slept.']],
    ['He said ‘no.’ Then he left.', ['He said ‘no.’', 'Then he left.']],
    // No break inside an open quotation, curly or straight.
    [
      '“Is Russia going to pay? Probably not. It is poor,” he said. Then he left.',
      ['“Is Russia going to pay? Probably not. It is poor,” he said.', 'Then he left.'],
    ],
    [
      'He said: "We are ready. We will go." Then he left.',
      ['He said: "We are ready. We will go."', 'Then he left.'],
    ],
    ['“Why?” he asked. Nobody knew.', ['“Why?” he asked.', 'Nobody knew.']],
    // An unclosed quotation does not swallow the rest of the paragraph.
    ['He said “soon. Then nothing. Done.', ['He said “soon.', 'Then nothing.', 'Done.']],
    ['It is the end. and lowercase goes on.', ['It is the end. and lowercase goes on.']],
    // Line breaks are hard boundaries, whatever precedes them.
    ['A line without end\nNext line', ['A line without end', 'Next line']],
    ['One “open\nquote” here.', ['One “open', 'quote” here.']],
    ['Windows line.\r\nNext line.\r\n\r\nLast.', ['Windows line.', 'Next line.', 'Last.']],
    ['  Padded sentence.  Next one.  ', ['Padded sentence.', 'Next one.']],
    ['金正恩が到着した。会談は明日。', ['金正恩が到着した。', '会談は明日。']],
    ['Ким прибыл. Путин ждал.', ['Ким прибыл.', 'Путин ждал.']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('segmentText', () => {
  it('cuts a sentence too long to score at clause punctuation, else at spaces', () => {
    const clause = 'word '.repeat(60).trim();
    const long = Array.from({ length: 8 }, () => clause).join('; ');
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ')).toBe(long);
    expect(pieces.every((piece) => piece.length <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith(';'))).toBe(true);
    const unbroken = '😀'.repeat(MAX_SENTENCE_LENGTH);
    expect(splitSentences(unbroken).join('')).toBe(unbroken);
    expect(splitSentences('word '.repeat(500)).every((p) => p.length <= MAX_SENTENCE_LENGTH)).toBe(
      true,
    );
  });

  it('numbers paragraphs by non-empty line, for single and blank-line breaks alike', () => {
    const text = 'First one. First two.\n\nSecond.\n   \nThird.\nFourth.';
    const { sentences } = segmentText(text);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1, 2, 3]);
  });

  it('gives UTF-16 offsets into the text as given', () => {
    const text = '\r\n😀 Emoji first. Then more.';
    const { sentences } = segmentText(text);
    expect(sentences.map(({ start, end }) => [start, end])).toEqual([
      [2, 17],
      [18, 28],
    ]);
  });

  it('splits a quotation longer than a few sentences (a speech, or copied text inside quotes)', () => {
    const inside = Array.from(
      { length: 6 },
      (_, index) => `The minister gave figure number ${index} for the harbour works this spring.`,
    ).join(' ');
    expect(inside.length).toBeGreaterThan(MAX_QUOTATION_KEPT_WHOLE);
    expect(splitSentences(`He said: “${inside}” Then he left.`)).toHaveLength(7);
    // A short quotation stays whole with its attribution.
    expect(splitSentences('“We came. We saw,” he said. Then he left.')).toEqual([
      '“We came. We saw,” he said.',
      'Then he left.',
    ]);
  });

  it('reads a hard-wrapped text as paragraphs whose sentences cross line breaks', () => {
    const line = 'the harbour authority said the works would last until the spring';
    const text = `${[1, 2, 3, 4].map((n) => `Line ${n} of ${line}`).join('\n')}.\n\nNext paragraph.`;
    const { sentences } = segmentText(text);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1]);
    expect(text.slice(sentences[0]?.start, sentences[0]?.end)).toContain('spring\nLine 2');
  });

  it('finds the quotations of each line', () => {
    const text = '“One,” he said, ‘two’ and "three".\n“Unclosed';
    const quotes = segmentText(text).quotes.map(({ open, close }) => text.slice(open + 1, close));
    expect(quotes).toEqual(['One,', 'two', 'three']);
  });
});
