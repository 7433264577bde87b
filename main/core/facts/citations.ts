// Citations between reports of the case and circular reporting. An attribution whose originator
// is the outlet of another source of the case ("…, The Associated Press reported" when an AP
// story is in the case) is a citation of that source. Citations form a graph; a loop in it
// (A cites B and B cites A, or a longer chain back to its start) is circular reporting: the
// reports confirm each other and nothing else.

import type { CircularReporting } from '../../../preload/contract';
import { creditKey } from '../claims/attribution-joins';

export interface OutletSource {
  id: number;
  label: string;
  /** The publishing outlet ("AP", "The Washington Times"); '' when unknown. */
  outlet: string;
  /** The wire service its dateline or byline credits ("AP"); '' when none. */
  agency: string;
}

/** Wire services and agencies by their short and long names. */
const ALIASES: ReadonlyArray<readonly string[]> = [
  ['ap', 'associated press', 'the associated press'],
  ['afp', 'agence france presse', 'agence france-presse'],
  ['reuters', 'thomson reuters'],
  ['yonhap', 'yonhap news agency', 'yonhap news'],
  ['kcna', 'korean central news agency'],
  ['tass', 'tass news agency', 'itar tass'],
  ['ria', 'ria novosti', 'ria-novosti'],
  ['bbc', 'bbc news', 'british broadcasting corporation'],
  ['nyt', 'new york times', 'the new york times'],
  ['upi', 'united press international'],
  ['dpa', 'deutsche presse agentur'],
];

const STRIP = /\b(?:news agency|news service|newspaper|news)\b/g;

function names(outlet: string): string[] {
  const key = creditKey(outlet);
  if (key === '') return [];
  const found = new Set<string>([key, key.replace(STRIP, '').replace(/\s+/g, ' ').trim()]);
  for (const row of ALIASES) {
    if (row.some((alias) => creditKey(alias) === key))
      for (const alias of row) found.add(creditKey(alias));
  }
  found.delete('');
  return [...found];
}

/** Finds, for an originator's name, the case's sources whose outlet or agency it names. */
export class OutletIndex {
  private readonly byName = new Map<string, number[]>();

  constructor(sources: readonly OutletSource[]) {
    for (const source of sources) {
      const all = new Set([...names(source.outlet), ...names(source.agency)]);
      for (const name of all) {
        const list = this.byName.get(name);
        if (list) list.push(source.id);
        else this.byName.set(name, [source.id]);
      }
    }
  }

  /** Sources (other than `from`) of the outlet `originator` names; empty when none. */
  cited(originator: string, from: number): number[] {
    const ids = new Set<number>();
    for (const name of names(originator.replace(/['’]s\b.*$/u, ''))) {
      for (const id of this.byName.get(name) ?? []) if (id !== from) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }
}

/**
 * Loops in the citation graph (`edges`: citing source → cited sources), found with Tarjan's
 * strongly connected components, iteratively. Each loop lists its sources and explains the
 * citations inside it.
 */
export function circularReporting(
  edges: ReadonlyMap<number, ReadonlySet<number>>,
  label: (id: number) => string,
): CircularReporting[] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const nodes = [...edges.keys()].sort((a, b) => a - b);
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: Array<{ node: number; next: number[]; i: number }> = [];
    const open = (node: number) => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: [...(edges.get(node) ?? [])].sort((a, b) => a - b), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      if (frame.i < frame.next.length) {
        const target = frame.next[frame.i] ?? 0;
        frame.i += 1;
        if (!index.has(target)) open(target);
        else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: number[] = [];
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
          onStack.delete(node);
          component.push(node);
          if (node === frame.node) break;
        }
        if (component.length > 1) components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components.map((component) => {
    const inside = new Set(component);
    const citations: string[] = [];
    for (const from of component) {
      for (const to of [...(edges.get(from) ?? [])].sort((a, b) => a - b)) {
        if (inside.has(to)) citations.push(`${label(from)} cites ${label(to)}`);
      }
    }
    return {
      sourceIds: component,
      explanation: `Circular reporting: ${citations.join(', ')}; these reports confirm each other, not the event`,
    };
  });
}
