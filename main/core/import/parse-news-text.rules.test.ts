import { describe, it, expect } from 'vitest';
import type { SourceMetadata } from '../../../preload/contract';
import { sliceByCodePoints } from '../text/code-points';
import { parseNewsText, type ParsedSource } from './parse-news-text';

// Small made-up articles, one rule each. The seed articles are covered in parse-news-text.test.ts.

function paragraphTexts(parsed: ParsedSource): string[] {
  return parsed.paragraphs.map((span) => sliceByCodePoints(parsed.text, span.start, span.end));
}

interface RuleCase {
  name: string;
  raw: string;
  metadata?: Partial<SourceMetadata>;
  titleDerived?: boolean;
  paragraphs: string[];
  removedLines?: string[];
}

const cases: RuleCase[] = [
  {
    name: 'title line, BOM and CRLF',
    raw: '\ufeffKim arrives in Russia\r\n\r\nKim arrived on Tuesday.\r\nHe met Putin.\r\n',
    metadata: { title: 'Kim arrives in Russia' },
    titleDerived: false,
    paragraphs: ['Kim arrived on Tuesday.', 'He met Putin.'],
  },
  {
    name: 'title repeated with typographic quotes, more than once',
    raw: 'Kim’s “big” trip\nKim\'s "big"  trip\nKIM’S “BIG” TRIP\nKim left.\nHe came back.',
    metadata: { title: 'Kim’s “big” trip' },
    titleDerived: false,
    paragraphs: ['Kim left.', 'He came back.'],
  },
  {
    name: 'a repeated first line is the title even when it ends with a question mark',
    raw: 'Will Kim meet Putin?\n\nWill Kim meet Putin?\n\nThey may meet this week.',
    metadata: { title: 'Will Kim meet Putin?' },
    titleDerived: false,
    paragraphs: ['They may meet this week.'],
  },
  {
    name: 'a single question line is not a title',
    raw: 'Will Kim meet Putin?\nThey may meet this week, officials in Seoul said on Monday.',
    metadata: { title: 'Will Kim meet Putin?' },
    titleDerived: true,
    paragraphs: [
      'Will Kim meet Putin?',
      'They may meet this week, officials in Seoul said on Monday.',
    ],
  },
  {
    name: 'a long paragraph pasted twice is not a title',
    raw: `${'Kim arrived in Russia on a long journey '.repeat(6)}\n${'Kim arrived in Russia on a long journey '.repeat(6)}\nMore.`,
    titleDerived: true,
    paragraphs: [
      'Kim arrived in Russia on a long journey '.repeat(6).trim(),
      'Kim arrived in Russia on a long journey '.repeat(6).trim(),
      'More.',
    ],
  },
  {
    name: 'a short dateline lead is not a title',
    raw: 'SEOUL — Kim arrives in Russia\nMore follows.',
    metadata: { title: 'Kim arrives in Russia', dateline: 'SEOUL' },
    titleDerived: true,
    paragraphs: ['Kim arrives in Russia', 'More follows.'],
  },
  {
    name: 'a byline first line is not a title',
    raw: 'By Jane Doe\nKim arrived in Russia.',
    metadata: { title: 'Kim arrived in Russia', byline: 'Jane Doe' },
    titleDerived: true,
    paragraphs: ['Kim arrived in Russia.'],
    removedLines: ['By Jane Doe'],
  },
  {
    name: 'a title with no text after it is the body',
    raw: 'Kim arrives in Russia',
    metadata: { title: 'Kim arrives in Russia' },
    titleDerived: true,
    paragraphs: ['Kim arrives in Russia'],
  },
  {
    name: '"By" byline under the title, with agency',
    raw: 'Kim arrives\n\nBy Jane Doe and John Roe, Associated Press\n\nKim arrived.\n\nHe met Putin.',
    metadata: { title: 'Kim arrives', byline: 'Jane Doe and John Roe', agency: 'AP' },
    paragraphs: ['Kim arrived.', 'He met Putin.'],
    removedLines: ['By Jane Doe and John Roe, Associated Press'],
  },
  {
    name: 'byline with a full date gives the publication date',
    raw: 'Kim arrives\nBy Jane Doe | Sept. 12, 2023\nKim arrived.',
    metadata: { byline: 'Jane Doe', publishedDate: '2023-09-12' },
    paragraphs: ['Kim arrived.'],
    removedLines: ['By Jane Doe | Sept. 12, 2023'],
  },
  {
    name: '"(Reuters) -" dateline',
    raw: 'SEOUL (Reuters) - Kim arrived in Russia on Tuesday. He met Putin.\nMore follows.',
    metadata: {
      title: 'Kim arrived in Russia on Tuesday',
      dateline: 'SEOUL',
      agency: 'Reuters',
    },
    titleDerived: true,
    paragraphs: ['Kim arrived in Russia on Tuesday. He met Putin.', 'More follows.'],
  },
  {
    name: 'agency without a place',
    raw: '(AP) — Kim arrived.\nMore follows.',
    metadata: { dateline: '', agency: 'AP' },
    paragraphs: ['Kim arrived.', 'More follows.'],
  },
  {
    name: 'an ordinary first sentence is not a dateline',
    raw: 'North Korean leader Kim — who rarely travels — arrived in Russia. He met Putin.\nMore.',
    metadata: {
      dateline: '',
      agency: '',
      title: 'North Korean leader Kim — who rarely travels — arrived in Russia',
    },
    paragraphs: [
      'North Korean leader Kim — who rarely travels — arrived in Russia. He met Putin.',
      'More.',
    ],
  },
  {
    name: 'a capitalised but mixed-case place is not a dateline',
    raw: 'Seoul — The capital was quiet on Tuesday.\nMore.',
    metadata: { dateline: '' },
    paragraphs: ['Seoul — The capital was quiet on Tuesday.', 'More.'],
  },
  {
    name: 'trailing furniture goes, in order; an attribution URL is not the outlet',
    raw: 'Kim arrived.\nHe left.\n• The AP contributed to this report.\nSource: www.example.com\nFollow us on X',
    metadata: { outlet: '', attribution: 'Source: www.example.com' },
    paragraphs: ['Kim arrived.', 'He left.'],
    removedLines: [
      '• The AP contributed to this report.',
      'Source: www.example.com',
      'Follow us on X',
    ],
  },
  {
    name: 'header lines come before footer lines in removedLines',
    raw: 'Kim arrives\nEditor’s note: Updated with details.\nKim arrived.\n© 2023 Example Media',
    paragraphs: ['Kim arrived.'],
    removedLines: ['Editor’s note: Updated with details.', '© 2023 Example Media'],
  },
  {
    name: 'a personal mail address does not name the outlet',
    raw: 'Kim arrived.\nJane Doe can be reached at jane@gmail.com.',
    metadata: { byline: 'Jane Doe', outlet: '' },
    paragraphs: ['Kim arrived.'],
  },
  {
    name: 'furniture-looking lines in the middle stay',
    raw: 'Kim arrived.\nSign up for the draft, he urged.\nHe left.',
    paragraphs: ['Kim arrived.', 'Sign up for the draft, he urged.', 'He left.'],
    removedLines: [],
  },
  {
    name: 'a body of only furniture-looking lines is kept whole',
    raw: '• Please read our comment policy before commenting.\n• Sign up for our newsletter',
    paragraphs: [
      '• Please read our comment policy before commenting.',
      '• Sign up for our newsletter',
    ],
    removedLines: [],
  },
  {
    name: 'Cyrillic title, dateline and Greek paragraph',
    raw: 'Путин встретился с Ким Чен Ыном\nМОСКВА — Президент России провёл переговоры.\nΟ Πούτιν συναντήθηκε με τον Κιμ.',
    metadata: { title: 'Путин встретился с Ким Чен Ыном', dateline: 'МОСКВА' },
    titleDerived: false,
    paragraphs: ['Президент России провёл переговоры.', 'Ο Πούτιν συναντήθηκε με τον Κιμ.'],
  },
  {
    name: 'derived title cut at a comma',
    raw: 'ATHENS — Greek officials met their Russian counterparts on Tuesday, the ministry said.\nMore.',
    metadata: {
      title: 'Greek officials met their Russian counterparts on Tuesday',
      dateline: 'ATHENS',
    },
    titleDerived: true,
    paragraphs: [
      'Greek officials met their Russian counterparts on Tuesday, the ministry said.',
      'More.',
    ],
  },
  {
    name: 'empty input',
    raw: ' \r\n\r\n ',
    metadata: { title: '' },
    paragraphs: [],
    removedLines: [],
  },
];

