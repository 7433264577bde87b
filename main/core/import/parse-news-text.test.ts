import { emptyMetadata as unknown } from '../../testing/metadata';
import { readSeed } from '../../testing/seeds';
import { describe, it, expect } from 'vitest';
import type { SourceMetadata } from '../../../preload/contract';
import { sliceByCodePoints } from '../text/code-points';
import { countWords } from '../text/words';
import { parseNewsText, type ParsedSource } from './parse-news-text';

function paragraphTexts(parsed: ParsedSource): string[] {
  return parsed.paragraphs.map((span) => sliceByCodePoints(parsed.text, span.start, span.end));
}

interface SeedExpectation {
  file: string;
  metadata: SourceMetadata;
  titleDerived: boolean;
  paragraphCount: number;
  wordCount: number;
  first: string;
  last: string;
  removedLines: string[];
}

const seeds: SeedExpectation[] = [
  {
    file: '000_83bae86300c6edcd.txt',
    metadata: {
      ...unknown,
      title:
        "Putin confirms meeting as North Korea's Kim Jong-un reportedly heads to Russian Far East",
      dateline: 'SEOUL, South Korea',
    },
    titleDerived: false,
    paragraphCount: 19,
    wordCount: 882,
    first:
      'North Korean leader Kim Jong-un is reportedly on his way to the Russian Far Eastern city of Vladivostok, as the Kremlin confirmed Monday he will meet with Russian President Vladimir Putin on a potential arms for arms deal that could boost Russia’s flagging invasion of Ukraine.',
    last: 'Mr. Richey noted that the officials heading the recent delegation sent by China to North Korea to celebrate the 70th anniversary of the end of the Korean War in July, and the 75th anniversary of the foundation of the North Korean state over the past weekend were of lower rank than Russian delegations.',
    removedLines: [],
  },
  {
    file: '001_1b7e558a4582421b.txt',
    metadata: {
      ...unknown,
      title:
        'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis…',
      dateline: 'SEOUL, South Korea',
      // A copy of a Washington Times story: the attribution names the origin, not this outlet.
      attribution: 'Content Source: www.washingtontimes.com',
    },
    titleDerived: true,
    paragraphCount: 19,
    wordCount: 890,
    first:
      'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis of Vladivostok, because the Kremlin confirmed Monday he’ll meet with Russian President Vladimir Putin on a possible arms for arms deal that might increase Russia’s flagging invasion of Ukraine.',
    last: 'Mr. Richey famous that the officers heading the latest delegation despatched by China to North Korea to rejoice the seventieth anniversary of the tip of the Korean War in July, and the seventy fifth anniversary of the inspiration of the North Korean state over the previous weekend have been of decrease rank than Russian delegations.',
    removedLines: ['Content Source: www.washingtontimes.com'],
  },
  {
    file: '002_b8274ddac1e040c9.txt',
    metadata: {
      ...unknown,
      title:
        'North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin…',
      dateline: 'SEOUL, South Korea, Sept 12',
      agency: 'AP',
    },
    titleDerived: true,
    paragraphCount: 22,
    wordCount: 961,
    first:
      'North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin where they are expected to offer each other increased support in their escalating standoffs with the West.',
    last: 'Following that visit, Kim toured North Korea’s weapons factories, including a facility producing artillery systems where he urged workers to speed up the development and large-scale production of new kinds of ammunition. Experts say Kim’s visits to the factories likely had a dual goal of encouraging the modernization of North Korean weaponry and examining artillery and other supplies that could be exported to Russia.',
    removedLines: [],
  },
  {
    file: '003_312e5507182a9780.txt',
    metadata: {
      ...unknown,
      title:
        'North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin',
      dateline: 'SEOUL',
      byline: 'Andrew Salmon',
      outlet: 'washingtontimes.com',
    },
    titleDerived: true,
    paragraphCount: 18,
    wordCount: 777,
    first:
      'North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin, a situation that has the Biden administration and its ally in South Korea fuming but powerless to prevent.',
    last: 'A South Korean presidential official acknowledged to the Yonhap news agency Tuesday that Seoul is watching the Kim-Putin summit closely, adding, “We hope Russia will act responsibly as a permanent member of the U.N. Security Council.”',
    removedLines: [
      '• This article was based in part on wire service reports.',
      '• Andrew Salmon can be reached at asalmon@washingtontimes.com.',
      'Please read our comment policy before commenting.',
    ],
  },
  {
    file: '004_bed0dd2fd357f9ba.txt',
    metadata: {
      ...unknown,
      title: 'Kim, Putin to meet on weapons, space, regional naval drills: Reports',
      dateline: 'SEOUL, South Korea',
    },
    titleDerived: false,
    paragraphCount: 24,
    wordCount: 950,
    first:
      'Russian President Vladimir Putin and North Korean leader Kim Jong-un are reportedly set to meet to discuss possible weapons for the war in Ukraine, space assistance for North Korea and joint naval drills, according to multiple dispatches Tuesday.',
    last: '“North Korea remains toxic and Russia must have a road plan to recover the prestige lost with the international community in Ukraine,” said Go Myong-hyun, a North Korea analyst at Seoul’s Asan Institute. “If they [move closer] to North Korea, Russia is going to be seen less as a major power, more a rogue state.”',
    removedLines: [],
  },
];

describe('parseNewsText on the seed articles', () => {
  describe.each(seeds)('$file', (seed) => {
    const parsed = parseNewsText(readSeed(seed.file));
    const paragraphs = paragraphTexts(parsed);

    it('reads the metadata', () => {
      expect(parsed.metadata).toEqual(seed.metadata);
      expect(parsed.titleDerived).toBe(seed.titleDerived);
    });

    it('keeps the body paragraphs and nothing else', () => {
      expect(parsed.paragraphs).toHaveLength(seed.paragraphCount);
      expect(paragraphs[0]).toBe(seed.first);
      expect(paragraphs.at(-1)).toBe(seed.last);
      expect(parsed.removedLines).toEqual(seed.removedLines);
      expect(parsed.wordCount).toBe(seed.wordCount);
      expect(parsed.wordCount).toBe(countWords(parsed.text));
    });

    it('has spans that slice the text exactly', () => {
      expect(paragraphs.join('\n\n')).toBe(parsed.text);
      for (const paragraph of paragraphs) expect(paragraph).toBe(paragraph.trim());
      expect(parsed.text).not.toMatch(/\r|\n{3}/);
      expect(parsed.text).toBe(parsed.text.normalize('NFC'));
    });
  });

  it('keeps a repeated title out of the body', () => {
    const parsed = parseNewsText(readSeed('000_83bae86300c6edcd.txt'));
    expect(parsed.text).not.toContain('Putin confirms meeting');
  });

  it('keeps a sub-heading deeper in the text as a paragraph', () => {
    const parsed = parseNewsText(readSeed('004_bed0dd2fd357f9ba.txt'));
    expect(paragraphTexts(parsed)).toContain('Looking for friends');
  });
});
