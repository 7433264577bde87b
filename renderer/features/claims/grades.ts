import type { Credibility, Reliability } from '../../../preload/contract';

// The Admiralty (NATO) grading scale: a source's reliability A–F and a piece of information's
// credibility 1–6, with the words analysts know them by.

export const credibilityLabels: Record<Credibility, string> = {
  1: 'Confirmed',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Cannot be judged',
};

export const credibilities: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

export const reliabilityLabels: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Cannot be judged',
};

export const reliabilities: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** "2 Probably true". */
export function credibilityText(grade: Credibility): string {
  return `${grade} ${credibilityLabels[grade]}`;
}

export function isCredibility(value: number): value is Credibility {
  return Number.isInteger(value) && value >= 1 && value <= 6;
}

export function isReliability(value: string): value is Reliability {
  return (reliabilities as readonly string[]).includes(value);
}

/** "2 independent sources" / "1 independent source". */
export function independentText(count: number): string {
  return `${count} independent ${count === 1 ? 'source' : 'sources'}`;
}
