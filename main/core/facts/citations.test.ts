import { describe, expect, it } from 'vitest';
import { circularReporting, OutletIndex } from './citations';

const label = (id: number) => `#${id}`;

describe('OutletIndex', () => {
  const index = new OutletIndex([
    { id: 1, label: '#1', outlet: 'AP', agency: '' },
    { id: 2, label: '#2', outlet: 'The Washington Times', agency: 'AP' },
    { id: 3, label: '#3', outlet: 'Yonhap News Agency', agency: '' },
    { id: 4, label: '#4', outlet: '', agency: '' },
  ]);

  it.each([
    ['The Associated Press', 3, [1, 2]],
    ['Associated Press', 1, [2]],
    ['the AP', 4, [1, 2]],
    ['Yonhap', 1, [3]],
    ['South Korea’s Yonhap News Agency', 1, []],
    ['Yonhap News Agency', 3, []],
    ['The Washington Times', 1, [2]],
    ['Reuters', 1, []],
    ['Dmitry Peskov', 1, []],
  ])('%s from #%s cites %j', (originator, from, cited) => {
    expect(index.cited(originator, from)).toEqual(cited);
  });
});

describe('circularReporting', () => {
  const graph = (edges: Array<[number, number]>) => {
    const map = new Map<number, Set<number>>();
    for (const [from, to] of edges) map.set(from, (map.get(from) ?? new Set()).add(to));
    return map;
  };

  it('finds A cites B, B cites A', () => {
    expect(
      circularReporting(
        graph([
          [1, 2],
          [2, 1],
        ]),
        label,
      ),
    ).toEqual([
      {
        sourceIds: [1, 2],
        explanation:
          'Circular reporting: #1 cites #2, #2 cites #1; these reports confirm each other, not the event',
      },
    ]);
  });

  it('finds a longer chain back to its start, and nothing in a chain that does not return', () => {
    expect(
      circularReporting(
        graph([
          [1, 2],
          [2, 3],
          [3, 1],
          [3, 4],
        ]),
        label,
      ).map((l) => l.sourceIds),
    ).toEqual([[1, 2, 3]]);
    expect(
      circularReporting(
        graph([
          [1, 2],
          [2, 3],
          [3, 4],
        ]),
        label,
      ),
    ).toEqual([]);
  });

  it('walks a 200,000-source chain without recursion', () => {
    const edges: Array<[number, number]> = [];
    for (let i = 1; i < 200_000; i++) edges.push([i, i + 1]);
    edges.push([200_000, 1]);
    const loops = circularReporting(graph(edges), label);
    expect(loops).toHaveLength(1);
    expect(loops[0]?.sourceIds).toHaveLength(200_000);
  }, 60_000);
});
