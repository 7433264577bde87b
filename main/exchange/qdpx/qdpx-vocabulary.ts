// The names Corroborate writes into a .qdpx and recognises when it reads its own export back.
//
// How a claim is encoded (REFI-QDA has no notion of a claim with several passages):
// - Every occurrence of an exported claim is one PlainTextSelection in its source, named
//   "Claim 12" (the origin) or "Claim 12 (supports)" / "Claim 12 (contradicts)". Each carries a
//   Coding for every tag of the claim and one for its credibility code, so QDA tools that know
//   nothing of claims still see every passage coded; the origin's Description holds the note.
// - The grouping and the stance are Links (the schema's only typed relation between two
//   selections): one OneWay Link per non-origin occurrence, from the origin's selection to that
//   occurrence's selection, named "supports" or "contradicts". Links are kept by NVivo, MAXQDA and
//   ATLAS.ti as relations, so the structure is visible there too.
// - The selection names only give back the claims' order; the Links alone carry structure.
// A project whose root `origin` attribute starts with ORIGIN is read with these rules; any
// other project is foreign and each of its selections becomes a claim of its own.
import type { Credibility, OccurrenceStance, SourceMetadata } from '../../../preload/contract';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Corroborate';
export const USER_NAME = 'Corroborate';

export const CREDIBILITY_GROUP = 'Credibility';
export const CREDIBILITY_DESCRIPTION =
  'Admiralty (NATO) information credibility, graded by the analyst for each claim.';
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: '1 Confirmed',
  2: '2 Probably true',
  3: '3 Possibly true',
  4: '4 Doubtful',
  5: '5 Improbable',
  6: '6 Cannot be judged',
};
/** Colours of the credibility codes, green (confirmed) to grey (cannot be judged). */
export const CREDIBILITY_COLORS: Record<Credibility, string> = {
  1: '#1a9850',
  2: '#91cf60',
  3: '#d9ef8b',
  4: '#fc8d59',
  5: '#d73027',
  6: '#bababa',
};
export const CREDIBILITIES: Credibility[] = [1, 2, 3, 4, 5, 6];

export const RELIABILITY_VARIABLE = 'Source reliability';

/** Source metadata written as Text variables (the title is the TextSource's name). */
export const METADATA_VARIABLES: Array<[Exclude<keyof SourceMetadata, 'title'>, string]> = [
  ['outlet', 'Outlet'],
  ['byline', 'Byline'],
  ['publishedDate', 'Published date'],
  ['url', 'URL'],
  ['dateline', 'Dateline'],
  ['agency', 'Agency'],
  ['attribution', 'Attribution'],
];

export type LinkStance = Exclude<OccurrenceStance, 'origin'>;
export const LINK_COLORS: Record<LinkStance, string> = {
  supports: '#1a9850',
  contradicts: '#d73027',
};

export function selectionName(claimNumber: number, stance: OccurrenceStance): string {
  return stance === 'origin' ? `Claim ${claimNumber}` : `Claim ${claimNumber} (${stance})`;
}

/** The claim number in a selection name written by `selectionName`, or null. */
export function claimNumberOf(name: string): number | null {
  const match = /^Claim (\d{1,9})(?: \((?:supports|contradicts)\))?$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function isOwnOrigin(origin: string): boolean {
  return origin === ORIGIN || origin.startsWith(`${ORIGIN} `);
}
