import { describe, it, expect } from 'vitest';
import { isAttributionLine, isEditorNote, isTrailingFurniture } from './boilerplate';

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
    ['Sources said the talks had stalled.', false],
    ['The source: a senior official.', false],
    ['Source:', false],
  ])('%j → %s', (line, expected) => {
    expect(isAttributionLine(line)).toBe(expected);
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
    ['“We hope Russia will act responsibly,” he said.', false],
    ['Subscribers to the service rose 10 percent.', false],
    ['Follow-up talks are planned for next month.', false],
    ['The company updated its comment policy last year.', false],
    ['Readers wrote in to complain.', false],
  ])('%j → %s', (line, expected) => {
    expect(isTrailingFurniture(line)).toBe(expected);
  });
});
