import { canonicalAgency } from './agencies';
import { MONTH_PATTERN } from './published-date';

// A dateline opens the lead: "SEOUL, South Korea, Sept 12 (AP) — North Korea’s Kim …". It says
// where (and when) the story was filed and, in parentheses, which wire service filed it. It is
// metadata, not reporting, so it moves out of the paragraph. The place must be in capitals:
// that is what separates "WASHINGTON — The …" from an ordinary sentence.

/** One upper-case word of a place: WASHINGTON, ST., PORT-AU-PRINCE, N’DJAMENA, SEOUL/MOSCOW. */
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’/\-]*`;
/** One word of a region after the place: "South", "Korea", "N.Y.", "of". */
const REGION_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’\-]*|of|de|del|la|and|the)`;
const DATE = String.raw`(?:${MONTH_PATTERN}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH_PATTERN}(?:\s+\d{4})?)`;

const PLACE = String.raw`${PLACE_WORD}(?:\s+${PLACE_WORD})*`;
const REGIONS = String.raw`(?:,\s*${REGION_WORD}(?:\s+${REGION_WORD}){0,4}){0,3}`;
const AGENCY = String.raw`\(([^()\n]{1,40})\)`;
/** An em or en dash with or without spaces, a double hyphen, or a hyphen followed by a space. */
const DASH = String.raw`\s*(?:[—–]|--|-(?=\s))\s*`;
/** The story must go on with something that can start a sentence. */
const STORY_START = String.raw`(?=[\p{Lu}\p{N}\p{Ps}\p{Pi}"'])`;

const DATELINE = new RegExp(
  String.raw`^((${PLACE})${REGIONS}(?:,?\s+${DATE})?)(?:\s*${AGENCY})?${DASH}${STORY_START}`,
  'u',
);
/** Some copies drop the place and keep only "(Reuters) - …". */
const AGENCY_ONLY = new RegExp(String.raw`^${AGENCY}${DASH}${STORY_START}`, 'u');

export interface Dateline {
  /** Place and date as written, without the agency and the dash ("SEOUL, South Korea, Sept 12"). */
  dateline: string;
  agency: string;
  /** The paragraph without its dateline. */
  rest: string;
}

/** Splits a leading dateline off a paragraph, or returns null when it has none. */
export function extractDateline(paragraph: string): Dateline | null {
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly?.[1] && /\p{L}/u.test(agencyOnly[1])) {
    return {
      dateline: '',
      agency: canonicalAgency(agencyOnly[1]),
      rest: paragraph.slice(agencyOnly[0].length),
    };
  }
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return null;
  const [whole, dateline = '', place = '', agency = ''] = match;
  // "I — " or "A — " open sentences; no place is named by one letter.
  if ((place.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  if (agency && !/\p{L}/u.test(agency)) return null;
  return {
    dateline: dateline.trim(),
    agency: agency ? canonicalAgency(agency) : '',
    rest: paragraph.slice(whole.length),
  };
}
