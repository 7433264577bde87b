import { describe, expect, it } from 'vitest';
import { hardWrap as wrap } from '../../testing/hard-wrap';
import { paragraphBlocks, reflowParagraphs } from './reflow';

const FIRST =
  'North Korean leader Kim Jong Un arrived in Russia on Tuesday aboard his armored train, ' +
  'state media said, ahead of a summit with President Vladimir Putin that Washington fears ' +
  'could yield a deal to supply ammunition for the war in Ukraine. The two leaders last met ' +
  'in Vladivostok in 2019.';
const SECOND =
  'Mr. Kim was accompanied by senior military officials, including the party secretary in ' +
  'charge of munitions policies, according to photographs released by the official agency.';

describe('reflowParagraphs', () => {
  it.each([60, 72, 80, 120, 180])('joins a text hard-wrapped at %i columns', (width) => {
    const text = [FIRST, SECOND, FIRST, SECOND].map((p) => wrap(p, width)).join('\n\n');
    expect(reflowParagraphs(text)).toEqual([FIRST, SECOND, FIRST, SECOND]);
  });

  it('ends a paragraph at a short line that ends a sentence, without a blank line', () => {
    const text = `${wrap(FIRST, 70)}\n${wrap(SECOND, 70)}`;
    expect(reflowParagraphs(text)).toEqual([FIRST, SECOND]);
  });

  it('starts a paragraph at an indented line and at a list item', () => {
    const text = `${wrap(FIRST, 70)}\n    ${wrap(SECOND, 66).replace(/\n/g, '\n')}\n- one item that is short\n- another item`;
    expect(reflowParagraphs(text)).toEqual([
      FIRST,
      SECOND,
      '- one item that is short',
      '- another item',
    ]);
  });

  it('keeps every line of one-line paragraphs (news pages, pasted articles)', () => {
    const text = `Kim arrives in Russia\n${FIRST}\n${SECOND}\nContent Source: www.washingtontimes.com`;
    expect(reflowParagraphs(text)).toEqual([
      'Kim arrives in Russia',
      FIRST,
      SECOND,
      'Content Source: www.washingtontimes.com',
    ]);
  });

  it('keeps short one-sentence paragraphs apart', () => {
    const text = [
      'The summit began on Wednesday.',
      'Officials said talks would last two days.',
      'Mr. Putin greeted his guest at the launch site.',
      'No agreement was announced.',
    ].join('\n');
    expect(reflowParagraphs(text)).toHaveLength(4);
  });

  it('joins a word broken by a hyphen at a line end without a space', () => {
    const text = wrap(FIRST, 60).replace(
      'Tuesday\naboard his armored',
      'Tuesday aboard his ar-\nmored',
    );
    expect(reflowParagraphs(text)[0]).toContain('his ar-mored train');
  });

  it('keeps a heading apart from the wrapped paragraph under it', () => {
    const text = `Background\n${wrap(FIRST, 64)}`;
    expect(reflowParagraphs(text)).toEqual(['Background', FIRST]);
  });
});

describe('paragraphBlocks', () => {
  it('gives offsets into the text as given, CRLF included', () => {
    const text = `  ${wrap(FIRST, 72).replace(/\n/g, '\r\n')}\r\n\r\n${wrap(SECOND, 72)}\r\n`;
    const blocks = paragraphBlocks(text);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(text.charAt(block.start)).not.toMatch(/\s/);
      expect(text.charAt(block.end - 1)).not.toMatch(/\s/);
    }
    expect(text.slice(blocks[1]?.start, blocks[1]?.end).replace(/\n/g, ' ')).toBe(SECOND);
  });

  it('returns nothing for blank text', () => {
    expect(paragraphBlocks('\n \n\t\n')).toEqual([]);
  });
});
