import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

describe('markdownToText', () => {
  it('turns a news story in Markdown into plain paragraphs with the heading as title line', () => {
    const markdown = [
      '# Floods close the \u201cold\u201d bridge',
      '',
      '*By Ana Lima*',
      '',
      'LISBON (Reuters) \u2014 The **old** bridge was closed on Monday, [officials said](https://example.com/a).',
      'The river rose &amp; kept rising.',
      '',
      '![A flooded street](street.jpg)',
      '',
      '## What happens next',
      '',
      '- Repairs start in *June*',
      '- Ferries run every `30` minutes',
      '  1. nested item',
      '',
      '> \u201cWe are ready,\u201d the mayor said.',
      '',
      '<div class="ad">Buy now</div>',
      '',
      '```',
      'level: 4.2m',
      'trend: rising',
      '```',
      '',
      '---',
      '',
      'Last line\\* with a break  ',
      'after it.',
    ].join('\n');
    expect(markdownToText(markdown)).toEqual({
      title: 'Floods close the \u201cold\u201d bridge',
      text: [
        'Floods close the \u201cold\u201d bridge',
        'By Ana Lima',
        'LISBON (Reuters) \u2014 The old bridge was closed on Monday, officials said. The river rose & kept rising.',
        'What happens next',
        'Repairs start in June',
        'Ferries run every 30 minutes',
        'nested item',
        '\u201cWe are ready,\u201d the mayor said.',
        'level: 4.2m',
        'trend: rising',
        'Last line* with a break after it.',
      ].join('\n\n'),
    });
  });

  it('gives no title when the file does not open with a level-1 heading', () => {
    expect(markdownToText('## Section\n\nBody text.')).toEqual({
      title: '',
      text: 'Section\n\nBody text.',
    });
    expect(markdownToText('Intro.\n\n# Late heading').title).toBe('');
  });

  it('keeps table rows as paragraphs and decodes numeric entities', () => {
    const markdown = '| City | Level |\n| --- | --- |\n| Porto | 3&#46;1 &#x2013; high |';
    expect(markdownToText(markdown).text).toBe('City | Level\n\nPorto | 3.1 \u2013 high');
  });
});
