import type { SourceSummary } from '../../../preload/contract';

// How a source is described in the list and in column headers. Pure, so it is unit-tested and
// the list and the reader cannot drift apart.

const numberFormat = new Intl.NumberFormat('en-US');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}

export function formatWordCount(count: number): string {
  return formatCount(count, 'word');
}

/** "2023-09-12" as "12 Sep 2023". Anything that is not a valid ISO date is shown as it is. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso.trim();
  const [, year, month, day] = match;
  const monthName = months[Number(month) - 1];
  const dayNumber = Number(day);
  if (!monthName || dayNumber < 1 || dayNumber > 31) return iso.trim();
  return `${dayNumber} ${monthName} ${year}`;
}

type Described = Pick<
  SourceSummary,
  'title' | 'fileName' | 'outlet' | 'agency' | 'byline' | 'dateline' | 'publishedDate' | 'wordCount'
>;

type Labelled = Pick<SourceSummary, 'label' | 'number'>;

/** The title, or the file name while a source has none. */
export function sourceTitle(source: Pick<SourceSummary, 'title' | 'fileName'>): string {
  return source.title.trim() || source.fileName || 'Untitled source';
}

function distinct(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts
    .map((part) => part.trim())
    .filter((part) => {
      const key = part.toLowerCase();
      if (!part || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * What a source's label says besides its number: "AP · 12 Sep 2023" of "AP · 12 Sep 2023 · #002",
 * "" of "#003". The list shows the number as a chip and this beside it.
 */
export function labelWithoutNumber(source: Labelled): string {
  const number = `#${source.number}`;
  const rest = source.label.endsWith(number) ? source.label.slice(0, -number.length) : source.label;
  return rest.replace(/\s*·\s*$/, '').trim();
}

/** True when `part` is one of the label's parts, or what a clipped one ("Very long na…") cut. */
function inLabel(labelParts: readonly string[], part: string): boolean {
  const key = part.trim().toLowerCase();
  return labelParts.some((labelPart) => {
    const known = labelPart.toLowerCase();
    return known === key || (known.endsWith('…') && key.startsWith(known.slice(0, -1)));
  });
}

/**
 * The list's meta line, after the number chip: the rest of the label (publisher · date), then
 * what it leaves out of outlet, agency and dateline (or date), then N words.
 */
export function listMetaParts(source: Described & Labelled): string[] {
  const labelParts = labelWithoutNumber(source)
    .split(metaSeparator)
    .filter((part) => part !== '');
  const where = source.dateline.trim() || formatIsoDate(source.publishedDate);
  const more = [source.outlet, source.agency, where].filter((part) => !inLabel(labelParts, part));
  return [...distinct([...labelParts, ...more]), formatWordCount(source.wordCount)];
}

/** The column header's meta line: outlet · byline · dateline · agency · date · N words. */
export function columnMetaParts(source: Described): string[] {
  return [
    ...distinct([
      source.outlet,
      source.byline,
      source.dateline,
      source.agency,
      formatIsoDate(source.publishedDate),
    ]),
    formatWordCount(source.wordCount),
  ];
}

export const metaSeparator = ' · ';

export function joinMeta(parts: readonly string[]): string {
  return parts.join(metaSeparator);
}
