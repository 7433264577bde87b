import { describe, it, expect } from 'vitest';
import {
  isAttributionLine,
  isEditorNote,
  isTrailingFurniture,
  readAttribution,
} from './boilerplate';

describe('isAttributionLine', () => {
  it.each([
    ['Content Source: www.washingtontimes.com', true],
    ['Source: Reuters', true],
    ['Originally published at example.com', true],
    ['Originally published by The Conversation.', true],
    ['This article originally appeared on Example News.', true],
    ['This story was first published in The Guardian.', true],
    ['Republished with permission from Example Media.', true],
    ['Reprinted from The Example Times.', true],
    ['Article courtesy of www.example.com', true],
    ['— AP', true],
    ['© 2023 Example Media', false],
    ['Sources said the talks had stalled.', false],
    ['The source: a senior official.', false],
    ['Source:', false],
  ])('%j → %s', (line, expected) => {
    expect(isAttributionLine(line)).toBe(expected);
  });
});

describe('readAttribution', () => {
  // The wordings content farms, aggregators, syndication partners and wires use, and the
  // near-misses that must stay reporting (or plain furniture) when they sit at a story's edge.
  it.each([
    ['Content Source: www.washingtontimes.com', 'credit', 'www.washingtontimes.com'],
    ['Original Source: https://example.com/story/1', 'credit', 'https://example.com/story/1'],
    ['Source link', 'credit', ''],
    ['Source link: https://example.com/kim.html', 'credit', 'https://example.com/kim.html'],
    ['First published on Example News on March 3, 2005.', 'credit', 'Example News'],
    ['Adapted from a report by Example News.', 'credit', 'Example News'],
    ['Click here to read the full story on The Guardian.', 'credit', 'The Guardian'],
    ['Via Sky News', 'credit', 'Sky News'],
    ['Via www.example.com —', 'credit', 'www.example.com'],
    ['— PA', 'credit', 'PA'],
    ['Source: Reuters', 'credit', 'Reuters'],
    ['Source: www.example.com', 'credit', 'www.example.com'],
    ['Source: The Washington Times.', 'credit', 'The Washington Times'],
    ['(Source: Reuters, AP)', 'credit', 'Reuters, AP'],
    ['Originally published by The Conversation.', 'credit', 'The Conversation'],
    [
      'Originally published at https://news.example.co.uk/a',
      'credit',
      'https://news.example.co.uk/a',
    ],
    ['Originally published on Medium.', 'credit', 'Medium'],
    ['Originally published by The Baltimore Sun.', 'credit', 'The Baltimore Sun'],
    ['This story first appeared in USA Today.', 'credit', 'USA Today'],
    ['Originally published in The Sunday Times', 'credit', 'The Sunday Times'],
    ['Originally appeared in the Washington Post', 'credit', 'the Washington Post'],
    ['Article courtesy of www.example.com', 'credit', 'www.example.com'],
    ['Story courtesy of Example News Service.', 'credit', 'Example News Service'],
    ['Courtesy of NASA', 'credit', 'NASA'],
    ['Courtesy of example.org', 'credit', 'example.org'],
    ['This article first appeared on Example News.', 'credit', 'Example News'],
    ['This story first appeared on example.com and is republished here.', 'credit', 'example.com'],
    ['This post originally appeared in Example Weekly', 'credit', 'Example Weekly'],
    [
      'This story was originally published by ProPublica, a nonprofit newsroom.',
      'credit',
      'ProPublica',
    ],
    [
      'A version of this story first ran in The Times and Democrat.',
      'credit',
      'The Times and Democrat',
    ],
    ['The post Kim meets Putin appeared first on Example Daily.', 'credit', 'Example Daily'],
    [
      'This article is republished from The Conversation under a Creative Commons license.',
      'credit',
      'The Conversation',
    ],
    ['Republished with permission from Example Media.', 'credit', 'Example Media'],
    ['Republished with permission.', 'credit', ''],
    ['Reprinted with kind permission of the author.', 'credit', 'the author'],
    ['Reprinted from The Example Times.', 'credit', 'The Example Times'],
    ['Read more at www.example.com', 'credit', 'www.example.com'],
    ['Read the full story at The Guardian', 'credit', 'The Guardian'],
    ['Read more on example.com', 'credit', 'example.com'],
    ['Via www.example.com', 'credit', 'www.example.com'],
    ['Via Reuters', 'credit', 'Reuters'],
    ['Via: The Guardian', 'credit', 'The Guardian'],
    ['Via The Guardian', 'credit', 'The Guardian'],
    ['via Yahoo News', 'credit', 'Yahoo News'],
    ['— AP', 'credit', 'AP'],
    ['– Reuters', 'credit', 'Reuters'],
    ['-- The Associated Press', 'credit', 'AP'],
    ['© 2023 Example Media', 'copyright', 'Example Media'],
    [
      'Copyright 2023 The Associated Press. All rights reserved.',
      'copyright',
      'The Associated Press',
    ],
    ['© Reuters 2023. All rights reserved.', 'copyright', 'Reuters'],
    ['h/t Example News', 'credit', 'Example News'],
    ['Hat tip: www.example.com', 'credit', 'www.example.com'],
    ['This content was produced by Example Media.', 'credit', 'Example Media'],
    ['From The Example Times:', 'credit', 'The Example Times'],
    ['From www.example.com:', 'credit', 'www.example.com'],
    ['Copyright © 2019-2023 www.example.com', 'copyright', 'www.example.com'],
  ])('%j → %s %j', (line, kind, source) => {
    expect(readAttribution(line)).toEqual({ kind, source });
  });

  it.each([
    'Source: a government official said the talks had stalled.',
    'Source: officials in Seoul.',
    'Source:',
    'Sources said the talks had stalled.',
    'The source: a senior official.',
    'Originally published on Sept. 12, 2023.',
    'Originally published in 2019 and updated since.',
    'This story was originally published in March.',
    'This article was first published on Tuesday.',
    'This story first appeared in May 2019.',
    'Courtesy of the family',
    'Courtesy of his lawyers, the papers reached the court.',
    'Via Rail',
    'Via Rail Canada',
    'Via Rail said service would resume on Monday.',
    'Read more',
    'Read more: Kim meets Putin',
    'Read more about the summit',
    'Read more on Kim Jong Un',
    'Source link: Kim meets Putin',
    'First published in 2004.',
    'Adapted from the novel.',
    'Read more at 11.',
    '— Jane Doe',
    '— and then he left.',
    'Reporting by Hyonhee Shin; Editing by Jane Roe',
    'Copyright © 2023',
    '© 2023. All rights reserved.',
    'Copyright laws were changed in 2019.',
    'The AP contributed to this report.',
    'h/t to everyone who wrote in',
    'This content was produced by our newsroom team, who asked not to be named.',
    'From the archives:',
    'From Monday, the rules change:',
  ])('%j is not an attribution', (line) => {
    expect(readAttribution(line)).toBeNull();
  });
});

