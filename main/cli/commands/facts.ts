import { basename } from 'node:path';
import type { CaseFacts } from '../../../preload/contract';
import { computeCaseFacts, extractSourceRecord } from '../../core/facts';
import { createEntityRecognizer } from '../../facts/entity-recognizer';
import { FactsService } from '../../services/facts-service';
import { inlineFactsRunner } from '../../services/facts-runner';
import type { CliOutput } from '../cli-output';
import type { CliCommand } from './cli-command';
import { readTextFile } from './read-text-file';
import { withServices } from './with-services';

type Facts = Pick<CaseFacts, 'quotes' | 'attributions' | 'entities' | 'discrepancies' | 'circular'>;

const span = (item: { start: number; end: number }): [number, number] => [item.start, item.end];

/** The documented JSON shape: spans as [start, end] code points into each source's text. */
export function factsJson(facts: Facts) {
  return {
    quotes: facts.quotes.map((group) => ({
      text: group.text,
      occurrences: group.occurrences.map((o) => ({
        sourceId: o.sourceId,
        span: span(o),
        speaker: o.speaker,
      })),
      speakerConflict: group.speakerConflict,
    })),
    attributions: facts.attributions.map((a) => ({
      sourceId: a.sourceId,
      span: span(a),
      originator: a.originator,
      kind: a.kind,
      citedSourceIds: a.citedSourceIds,
    })),
    entities: facts.entities.map((e) => ({
      name: e.name,
      kind: e.kind,
      variants: e.variants,
      sourceIds: e.counts.map((count) => count.sourceId).sort((x, y) => x - y),
    })),
    discrepancies: facts.discrepancies.map((d) => ({
      kind: d.kind,
      description: d.description,
      a: { sourceId: d.a.sourceId, span: span(d.a), text: d.a.text, passage: span(d.a.passage) },
      b: { sourceId: d.b.sourceId, span: span(d.b), text: d.b.text, passage: span(d.b.passage) },
    })),
    circular: facts.circular,
  };
}

function printFacts(facts: Facts, label: (id: number) => string, output: CliOutput): void {
  const conflicts = facts.quotes.filter((group) => group.speakerConflict !== null);
  output.out(
    `${facts.quotes.length} quotes (${conflicts.length} with different speakers), ${facts.attributions.length} attributions, ${facts.entities.length} entities, ${facts.discrepancies.length} discrepancies`,
  );
  for (const group of conflicts) output.out(`  quote “${group.text}”: ${group.speakerConflict}`);
  for (const d of facts.discrepancies) {
    output.out(
      `  ${d.kind.padEnd(7)} ${d.description} (${label(d.a.sourceId)} / ${label(d.b.sourceId)})`,
    );
  }
  for (const loop of facts.circular) output.out(`  ${loop.explanation}`);
}

export const factsCommand: CliCommand = {
  name: 'facts',
  accepts: ['pair'],
  help: `corroborate facts <case> [--json]
  corroborate facts --pair <fileA> <fileB> [--json]
      Quotes with their speakers (the same quote across sources, different speakers flagged),
      each sentence's attribution (quote, reported, or a citation of another source's outlet),
      entities with spelling variants merged, and the facts that passages saying the same thing
      state differently. --json prints {"quotes","attributions","entities","discrepancies",
      "circular"}, spans as [start,end] in code points into each source's stored text. With
      --pair, two text files without a case: sourceId 1 is fileA, 2 is fileB, spans into the
      files' text as read.`,
  async run(invocation) {
    const { args, options, output } = invocation;
    if (options.batch || options.out) return 'usage';
    if (options.pair) {
      const [pathA, pathB, ...rest] = args;
      if (!pathA || !pathB || rest.length > 0) return 'usage';
      let texts: [string, string];
      try {
        texts = [readTextFile(pathA), readTextFile(pathB)];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (options.json) output.out(JSON.stringify({ error: message }));
        else output.err(`Error: ${message}`);
        return 1;
      }
      const recognizer = createEntityRecognizer();
      const names = [basename(pathA), basename(pathB)];
      const sources = texts.map((text, index) => ({
        id: index + 1,
        label: names[index] ?? '',
        outlet: '',
        agency: '',
        text,
      }));
      const records = new Map(
        sources.map((source) => [source.id, extractSourceRecord(source.text, recognizer)]),
      );
      const facts = computeCaseFacts({ sources, records, edits: [] });
      if (options.json) output.out(JSON.stringify(factsJson(facts)));
      else printFacts(facts, (id) => names[id - 1] ?? `#${id}`, output);
      return 0;
    }
    const [casePath, ...rest] = args;
    if (!casePath || rest.length > 0) return 'usage';
    return withServices(invocation, async (cases, _sources, events) => {
      const service = new FactsService(
        cases,
        inlineFactsRunner(createEntityRecognizer),
        events,
        undefined,
        (error) => {
          throw error;
        },
      );
      cases.open(casePath);
      await service.refresh();
      const facts = service.all();
      if (facts.status.state === 'failed') throw new Error(facts.status.error ?? 'facts failed');
      const labels = new Map(cases.database.listSources().map((s) => [s.id, s.label]));
      if (options.json) output.out(JSON.stringify(factsJson(facts)));
      else printFacts(facts, (id) => labels.get(id) ?? `#${id}`, output);
      return 0;
    });
  },
};
