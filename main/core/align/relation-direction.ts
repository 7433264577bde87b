// Which of two sources is the copy, on evidence only, with that evidence in words.
//
// A credit line ("Content Source: www.washingtontimes.com", "Article courtesy of …", "— AP" under
// the story) is added by whoever republishes a text, so the side that carries one the other does
// not is the copy; when both carry one, the side whose line names the other's outlet or site is.
// Two kinds of credit weigh less, because an original carries them too: a copyright notice names
// the text's owner, which may be the text's own publisher, and a wire credit ("SEOUL (AP) —") is
// on the wire's own story as much as on a reprint, and a copy that dropped it would otherwise pass
// for the origin. Either counts only when it names the other side. A credit both sides carry, or
// one naming the side that carries it, says nothing. Failing all that, the earlier of two known,
// different publication dates is the origin; failing that, nobody knows. Never a guess.

import { agencyOfSite, knownAgency } from '../import/agencies';
import { readAttribution } from '../import/boilerplate';
import { labelOf, type SourceFacts } from './source-facts';

export interface Direction {
  copy: SourceFacts;
  origin: SourceFacts;
  reason: 'attribution' | 'date';
  /** For an attribution: whether it names the origin's outlet or site. */
  namesOrigin: boolean;
  /** The evidence in words: "B carries the line “…”", "A is dated 2005-03-01 and B 2005-03-04". */
  evidence: string;
}

