import { coreProperties, wordParagraph, writeDocx } from './docx-writer';
import { writePdf } from './pdf-writer';

// The seeds of the import fuzz run (main/import/import.fuzz.ts): realistic reports in each
// format, which the mutators in mutate.ts and zip-mutate.ts then break.

const headline = 'Dam gives way above the valley after days of rain';
const lead =
  'BELGRADE (Reuters) \u2014 A dam above the Kolubara valley gave way early on Tuesday, ' +
  'flooding three villages, the interior ministry said.';
const second =
  '\u201cThe water came faster than anyone expected,\u201d said Milan Jovi\u0107, a farmer ' +
  'in Obrenovac, who spent the night on his roof.';
const third =
  'Rescue teams evacuated 1,200 people by boat. Officials said the reservoir had been at 98% ' +
  'capacity since Saturday.';
const fourth = 'Reporting by Ivana Sekularac; Editing by Mark Heinrich';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    out[2 + index * 2] = text.charCodeAt(index) & 0xff;
    out[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return out;
}

function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { '\u2014': 0x97, '\u201c': 0x93, '\u201d': 0x94 };
  return Uint8Array.from(text, (character) => map[character] ?? character.charCodeAt(0) & 0xff);
}

export const textSeeds = (): Uint8Array[] => {
  const story = [headline, lead, second, third, fourth].join('\n\n');
  return [
    utf8(story),
    utf8(`\uFEFF${story.replace(/\n/g, '\r\n')}`),
    utf16le(story),
    windows1252(story.replace('\u0107', 'c')),
    utf8(`By Ana Lima\nLISBON, March 3\n\n${third}\n\n${second}`),
  ];
};

export const markdownSeeds = (): Uint8Array[] => [
  utf8(
    [
      `# ${headline}`,
      '*By Ivana Sekularac*',
      `${lead.replace('dam', '**dam**')} [Ministry statement](https://example.com/s).`,
      `> ${second}`,
      '## What happens next',
      '- Evacuations continue\n- Roads closed `A2`\n  1. nested',
      '```\nlevel: 4.2m\n```',
      '<div class="ad">Buy now</div>',
      fourth,
    ].join('\n\n'),
  ),
  utf8(`Floods close the old bridge\n===\n\n${third}\n\n![flood](flood.jpg)\n\n${second}\n`),
];

function newsPage(extra = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${headline} | Reuters</title>
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2024-04-02T21:45:00-04:00">
<link rel="canonical" href="https://www.reuters.com/world/dam-2024-04-02/">
<script>window.track = function () { document.title = 'TRACKED'; };</script>
<style>.ad { color: red }</style></head>
<body onload="track()">
<div class="cookie-banner" role="dialog">We use cookies. <button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${headline}</h1><div class="byline">By Ivana Sekularac</div>
<p onmouseover="steal()">${lead}</p><p>${second}</p>
<iframe src="https://ads.example.com/slot"><p>Advertisement</p></iframe>
<h2>Evacuations</h2><blockquote><p>${third}</p></blockquote>
<ul><li>Villages flooded: 3</li><li>People evacuated: 1,200</li></ul>
<script>document.write('<p>Injected</p>');</script><p>${fourth}</p>${extra}</article>
<section id="comments" class="comments"><h3>Comments (2)</h3><p>First!</p>
<p>A reader who disagrees with everything in this report.</p></section></main>
<aside class="related"><p>Other story teaser.</p></aside>
<footer><p>\u00a9 2024 Reuters.</p></footer></body></html>`;
}

export const htmlSeeds = (): Uint8Array[] => [
  utf8(newsPage()),
  utf8(newsPage('<table><tr><td>Kolubara</td><td>98%</td></tr></table>')),
  utf8(`<html><body><p>${lead}</p><p>${third}</p></body></html>`),
];

const dam = coreProperties('Dam &amp; valley', 'By Ivana Sekularac', '2024-04-02T01:30:00Z');
const docx = (paragraphs: string[], withCore: boolean) =>
  writeDocx(withCore ? { paragraphs, core: dam } : { paragraphs });

const linked =
  `<w:p><w:r><w:t xml:space="preserve">Read the </w:t></w:r>` +
  `<w:hyperlink r:id="rId9"><w:r><w:t>statement</w:t></w:r></w:hyperlink></w:p>`;

export const docxSeeds = async (): Promise<Uint8Array[]> => [
  await docx(
    [wordParagraph(headline, 'Heading1'), lead, second, third, fourth].map((text, index) =>
      index === 0 ? text : wordParagraph(text),
    ),
    true,
  ),
  await docx([wordParagraph(lead), wordParagraph(second), linked], false),
  await docx([wordParagraph(third), wordParagraph(fourth)], true),
];

/** writePdf sets Helvetica in WinAnsiEncoding: Latin-1 only. */
const latin1 = (text: string): string =>
  text
    .replace(/\u2014/g, '-')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u0107/g, 'c');

export const pdfSeeds = (): Uint8Array[] => {
  const [title, first, quote, rest, credit] = [
    latin1(headline),
    latin1(lead),
    latin1(second),
    latin1(third),
    latin1(fourth),
  ];
  return [
    writePdf({ pages: [[title, first, quote]], info: { title, author: 'By Ivana Sekularac' } }),
    writePdf({
      pages: [
        [first, quote],
        [rest, credit],
      ],
    }),
    writePdf({ pages: [[first]], encrypted: true }),
    writePdf({ pages: [[first]], imageOnly: true }),
  ];
};
