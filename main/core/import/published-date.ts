// A publication date is only recorded when a line says it in full, year included: a dateline's
// "Sept 12" has no year and guessing one would put wrong data in front of the analyst.

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** English month names and the abbreviations news style uses (Sept., Sep, Jan). */
export const MONTH_PATTERN = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
/** A time of day with an optional zone: "5:04 a.m. EDT", "10:14 PM GMT+9", "5 pm". */
const TIME_OF_DAY = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?`;
/** Pages print the time after the date ("Sept. 12, 2023 at 5:04 a.m.") or before it. */
const TIME_AFTER = String.raw`(?:,?\s+(?:at\s+)?${TIME_OF_DAY})?`;
const TIME_BEFORE = String.raw`(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?,?\s+)?`;

const MONTH_FIRST = new RegExp(
  String.raw`^${TIME_BEFORE}${WEEKDAY}(${MONTH_PATTERN})\s+(\d{1,2}),?\s+(\d{4})${TIME_AFTER}$`,
  'i',
);
const DAY_FIRST = new RegExp(
  String.raw`^${TIME_BEFORE}${WEEKDAY}(\d{1,2})\s+(${MONTH_PATTERN}),?\s+(\d{4})${TIME_AFTER}$`,
  'i',
);
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const DATE_LINE_PREFIX =
  /^(?:(published|posted|updated|last updated|last modified)(?:\s+on)?\s*:?\s*)?(.*)$/i;

function toIsoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1800 || year > 2999) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

/** ISO date (YYYY-MM-DD) of text that is only a full date, or '' when it is anything else. */
export function parseFullDate(text: string): string {
  const trimmed = text.trim();
  const monthFirst = MONTH_FIRST.exec(trimmed);
  if (monthFirst) {
    const [, month = '', day = '', year = ''] = monthFirst;
    return toIsoDate(Number(year), monthNumber(month), Number(day));
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    return toIsoDate(Number(year), monthNumber(month), Number(day));
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, year = '', month = '', day = ''] = iso;
    return toIsoDate(Number(year), Number(month), Number(day));
  }
  return '';
}

export interface DateLine {
  isoDate: string;
  /** "Updated …" dates are not the publication date, but the line is still page furniture. */
  isUpdate: boolean;
}

/** A line that holds only a date, optionally labelled "Published", "Updated" and the like. */
export function parseDateLine(line: string): DateLine | null {
  const [, label = '', rest = ''] = DATE_LINE_PREFIX.exec(line.trim()) ?? [];
  const isoDate = parseFullDate(rest);
  if (!isoDate) return null;
  return { isoDate, isUpdate: /updated|modified/i.test(label) };
}
