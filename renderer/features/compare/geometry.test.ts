import { describe, expect, it } from 'vitest';
import {
  bandPath,
  connectorBands,
  gutterClip,
  mapOffset,
  onScreen,
  syncScrollTargets,
} from './geometry';
import type { ColumnViewport, ConnectorLink, ScrollColumn } from './geometry';

const viewport = (scrollTop: number, offsetTop = 100, height = 600): ColumnViewport => ({
  offsetTop,
  scrollTop,
  height,
});

describe('connectorBands', () => {
  const links: ConnectorLink[] = [
    { key: 'near', kind: 'verbatim', selected: false },
    { key: 'far', kind: 'spun', selected: false },
    { key: 'crossing', kind: 'paraphrase', selected: false },
    { key: 'selected', kind: 'spun', selected: true },
    { key: 'unmeasured', kind: 'spun', selected: false },
  ];
  const left = new Map([
    ['near', { top: 50, bottom: 90 }],
    ['far', { top: 5000, bottom: 5040 }],
    ['crossing', { top: -2000, bottom: -1900 }],
    ['selected', { top: 300, bottom: 340 }],
    ['unmeasured', { top: 10, bottom: 20 }],
  ]);
  const right = new Map([
    ['near', { top: 80, bottom: 140 }],
    ['far', { top: 6000, bottom: 6040 }],
    ['crossing', { top: 4000, bottom: 4100 }],
    ['selected', { top: 320, bottom: 360 }],
  ]);

  it('keeps bands with an end near the view or crossing it, selected last', () => {
    const bands = connectorBands(links, left, right, viewport(0), viewport(20), 100);
    expect(bands.map((band) => band.key)).toEqual(['near', 'crossing', 'selected']);
  });

  it('places each end in row coordinates from its own column’s scroll', () => {
    const [near] = connectorBands(links, left, right, viewport(0), viewport(20), 100);
    expect(near?.left).toEqual({ top: 150, bottom: 190 });
    expect(near?.right).toEqual({ top: 160, bottom: 220 });
    expect(onScreen({ top: 500, bottom: 520 }, viewport(400, 80))).toEqual({
      top: 180,
      bottom: 200,
    });
  });
});

describe('bandPath', () => {
  it('draws an S-shaped band from the left extent to the right one', () => {
    expect(bandPath({ left: { top: 10, bottom: 30 }, right: { top: 50, bottom: 60 } }, 32)).toBe(
      'M0 10C16 10 16 50 32 50L32 60C16 60 16 30 0 30Z',
    );
  });

  it('gives a zero-height end a minimum thickness', () => {
    expect(bandPath({ left: { top: 10, bottom: 10 }, right: { top: 20, bottom: 22 } }, 32)).toBe(
      'M0 9C16 9 16 20 32 20L32 22C16 22 16 11 0 11Z',
    );
  });
});

describe('gutterClip', () => {
  it('spans from each body’s top to its bottom', () => {
    expect(gutterClip(viewport(0, 100, 500), viewport(0, 140, 460), 32)).toBe(
      '0,100 32,140 32,600 0,600',
    );
  });
});

describe('mapOffset', () => {
  const links = [
    { from: { top: 100, bottom: 200 }, to: { top: 300, bottom: 500 } },
    { from: { top: 400, bottom: 450 }, to: { top: 700, bottom: 720 } },
  ];

  it.each([
    { offset: 150, expected: 400, where: 'halfway into a passage' },
    { offset: 300, expected: 600, where: 'halfway across a gap' },
    { offset: 50, expected: 250, where: 'before the first passage' },
    { offset: 550, expected: 820, where: 'after the last passage' },
    { offset: 100, expected: 300, where: 'at a passage’s top' },
  ])('maps $where', ({ offset, expected }) => {
    expect(mapOffset(offset, links)).toBe(expected);
  });

  it('does not interpolate across a gap whose counterparts cross', () => {
    const crossing = [
      { from: { top: 100, bottom: 200 }, to: { top: 800, bottom: 900 } },
      { from: { top: 400, bottom: 450 }, to: { top: 100, bottom: 150 } },
    ];
    expect(mapOffset(300, crossing)).toBe(1000);
  });

  it('is null without links', () => {
    expect(mapOffset(10, [])).toBeNull();
  });
});

describe('syncScrollTargets', () => {
  const column = (scrollTop: number, offsetTop = 100): ScrollColumn => ({
    offsetTop,
    scrollTop,
    height: 600,
    maxScroll: 5000,
  });
  // The anchor line is 15% down a 600 px view: 90 px below the body's top.
  const identity = [{ from: { top: 0, bottom: 4000 }, to: { top: 0, bottom: 4000 } }];
  const shifted = [{ from: { top: 0, bottom: 4000 }, to: { top: 200, bottom: 4200 } }];

  it('lines the counterpart up at the same height on screen', () => {
    const targets = syncScrollTargets(0, [column(1000), column(0)], [shifted]);
    expect(targets).toEqual(new Map([[1, 1200]]));
  });

  it('allows for columns whose text starts lower (taller headers)', () => {
    const targets = syncScrollTargets(0, [column(1000, 100), column(0, 160)], [identity]);
    expect(targets.get(1)).toBe(1060);
  });

  it('propagates right and left along the chain from the driver', () => {
    const targets = syncScrollTargets(1, [column(0), column(1000), column(0)], [shifted, shifted]);
    expect(targets).toEqual(
      new Map([
        [2, 1200],
        [0, 800],
      ]),
    );
  });

  it('clamps to what each column can scroll and stops where a pair has no links', () => {
    const short = { ...column(0), maxScroll: 300 };
    const targets = syncScrollTargets(0, [column(1000), short, column(0)], [identity, []]);
    expect(targets).toEqual(new Map([[1, 300]]));
  });
});
