import { knownAgency } from './agencies';
import { parseFullDate } from './published-date';

// Bylines come in three shapes: a "By …" line above the story, a contact line at its foot
// ("Jane Doe can be reached at …") and a wire credit ("Reporting by …; Editing by …").

/** Lower-case words that may sit inside a personal name or between two names. */
const NAME_PARTICLES = new Set([
  'and',
  '&',
  'al',
  'bin',
  'binti',
  'da',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'van',
  'von',
  'y',
]);

/** Mail services whose domain says nothing about the outlet a writer works for. */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'mail.ru',
  'yandex.ru',
]);

/**
 * Whether text reads as one or more personal names ("Jane Doe", "JIM GOMEZ and Aamer Madhani",
 * "Ludwig van Beethoven, Jr."): every word capitalised or a name particle. This is what keeps
 * "By Tuesday officials said" or "By the time he arrived" from being taken for a byline.
 */
export function looksLikeNames(text: string, maxWords = 12): boolean {
  const words = text.split(/[\s,]+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > maxWords || /[!?:;]$/.test(text)) return false;
  return words.every(
    (word) => /^\p{Lu}[\p{L}\p{M}.'’‐-]*$/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()),
  );
}

export interface Byline {
  byline: string;
  /** Canonical agency when the byline credits a wire service ("By Jane Doe, Associated Press"). */
  agency: string;
  /** ISO date when the byline carries a full date ("By Jane Doe | Sept. 12, 2023"). */
  publishedDate: string;
}

/** A "By …" line, or null when the line is anything else. */
export function parseBylineLine(line: string): Byline | null {
  const match = /^by\s+(.+)$/i.exec(line.trim());
  if (!match?.[1]) return null;
  const [names = '', ...extras] = match[1].split(/\s+[|•·—–-]\s+/);
  let byline = names.trim();
  let agency = '';
  const affiliation = /^(.+?),\s*([^,]+)$/.exec(byline);
  if (affiliation?.[1] && affiliation[2] && knownAgency(affiliation[2])) {
    byline = affiliation[1];
    agency = knownAgency(affiliation[2]);
  } else if (knownAgency(byline)) {
    return { byline: '', agency: knownAgency(byline), publishedDate: '' };
  }
  if (!looksLikeNames(byline)) return null;
  const publishedDate = extras.map(parseFullDate).find((date) => date !== '') ?? '';
  return { byline, agency, publishedDate };
}

export interface ContactLine {
  byline: string;
  /** The e-mail's domain, or '' for a personal mail service. */
  outletDomain: string;
}

const CONTACT_PATTERNS = [
  /^(.+?)\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+(?:at|via|by\s+e-?mail\s+at)\s+(\S+@\S+)(?:\s.*)?$/i,
  /^(?:reach|contact|e-?mail)\s+(.+?)\s+at\s+(\S+@\S+)(?:\s.*)?$/i,
];

/** A foot-of-story contact line such as "• Jane Doe can be reached at jdoe@example.com." */
export function parseContactLine(line: string): ContactLine | null {
  const text = line.trim().replace(/^[•·▪◦‣*]\s*/, '');
  for (const pattern of CONTACT_PATTERNS) {
    const [, name = '', email = ''] = pattern.exec(text) ?? [];
    if (!name || !looksLikeNames(name, 6)) continue;
    const domain = (email.split('@')[1] ?? '').replace(/[.,;)]+$/, '').toLowerCase();
    if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) continue;
    return { byline: name, outletDomain: PERSONAL_MAIL_DOMAINS.has(domain) ? '' : domain };
  }
  return null;
}

/** A wire credit line: "Reporting by …", "(Additional reporting by …; Editing by …)". */
export const CREDIT_LINE =
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics)\s+by\s/i;

/** The reporters a credit line names ("Reporting by Jo Kim in Seoul; …" → "Jo Kim"). */
export function parseCreditLine(line: string): string | null {
  const match = /^\(?reporting\s+by\s+([^;)]+)/i.exec(line.trim());
  if (!match?.[1]) return null;
  const names = match[1]
    .replace(/,?\s+(?:editing|writing)\s+by\s.*$/i, '')
    .split(/\s+and\s+|,\s*/)
    .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim())
    .filter((name) => name.length > 0)
    .join(' and ');
  return looksLikeNames(names) ? names : null;
}
