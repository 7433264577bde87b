// Which of two sources is the copy, on evidence only. An attribution line ("Content Source:
// www.washingtontimes.com", "Originally published by…") says its text came from elsewhere;
// failing that, the earlier publication date is the origin; failing that, nobody knows.

import { labelOf, type SourceFacts } from './source-facts';

export interface Direction {
  copy: SourceFacts;
  origin: SourceFacts;
  reason: 'attribution' | 'date';
  /** For an attribution: whether it names the origin's outlet or site. */
  namesOrigin: boolean;
}

const DOMAIN = /(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/u;

/** The site an attribution line names, without "www." ("washingtontimes.com"), or ''. */
export function attributedDomain(attribution: string): string {
  const found = DOMAIN.exec(attribution.toLowerCase())?.[0] ?? '';
  return found.replace(/^www\./, '');
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function sameSite(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`);
}

/** Whether an attribution names the outlet or site of `source` (by domain or by name). */
function namesSource(attribution: string, source: SourceFacts): boolean {
  const domain = attributedDomain(attribution);
  if (!domain) return false;
  const host = attributedDomain(source.url);
  if (host && sameSite(host, domain)) return true;
  const outletDomain = attributedDomain(source.outlet);
  if (outletDomain) return sameSite(outletDomain, domain);
  // "The Washington Times" names washingtontimes.com.
  const outlet = squash(source.outlet);
  const site = squash(domain.split('.').slice(0, -1).join('.'));
  return outlet.length > 0 && site.length > 0 && (outlet === site || outlet.endsWith(site));
}

/** The direction of a copy between `a` and `b`, or null when the sources give no evidence. */
export function findDirection(a: SourceFacts, b: SourceFacts): Direction | null {
  const attributedA = a.attribution.trim() !== '';
  const attributedB = b.attribution.trim() !== '';
  if (attributedA || attributedB) {
    const namesB = attributedA && namesSource(a.attribution, b);
    const namesA = attributedB && namesSource(b.attribution, a);
    // Only one side credits a source, or only one credits the other: that side is the copy.
    if (attributedA !== attributedB || namesA !== namesB) {
      const aIsCopy = attributedA !== attributedB ? attributedA : namesB;
      const [copy, origin] = aIsCopy ? [a, b] : [b, a];
      return { copy, origin, reason: 'attribution', namesOrigin: aIsCopy ? namesB : namesA };
    }
  }
  const dateA = a.publishedDate.trim();
  const dateB = b.publishedDate.trim();
  if (dateA && dateB && dateA !== dateB) {
    const [copy, origin] = dateA > dateB ? [a, b] : [b, a];
    return { copy, origin, reason: 'date', namesOrigin: false };
  }
  return null;
}

/** The direction in words, with the evidence for it. */
export function describeDirection(direction: Direction | null, a: SourceFacts, b: SourceFacts) {
  if (direction === null) {
    const dates = a.publishedDate && a.publishedDate === b.publishedDate;
    const why = dates
      ? `both are dated ${a.publishedDate} and neither credits a source`
      : 'neither credits a source and their publication dates are not both known';
    return `Direction undetermined: ${why}.`;
  }
  const copy = labelOf(direction.copy);
  const origin = labelOf(direction.origin);
  if (direction.reason === 'date') {
    return (
      `${origin} is dated ${direction.origin.publishedDate} and ${copy} ` +
      `${direction.copy.publishedDate}, so ${origin} is taken as the origin.`
    );
  }
  const line = `${copy} carries the line “${direction.copy.attribution.trim()}”`;
  return direction.namesOrigin
    ? `${line}, which names ${origin}'s outlet, so it is the copy.`
    : `${line}, so it is the copy.`;
}
