import { describe, it, expect } from 'vitest';
import { readFooter, readHeader } from './edges';

describe('readHeader', () => {
  it.each([
    [
      'byline and date',
      ['By Jane Doe, Reuters', 'Published September 12, 2023', 'Kim arrived.'],
      2,
      { byline: 'Jane Doe', agency: 'Reuters', publishedDate: '2023-09-12' },
    ],
    [
      'bare agency line under the byline',
      ['By Jane Doe', 'Associated Press', 'Kim arrived.'],
      2,
      { byline: 'Jane Doe', agency: 'AP', publishedDate: '' },
    ],
    [
      'an update date is not the publication date',
      ['Updated Sept. 13, 2023', 'Kim arrived.'],
      1,
      { byline: '', agency: '', publishedDate: '' },
    ],
    [
      'editor note and attribution',
      ['Editor’s note: Updated.', 'Originally published by Example News.', 'Kim arrived.'],
      2,
      { byline: '', agency: '', publishedDate: '' },
    ],
    [
      'no header',
      ['Kim arrived.', 'By Jane Doe'],
      0,
      { byline: '', agency: '', publishedDate: '' },
    ],
    [
      'a credit above the story',
      ['Via Reuters', 'Kim arrived.'],
      1,
      { byline: '', agency: '', publishedDate: '', attribution: 'Via Reuters' },
    ],
    ['never the whole body', ['By Jane Doe'], 0, { byline: '', agency: '', publishedDate: '' }],
  ])('%s', (_name, lines, count, expected) => {
    const header = readHeader(lines);
    expect(header.count).toBe(count);
    expect(header.findings).toMatchObject(expected);
    expect(header.findings.removedLines).toEqual(lines.slice(0, count));
  });
});

describe('readFooter', () => {
  it.each([
    [
      'contact line gives byline and outlet domain',
      ['Kim arrived.', '• Andrew Salmon can be reached at asalmon@washingtontimes.com.'],
      1,
      { byline: 'Andrew Salmon', outletDomain: 'washingtontimes.com', attribution: '' },
    ],
    [
      'attribution line',
      ['Kim arrived.', 'Content Source: www.washingtontimes.com'],
      1,
      { byline: '', outletDomain: '', attribution: 'Content Source: www.washingtontimes.com' },
    ],
    [
      'credit line gives the reporter',
      ['Kim arrived.', 'Reporting by Hyonhee Shin in Seoul; Editing by Jane Roe'],
      1,
      { byline: 'Hyonhee Shin', outletDomain: '', attribution: '' },
    ],
    [
      'stops at the first line of reporting from the end',
      ['Kim arrived.', '• Point inside the story', 'He left.', 'Sign up for alerts'],
      1,
      { byline: '', outletDomain: '', attribution: '' },
    ],
    [
      'a credit in a content farm’s wording',
      ['Kim arrived.', 'Article courtesy of www.example.com'],
      1,
      { byline: '', outletDomain: '', attribution: 'Article courtesy of www.example.com' },
    ],
    ['a wire sign-off is a credit', ['Kim arrived.', '— AP'], 1, { attribution: '— AP' }],
    [
      'a credit beats a copyright notice, wherever it stands',
      ['Kim arrived.', '© 2023 Example Media', 'Originally published at example.com'],
      2,
      { attribution: 'Originally published at example.com' },
    ],
    [
      'a copyright notice naming an outlet stands in for a credit',
      ['Kim arrived.', 'Copyright 2023 The Associated Press. All rights reserved.'],
      1,
      { attribution: 'Copyright 2023 The Associated Press. All rights reserved.' },
    ],
    [
      'a copyright notice of the outlet whose staff wrote the story is not a credit',
      [
        'Kim arrived.',
        '• Andrew Salmon can be reached at asalmon@washingtontimes.com.',
        'Copyright © 2023 The Washington Times, LLC.',
      ],
      2,
      { outletDomain: 'washingtontimes.com', attribution: '' },
    ],
    [
      'a copyright notice naming nobody is furniture only',
      ['Kim arrived.', 'Copyright © 2023. All rights reserved.'],
      1,
      { attribution: '' },
    ],
    [
      'a reporting sentence in the wording of a credit stays in the body',
      ['Kim arrived.', 'Source: a government official said the talks had stalled.'],
      0,
      { attribution: '' },
    ],
    [
      'a company named Via is not a credit',
      ['Kim arrived.', 'Via Rail said service would resume on Monday.'],
      0,
      { attribution: '' },
    ],
    [
      'a teaser without a site is furniture, not a credit',
      ['Kim arrived.', 'Read more: Putin hosts forum'],
      1,
      { attribution: '' },
    ],
    [
      'a credit above the story is not at the foot',
      ['Kim arrived.', 'Source: Reuters', 'He left.'],
      0,
      { attribution: '' },
    ],
    [
      'never the whole body',
      ['• Please read our comment policy.', '• Sign up for our newsletter'],
      0,
      { byline: '', outletDomain: '', attribution: '' },
    ],
  ])('%s', (_name, lines, count, expected) => {
    const footer = readFooter(lines);
    expect(footer.count).toBe(count);
    expect(footer.findings).toMatchObject(expected);
    expect(footer.findings.removedLines).toEqual(lines.slice(lines.length - count));
  });
});
