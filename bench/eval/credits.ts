// Attribution lines in the wordings aggregators, content farms, syndication partners and wires
// use to credit the text they took. Written for this evaluation from how such sites credit;
// not taken from the engine's own patterns.

import { pick, randomInt } from './split';

export interface Outlet {
  name: string;
  domain: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'BBC News', domain: 'news.bbc.co.uk' },
  { name: 'the BBC', domain: 'www.bbc.co.uk' },
  { name: 'The Guardian', domain: 'www.theguardian.com' },
  { name: 'Reuters', domain: 'www.reuters.com' },
  { name: 'The Associated Press', domain: 'apnews.com' },
  { name: 'Agence France-Presse', domain: 'www.afp.com' },
  { name: 'Sky News', domain: 'news.sky.com' },
  { name: 'The Independent', domain: 'www.independent.co.uk' },
  { name: 'The Irish Times', domain: 'www.irishtimes.com' },
  { name: 'The Straits Times', domain: 'www.straitstimes.com' },
  { name: 'Daily Business Wire', domain: 'dailybusinesswire.net' },
  { name: 'NewsNow Digest', domain: 'newsnowdigest.com' },
  { name: 'World News Hub', domain: 'worldnewshub.org' },
  { name: 'Tech Feed Daily', domain: 'techfeeddaily.io' },
  { name: 'The Sports Wire', domain: 'thesportswire.co' },
];

const CITIES = ['LONDON', 'WASHINGTON', 'NEW YORK', 'BRUSSELS', 'PARIS', 'TOKYO', 'EDINBURGH'];

/** Where the credit goes: its own last paragraph, its own first paragraph, or a wire dateline. */
export type CreditPlace = 'end' | 'top' | 'dateline';

export interface CreditWording {
  id: string;
  place: CreditPlace;
  render(outlet: Outlet, random: () => number, headline: string): string;
}

const slug = (headline: string) =>
  headline
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const year = (random: () => number) => String(randomInt(random, 2004, 2005));
const date = (random: () => number) =>
  `${pick(random, ['January', 'February', 'March', 'November', 'December'])} ${randomInt(random, 1, 28)}, ${year(random)}`;

const end = (id: string, render: CreditWording['render']): CreditWording => ({
  id,
  place: 'end',
  render,
});

export const CREDIT_WORDINGS: readonly CreditWording[] = [
  end('content-source', (o) => `Content Source: ${o.domain}`),
  end('source', (o) => `Source: ${o.name}`),
  end('originally-published-by', (o) => `Originally published by ${o.name}.`),
  end(
    'originally-published-at',
    (o, _r, h) => `Originally published at https://${o.domain}/news/${slug(h)}`,
  ),
  end('courtesy-of-www', (o) => `Article courtesy of ${o.domain}`),
  end('first-appeared-on', (o) => `This article first appeared on ${o.name}.`),
  end('read-more-at', (o) => `Read more at ${o.domain}`),
  end('via', (o) => `Via ${o.name}`),
  end('copyright-sign', (o, r) => `© ${year(r)} ${o.name}`),
  end('republished-with-permission', (o) => `Republished with permission from ${o.name}.`),
  end('originally-appeared-in', (o) => `This story originally appeared in ${o.name}.`),
  end('reprinted-from', (o) => `Reprinted from ${o.name}.`),
  end('courtesy-of', (o) => `Courtesy of ${o.name}`),
  end('wire-dash', (_o, r) => `— ${pick(r, ['AP', 'Reuters', 'AFP', 'PA'])}`),
  end('credit', (o) => `Credit: ${o.name}`),
  end('hat-tip', (o) => `h/t ${o.name}`),
  end('the-post-appeared-first', (o, _r, h) => `The post ${h} appeared first on ${o.name}.`),
  end('source-link', (o, _r, h) => `Source link: https://${o.domain}/${slug(h)}.html`),
  end(
    'read-the-original',
    (o) => `This article was originally published on ${o.name}. Read the original article.`,
  ),
  end('parenthesised-source', (o) => `(Source: ${o.name})`),
  end('adapted-from', (o) => `Adapted from a report by ${o.name}.`),
  end('first-published-on-date', (o, r) => `First published on ${o.name} on ${date(r)}.`),
  end('copyright-all-rights', (o, r) => `Copyright ${year(r)} ${o.name}. All rights reserved.`),
  end('syndicated-from', (o) => `Syndicated from ${o.domain}`),
  end('reproduced-with-permission', (o) => `Reproduced with permission of ${o.name}.`),
  end('full-story', (o) => `Click here to read the full story on ${o.name}.`),
  end('this-content-was-produced-by', (o) => `This content was produced by ${o.name}.`),
  {
    id: 'dateline-reuters',
    place: 'dateline',
    render: (_o, r) => `${pick(r, CITIES)} (Reuters) - `,
  },
  { id: 'dateline-ap', place: 'dateline', render: (_o, r) => `${pick(r, CITIES)} (AP) — ` },
  { id: 'dateline-afp', place: 'dateline', render: () => '(AFP) - ' },
  { id: 'top-source', place: 'top', render: (o) => `[Source: ${o.name}]` },
  { id: 'top-from', place: 'top', render: (o) => `From ${o.name}:` },
  { id: 'top-via', place: 'top', render: (o) => `Via ${o.domain} —` },
];