describe('parseNewsText rules', () => {
  it.each(cases)('$name', ({ raw, metadata, titleDerived, paragraphs, removedLines }) => {
    const parsed = parseNewsText(raw);
    if (metadata) expect(parsed.metadata).toMatchObject(metadata);
    if (titleDerived !== undefined) expect(parsed.titleDerived).toBe(titleDerived);
    expect(paragraphTexts(parsed)).toEqual(paragraphs);
    expect(parsed.text).toBe(paragraphs.join('\n\n'));
    if (removedLines) expect(parsed.removedLines).toEqual(removedLines);
  });

  it('gives the same result for blank-line and single-LF paragraphs', () => {
    const spaced =
      'Kim arrives\n\nSEOUL — Kim arrived.\n\nHe met Putin.\n\nPlease read our comment policy.';
    expect(parseNewsText(spaced.replace(/\n\n/g, '\n'))).toEqual(parseNewsText(spaced));
  });

  it('gives code-point spans when the text has astral characters', () => {
    const parsed = parseNewsText('Emoji 😀 headline\n𝔸lpha 😀 one.\nTwo 🇰🇷 here.');
    expect(parsed.text).toBe('𝔸lpha 😀 one.\n\nTwo 🇰🇷 here.');
    expect(parsed.paragraphs).toEqual([
      { start: 0, end: 12 },
      { start: 14, end: 26 },
    ]);
    expect(parsed.wordCount).toBe(4);
  });
});
