// Every source has a short label unique in its case, "AP · 12 Sep 2023 · #002": who published
// it, when, and a number. The number is the one an analyst gave the file ("002_ap.txt" → 002),
// as analysts number their material; a source without one, or whose number an earlier source
// already holds, is numbered by its id. Numbers depend only on the sources imported before, so
// a label never changes when more sources arrive.

import type { SourceMetadata } from '../../../preload/contract';

/** What numbering needs of a source. */
export interface NumberedSource {
  id: number;
  fileName: string;
}

const MAX_NAME = 28;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The number a file name starts with ("000_83ba.txt" → "000"), or null. */
export function fileNumber(fileName: string): string | null {
  return /^(\d{1,6})(?:[_\-. ]|$)/.exec(fileName)?.[1] ?? null;
}

/**
 * Each source's number, keyed by id. Sources are numbered in id order: a file's own number when
 * no earlier source holds it, else the id (then `<id>-2`, `<id>-3` … should even that be taken).
 */
export function sourceNumbers(sources: readonly NumberedSource[]): Map<number, string> {
  const numbering = new SourceNumbering();
  numbering.add(sources);
  return numbering.numbers;
}

/**
 * Numbers kept up to date as sources arrive: `add` numbers sources newer than any it has seen,
 * in id order, at the cost of those alone.
 */
export class SourceNumbering {
  readonly numbers = new Map<number, string>();
  private readonly taken = new Set<string>();
  private lastId = -Infinity;

  get highestId(): number {
    return this.lastId;
  }

  add(sources: readonly NumberedSource[]): void {
    const ordered = [...sources].sort((a, b) => a.id - b.id);
    for (const source of ordered) {
      if (source.id <= this.lastId)
        throw new Error(`Source ${source.id} is not newer than ${this.lastId}.`);
      const own = fileNumber(source.fileName);
      let number = own !== null && !this.taken.has(own) ? own : String(source.id);
      for (let suffix = 2; this.taken.has(number); suffix += 1) number = `${source.id}-${suffix}`;
      this.taken.add(number);
      this.numbers.set(source.id, number);
      this.lastId = source.id;
    }
  }
}

/** "12 Sep 2023" from an ISO date; "" for none. */
export function shortDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : '';
}

/** "washingtontimes.com" from a URL; "" when it has no host. */
export function domainOf(url: string): string {
  if (!/^https?:\/\//i.test(url.trim())) return '';
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

function clip(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const chars = Array.from(trimmed);
  return chars.length > MAX_NAME
    ? `${chars
        .slice(0, MAX_NAME - 1)
        .join('')
        .trimEnd()}…`
    : trimmed;
}

/**
 * The label: publisher (outlet, else the URL's domain, else the agency), date and number, each
 * left out when unknown: "AP · 12 Sep 2023 · #002", "#003".
 */
export function sourceLabel(
  source: Pick<SourceMetadata, 'outlet' | 'url' | 'agency' | 'publishedDate'>,
  number: string,
): string {
  const publisher = clip(source.outlet) || domainOf(source.url) || clip(source.agency);
  return [publisher, shortDate(source.publishedDate), `#${number}`]
    .filter((part) => part !== '')
    .join(' · ');
}
