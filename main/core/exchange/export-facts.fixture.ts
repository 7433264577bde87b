// Facts for exporter tests: quotes and discrepancies over a snapshot's sources, with names and
// descriptions that may be hostile, `discrepancies` of them so lists can overflow their cap.
import type { CaseSnapshot } from './case-snapshot';
import type { ExportFacts } from './export-facts';

export function factsFor(
  snapshot: CaseSnapshot,
  options: { names?: readonly string[]; discrepancies?: number } = {},
): ExportFacts {
  const [first, second] = snapshot.sources;
  if (!first) throw new Error('facts need a source');
  const other = second ?? first;
  const names = options.names?.length ? options.names : ['Adrienne Watson', 'John Kirby'];
  const name = (index: number) => names[index % names.length] ?? 'Nobody';
  const whole = (source: typeof first) => ({
    sourceId: source.id,
    start: 0,
    end: Array.from(source.text).length,
  });
  const side = (source: typeof first, index: number) => ({
    ...whole(source),
    end: Math.min(1, Array.from(source.text).length),
    text: name(index),
    passage: { ...whole(source), text: source.text },
  });
  return {
    quotes: [
      {
        id: 'solo',
        text: 'said once, by one',
        occurrences: [{ ...whole(first), speaker: name(0) }],
        speakers: [name(0)],
        speakerConflict: null,
      },
      {
        id: 'shared',
        text: name(2),
        occurrences: [
          { ...whole(first), speaker: name(0) },
          { ...whole(other), speaker: name(1) },
        ],
        speakers: [name(0), name(1)],
        speakerConflict: `${name(0)} ≠ ${name(1)}`,
      },
    ],
    attributions: [],
    entities: [],
    discrepancies: Array.from({ length: options.discrepancies ?? 1 }, (_, index) => ({
      id: `d${index}`,
      kind: 'other' as const,
      description: `${name(index)} ≠ ${name(index + 1)}`,
      a: side(first, index),
      b: side(other, index + 1),
    })),
    circular: [],
    credits: [],
  };
}