const DOMAIN = /(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/u;

/** The site an attribution line names, without "www." ("washingtontimes.com"), or ''. */
export function attributedDomain(attribution: string): string {
  const found = DOMAIN.exec(attribution.toLowerCase())?.[0] ?? '';
  return found.replace(/^www\./, '');
}

/** Whom a credit names, or who a source is: a site, a name, a wire service; '' when unknown. */
interface Reference {
  site: string;
  name: string;
  agency: string;
}

interface Credit {
  /** As the source carries it: the attribution line, or the wire service's name. */
  text: string;
  kind: 'credit' | 'copyright' | 'wire';
  names: Reference;
}

/** "The Washington Times" → "washingtontimes". */
function squash(value: string): string {
  return value
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function referenceTo(named: string): Reference {
  const site = attributedDomain(named);
  const agency = knownAgency(named) || agencyOfSite(site);
  return { site, name: site ? '' : squash(named), agency };
}

function sameSite(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`);
}

/** Whether an outlet's name is that of a site: "The Washington Times" and washingtontimes.com. */
function siteNamed(site: string, name: string): boolean {
  const labels = site.split('.').slice(0, -1);
  const stem = squash(labels.join('.'));
  if (name === stem || (stem.length >= 4 && name.endsWith(stem))) return true;
  return labels.some((label) => label.length >= 4 && label === name);
}

function sameReference(x: Reference, y: Reference): boolean {
  if (x.agency && x.agency === y.agency) return true;
  if (x.site && y.site) return sameSite(x.site, y.site);
  if (x.name && y.name) return x.name === y.name;
  if (x.site && y.name) return siteNamed(x.site, y.name);
  if (y.site && x.name) return siteNamed(y.site, x.name);
  return false;
}

/** Who a source is, by its address and its outlet. */
function identityOf(source: SourceFacts): Reference[] {
  const identity: Reference[] = [];
  const host = attributedDomain(source.url);
  if (host) identity.push({ site: host, name: '', agency: agencyOfSite(host) });
  if (source.outlet.trim()) identity.push(referenceTo(source.outlet));
  return identity;
}

/** The credits a source carries, leaving out any that name the source itself. */
function creditsOf(source: SourceFacts): Credit[] {
  const credits: Credit[] = [];
  const line = source.attribution.trim();
  if (line) {
    const read = readAttribution(line);
    // A line typed in by hand may have any shape: it names at most the site it mentions.
    const names = read
      ? referenceTo(read.source)
      : { site: attributedDomain(line), name: '', agency: '' };
    credits.push({ text: line, kind: read?.kind ?? 'credit', names });
  }
  const agency = source.agency?.trim() ?? '';
  if (agency) credits.push({ text: agency, kind: 'wire', names: referenceTo(agency) });
  const self = identityOf(source);
  return credits.filter((credit) => !self.some((who) => sameReference(credit.names, who)));
}

function sameCredit(x: Credit, y: Credit): boolean {
  const line = squash(x.text);
  return (line !== '' && line === squash(y.text)) || sameReference(x.names, y.names);
}

/** What one side's credits say against the other's. */
interface Reading {
  /** A credit the other side does not carry that counts: one naming the other side first. */
  claim: { credit: Credit; namesOther: boolean } | null;
  /** A credit both sides carry. */
  shared: Credit | null;
  /** A copyright notice or a wire credit that does not name the other side. */
  weak: Credit | null;
}

function readCredits(side: SourceFacts, other: SourceFacts): Reading {
  const theirs = creditsOf(other);
  const them = identityOf(other);
  const reading: Reading = { claim: null, shared: null, weak: null };
  for (const credit of creditsOf(side)) {
    if (theirs.some((their) => sameCredit(credit, their))) reading.shared ??= credit;
    else if (them.some((who) => sameReference(credit.names, who))) {
      if (!reading.claim?.namesOther) reading.claim = { credit, namesOther: true };
    } else if (credit.kind === 'credit') reading.claim ??= { credit, namesOther: false };
    else reading.weak ??= credit;
  }
  return reading;
}

const quoted = (text: string) => `“${text}”`;

function byCredit(
  copy: SourceFacts,
  origin: SourceFacts,
  claim: NonNullable<Reading['claim']>,
): Direction {
  const { credit, namesOther } = claim;
  const what = credit.kind === 'wire' ? 'the wire credit' : 'the line';
  const names = namesOther ? `, which names ${labelOf(origin)}'s outlet` : '';
  return {
    copy,
    origin,
    reason: 'attribution',
    namesOrigin: namesOther,
    evidence: `${labelOf(copy)} carries ${what} ${quoted(credit.text)}${names}`,
  };
}

/** The direction the credits give, or why they give none. */
function directionByCredits(a: SourceFacts, b: SourceFacts): Direction | string {
  const [readA, readB] = [readCredits(a, b), readCredits(b, a)];
  const aNamesB = readA.claim?.namesOther === true;
  const bNamesA = readB.claim?.namesOther === true;
  if (aNamesB && bNamesA) return 'each credits the other';
  if (readA.claim && (aNamesB || !readB.claim)) return byCredit(a, b, readA.claim);
  if (readB.claim && (bNamesA || !readA.claim)) return byCredit(b, a, readB.claim);
  if (readA.claim && readB.claim) return 'each credits a source the other does not';
  const shared = readA.shared ?? readB.shared;
  if (shared) return `both credit the same source (${quoted(shared.text)})`;
  // A wire credit or a copyright line only one side carries: that side says where its text is
  // from and the other does not, so it is the copy. (A wire's own story carries its dateline
  // too; the cost of that case is why these lines come after every other credit.)
  if (readA.weak && !readB.weak) return byCredit(a, b, { credit: readA.weak, namesOther: false });
  if (readB.weak && !readA.weak) return byCredit(b, a, { credit: readB.weak, namesOther: false });
  if (readA.weak && readB.weak) return 'each carries a wire credit or copyright line of its own';
  return 'neither credits a source';
}

function decide(a: SourceFacts, b: SourceFacts): Direction | string {
  const byCredits = directionByCredits(a, b);
  if (typeof byCredits !== 'string') return byCredits;
  const dateA = a.publishedDate.trim();
  const dateB = b.publishedDate.trim();
  if (dateA && dateB && dateA !== dateB) {
    const [copy, origin] = dateA > dateB ? [a, b] : [b, a];
    const [copyDate, originDate] = dateA > dateB ? [dateA, dateB] : [dateB, dateA];
    return {
      copy,
      origin,
      reason: 'date',
      namesOrigin: false,
      evidence: `${labelOf(origin)} is dated ${originDate} and ${labelOf(copy)} ${copyDate}`,
    };
  }
  return dateA && dateA === dateB
    ? `both are dated ${dateA} and ${byCredits}`
    : `${byCredits} and their publication dates are not both known`;
}

/** The direction of a copy between `a` and `b`, or null when the sources give no evidence. */
export function findDirection(a: SourceFacts, b: SourceFacts): Direction | null {
  const decided = decide(a, b);
  return typeof decided === 'string' ? null : decided;
}

/**
 * Why the sources give no direction ("neither credits a source and their publication dates
 * are not both known"); '' when they do give one.
 */
export function undeterminedReason(a: SourceFacts, b: SourceFacts): string {
  const decided = decide(a, b);
  return typeof decided === 'string' ? decided : '';
}

/** The direction in words, with the evidence for it or the reason there is none. */
export function describeDirection(direction: Direction | null, a: SourceFacts, b: SourceFacts) {
  if (direction === null) {
    const why = undeterminedReason(a, b) || 'the evidence was not weighed';
    return `Direction undetermined: ${why}.`;
  }
  if (direction.reason === 'date') {
    return `${direction.evidence}, so ${labelOf(direction.origin)} is taken as the origin.`;
  }
  return `${direction.evidence}, so it is the copy.`;
}
