import { describe, expect, it } from 'vitest';
import { readSeed } from '../../testing/seeds';
import { factsFromText } from './text-facts';

describe('factsFromText', () => {
  it.each([
    [
      'a credit line under the story',
      'Kim arrives\n\nKim arrived.\n\nHe met Putin.\n\nArticle courtesy of www.example.com',
      { attribution: 'Article courtesy of www.example.com' },
    ],
    [
      'a dated byline, a wire dateline and a staff e-mail',
      'Kim arrives\nBy Jane Doe | Sept. 12, 2023\nSEOUL (AP) — Kim arrived.\nHe met Putin.\nJane Doe can be reached at jdoe@example.com.',
      { publishedDate: '2023-09-12', agency: 'AP', outlet: 'example.com', attribution: '' },
    ],
    [
      'nothing but reporting',
      'Kim arrived.\nHe met Putin.',
      { attribution: '', outlet: '', url: '', publishedDate: '', agency: '' },
    ],
    ['an empty text', '', { attribution: '', outlet: '', url: '', publishedDate: '', agency: '' }],
  ])('%s', (_, text, expected) => {
    expect(factsFromText(3, 'x.txt', text)).toMatchObject({ id: 3, label: 'x.txt', ...expected });
  });

  it('reads the spun seed’s credit to the Washington Times', () => {
    expect(factsFromText(1, '001', readSeed('001_1b7e558a4582421b.txt'))).toEqual({
      id: 1,
      label: '001',
      attribution: 'Content Source: www.washingtontimes.com',
      outlet: '',
      url: '',
      publishedDate: '',
      agency: '',
    });
  });
});
