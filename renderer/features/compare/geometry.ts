import type { PassageKind } from '../../../preload/contract';

// Pure geometry for connectors and synchronised scrolling. Extents are in a column's content
// coordinates (pixels from the top of its scrolled text); a column's viewport says where that
// content currently sits relative to the top of the row of columns.

export interface Extent {
  top: number;
  bottom: number;
}

export interface ColumnViewport {
  /** Top of the scrolling body, relative to the top of the columns row. */
  offsetTop: number;
  scrollTop: number;
  /** Visible height of the body. */
  height: number;
}

export interface ConnectorLink {
  key: string;
  kind: PassageKind;
  selected: boolean;
}

export interface ConnectorBand extends ConnectorLink {
  left: Extent;
  right: Extent;
}

/** Where content `extent` appears in row coordinates, given its column's viewport. */
export function onScreen(extent: Extent, viewport: ColumnViewport): Extent {
  const shift = viewport.offsetTop - viewport.scrollTop;
  return { top: extent.top + shift, bottom: extent.bottom + shift };
}

type Placement = 'above' | 'near' | 'below';

function placement(extent: Extent, viewport: ColumnViewport, margin: number): Placement {
  if (extent.bottom < viewport.offsetTop - margin) return 'above';
  if (extent.top > viewport.offsetTop + viewport.height + margin) return 'below';
  return 'near';
}

/**
 * The bands to draw between two columns: links measured on both sides whose ends are near the
 * viewport (within `margin`), or which cross it from above to below. Selected bands come last
 * so they are drawn on top.
 */
export function connectorBands(
  links: readonly ConnectorLink[],
  leftExtents: ReadonlyMap<string, Extent>,
  rightExtents: ReadonlyMap<string, Extent>,
  left: ColumnViewport,
  right: ColumnViewport,
  margin = 200,
): ConnectorBand[] {
  const bands: ConnectorBand[] = [];
  for (const link of links) {
    const leftExtent = leftExtents.get(link.key);
    const rightExtent = rightExtents.get(link.key);
    if (!leftExtent || !rightExtent) continue;
    const leftBand = onScreen(leftExtent, left);
    const rightBand = onScreen(rightExtent, right);
    const ends = [placement(leftBand, left, margin), placement(rightBand, right, margin)];
    const crosses = ends.includes('above') && ends.includes('below');
    if (!ends.includes('near') && !crosses) continue;
    bands.push({ ...link, left: leftBand, right: rightBand });
  }
  return bands.sort((x, y) => Number(x.selected) - Number(y.selected));
}

const minimumHeight = 2;

function atLeast(extent: Extent): Extent {
  if (extent.bottom - extent.top >= minimumHeight) return extent;
  const middle = (extent.top + extent.bottom) / 2;
  return { top: middle - minimumHeight / 2, bottom: middle + minimumHeight / 2 };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An S-shaped band from a left extent (x = 0) to a right extent (x = width). */
export function bandPath(band: Pick<ConnectorBand, 'left' | 'right'>, width: number): string {
  const left = atLeast(band.left);
  const right = atLeast(band.right);
  const middle = round(width / 2);
  const w = round(width);
  const [lt, lb, rt, rb] = [left.top, left.bottom, right.top, right.bottom].map(round);
  return (
    `M0 ${lt}C${middle} ${lt} ${middle} ${rt} ${w} ${rt}` +
    `L${w} ${rb}C${middle} ${rb} ${middle} ${lb} 0 ${lb}Z`
  );
}

/** The gutter area between the two bodies, so bands never cover the column headers. */
export function gutterClip(left: ColumnViewport, right: ColumnViewport, width: number): string {
  const w = round(width);
  const points = [
    [0, left.offsetTop],
    [w, right.offsetTop],
    [w, right.offsetTop + right.height],
    [0, left.offsetTop + left.height],
  ];
  return points.map(([x, y]) => `${x},${round(y ?? 0)}`).join(' ');
}

export interface AnchorLink {
  from: Extent;
  to: Extent;
}

/**
 * Maps a content offset in one column to the matching offset in its neighbour: proportionally
 * inside an aligned passage, proportionally across the gap between two passages, and at a
 * constant distance beyond the first or last one. Null when the pair has no measured links.
 */
export function mapOffset(offset: number, links: readonly AnchorLink[]): number | null {
  if (links.length === 0) return null;
  const sorted = [...links].sort(
    (x, y) => x.from.top - y.from.top || x.from.bottom - y.from.bottom,
  );
  const inside = sorted.find((link) => offset >= link.from.top && offset <= link.from.bottom);
  if (inside) {
    const height = inside.from.bottom - inside.from.top;
    const share = height > 0 ? (offset - inside.from.top) / height : 0;
    return inside.to.top + share * (inside.to.bottom - inside.to.top);
  }
  const before = sorted.findLast((link) => link.from.bottom < offset);
  const after = sorted.find((link) => link.from.top > offset);
  if (before && after && after.to.top >= before.to.bottom) {
    const gap = after.from.top - before.from.bottom;
    const share = gap > 0 ? (offset - before.from.bottom) / gap : 0;
    return before.to.bottom + share * (after.to.top - before.to.bottom);
  }
  if (before) return before.to.bottom + (offset - before.from.bottom);
  if (after) return after.to.top - (after.from.top - offset);
  return null;
}

export interface ScrollColumn extends ColumnViewport {
  /** scrollHeight - clientHeight. */
  maxScroll: number;
}

/** The line of the driving column that its neighbours line up with: near the top of the view. */
export const anchorShare = 0.15;

/**
 * New scroll positions for every other column when `driver` has scrolled: the content at the
 * driver's anchor line is mapped through each pair in turn, left and right along the chain, and
 * each column is scrolled so its counterpart sits at the same height on screen. `pairLinks[i]`
 * links column i (from) to column i + 1 (to). A column the chain cannot reach keeps its place.
 */
export function syncScrollTargets(
  driver: number,
  columns: readonly ScrollColumn[],
  pairLinks: readonly (readonly AnchorLink[])[],
): Map<number, number> {
  const targets = new Map<number, number>();
  const source = columns[driver];
  if (!source) return targets;
  const screenY = source.offsetTop + source.height * anchorShare;
  const place = (column: number, offset: number) => {
    const target = columns[column];
    if (!target) return;
    const scrollTop = target.offsetTop + offset - screenY;
    targets.set(column, Math.round(Math.min(Math.max(scrollTop, 0), target.maxScroll)));
  };
  const start = source.scrollTop + source.height * anchorShare;

  let offset: number | null = start;
  for (let column = driver + 1; column < columns.length && offset !== null; column++) {
    offset = mapOffset(offset, pairLinks[column - 1] ?? []);
    if (offset !== null) place(column, offset);
  }
  offset = start;
  for (let column = driver - 1; column >= 0 && offset !== null; column--) {
    const reversed = (pairLinks[column] ?? []).map((link) => ({ from: link.to, to: link.from }));
    offset = mapOffset(offset, reversed);
    if (offset !== null) place(column, offset);
  }
  return targets;
}
