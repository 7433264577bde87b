import { describe, it, expect } from 'vitest';
import { extractDateline } from './dateline';

describe('extractDateline', () => {
  it.each([
    [
      'SEOUL, South Korea — North Korean leader Kim Jong-un arrived.',
      {
        dateline: 'SEOUL, South Korea',
        agency: '',
        rest: 'North Korean leader Kim Jong-un arrived.',
      },
    ],
    [
      'SEOUL, South Korea, Sept 12 (AP) — North Korea’s Kim Jong Un arrived.',
      {
        dateline: 'SEOUL, South Korea, Sept 12',
        agency: 'AP',
        rest: 'North Korea’s Kim Jong Un arrived.',
      },
    ],
    ['SEOUL — Kim arrived.', { dateline: 'SEOUL', agency: '', rest: 'Kim arrived.' }],
    [
      'SEOUL (Reuters) - Kim arrived.',
      { dateline: 'SEOUL', agency: 'Reuters', rest: 'Kim arrived.' },
    ],
    ['NEW YORK (AP) -- Stocks fell.', { dateline: 'NEW YORK', agency: 'AP', rest: 'Stocks fell.' }],
    [
      'WASHINGTON, Sept. 12 (AFP) – Officials said.',
      { dateline: 'WASHINGTON, Sept. 12', agency: 'AFP', rest: 'Officials said.' },
    ],
    [
      'MOSCOW, Jan 3 - Talks began.',
      { dateline: 'MOSCOW, Jan 3', agency: '', rest: 'Talks began.' },
    ],
    [
      'LONDON, 12 September 2023 (Reuters) - Talks began.',
      { dateline: 'LONDON, 12 September 2023', agency: 'Reuters', rest: 'Talks began.' },
    ],
    [
      'WASHINGTON—President Biden said.',
      { dateline: 'WASHINGTON', agency: '', rest: 'President Biden said.' },
    ],
    [
      'ST. LOUIS, Mo. — A storm hit.',
      { dateline: 'ST. LOUIS, Mo.', agency: '', rest: 'A storm hit.' },
    ],
    [
      'KINSHASA, Democratic Republic of the Congo (AP) — “We are ready,” he said.',
      {
        dateline: 'KINSHASA, Democratic Republic of the Congo',
        agency: 'AP',
        rest: '“We are ready,” he said.',
      },
    ],
    ['SÃO PAULO — Markets rose.', { dateline: 'SÃO PAULO', agency: '', rest: 'Markets rose.' }],
    ['КИЕВ — Переговоры начались.', { dateline: 'КИЕВ', agency: '', rest: 'Переговоры начались.' }],
    [
      'SEOUL/MOSCOW, Sept 12 (Reuters) - Kim arrived.',
      { dateline: 'SEOUL/MOSCOW, Sept 12', agency: 'Reuters', rest: 'Kim arrived.' },
    ],
    ['(Reuters) - Kim arrived.', { dateline: '', agency: 'Reuters', rest: 'Kim arrived.' }],
    [
      'SEOUL (The Associated Press) — Kim arrived.',
      { dateline: 'SEOUL', agency: 'AP', rest: 'Kim arrived.' },
    ],
  ])('%j', (paragraph, expected) => {
    expect(extractDateline(paragraph)).toEqual(expected);
  });

  it.each([
    'North Korean leader Kim Jong-un arrived — by train — in Russia.',
    'Seoul — the capital — was quiet.',
    'Seoul — The capital was quiet.',
    'I — and I mean it — disagree.',
    'A — The first option.',
    'NATO — the alliance — met.',
    'The U.S. - led coalition struck.',
    'SEOUL, South Korea North Korea said.',
    'Kim-Putin talks began.',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(extractDateline(paragraph)).toBeNull();
  });
});
