import type { DiscrepancySide } from '../../../preload/contract';

export interface PassagePart {
  text: string;
  /** The differing words. */
  differs: boolean;
}

/**
 * A discrepancy's passage cut around the differing words, for highlighting. Offsets are code
 * points into the source; the passage's own text starts at `passage.start`. A span that falls
 * outside the passage (it should not) leaves the passage unmarked rather than garbled.
 */
export function passageParts(side: DiscrepancySide): PassagePart[] {
  const points = Array.from(side.passage.text);
  const from = side.start - side.passage.start;
  const to = side.end - side.passage.start;
  if (from < 0 || to > points.length || from >= to) {
    return [{ text: side.passage.text, differs: false }];
  }
  const parts: PassagePart[] = [
    { text: points.slice(0, from).join(''), differs: false },
    { text: points.slice(from, to).join(''), differs: true },
    { text: points.slice(to).join(''), differs: false },
  ];
  return parts.filter((part) => part.text !== '');
}