describe('isEditorNote', () => {
  it.each([
    ['Editor’s note: This story has been updated.', true],
    ["Editor's Note — Graphic content.", true],
    ['Correction: An earlier version misspelled a name.', true],
    ['Editors noted the change.', false],
    ['Corrections officers walked out.', false],
  ])('%j → %s', (line, expected) => {
    expect(isEditorNote(line)).toBe(expected);
  });
});

describe('isTrailingFurniture', () => {
  it.each([
    ['• This article was based in part on wire service reports.', true],
    ['This article was based in part on wire service reports.', true],
    ['Please read our comment policy before commenting.', true],
    ['The Associated Press contributed to this report.', true],
    ['Copyright 2023 The Associated Press. All rights reserved.', true],
    ['© 2023 Example Media', true],
    ['Sign up for our daily newsletter', true],
    ['Follow us on Twitter', true],
    ['Follow Jane Doe on X', true],
    ['Click here to read more', true],
    ['Read more: Kim meets Putin', true],
    ['READ MORE', true],
    ['Related: Putin hosts forum', true],
    ['Advertisement', true],
    ['Our Standards: The Thomson Reuters Trust Principles.', true],
    ['Reporting by Hyonhee Shin; Editing by Jane Roe', true],
    ['Andrew Salmon can be reached at asalmon@washingtontimes.com.', true],
    ['Content Source: www.washingtontimes.com', true],
    ['The post Kim meets Putin appeared first on Example Daily.', true],
    ['Via www.example.com', true],
    ['— The Associated Press', true],
    ['“We hope Russia will act responsibly,” he said.', false],
    ['Subscribers to the service rose 10 percent.', false],
    ['Follow-up talks are planned for next month.', false],
    ['The company updated its comment policy last year.', false],
    ['Readers wrote in to complain.', false],
    ['Via Rail said service would resume on Monday.', false],
    ['Source: a government official said the talks had stalled.', false],
    ['— and then he left.', false],
  ])('%j → %s', (line, expected) => {
    expect(isTrailingFurniture(line)).toBe(expected);
  });
});
