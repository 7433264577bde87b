import type { ClaimDetail, Credibility } from '../../../preload/contract';
import { CREDIBILITY_NAMES } from '../../core/claims';
import { ClaimService } from '../../services/claim-service';
import { CompareService } from '../../services/compare-service';
import { inlineComparisonRunner } from '../../services/run-comparison';
import { TagService } from '../../services/tag-service';
import { FactsService } from '../../services/facts-service';
import { inlineFactsRunner } from '../../services/facts-runner';
import { createEntityRecognizer } from '../../facts/entity-recognizer';
import type { CliOutput } from '../cli-output';
import type { CliCommand } from './cli-command';
import { withServices } from './with-services';

/** One claim as the CLI prints it: names instead of ids where a reader needs them. */
export interface ClaimJson {
  id: number;
  quote: string;
  source: { id: number; label: string; title: string };
  tags: string[];
  note: string;
  credibility: Credibility;
  suggestedCredibility: Credibility;
  suggestionReason: string;
  independentSources: number;
  independentContradictions: number;
  /** Why occurrences count as one line of evidence, one line each ("#002 and #003 both credit …"). */
  independence: string[];
  /** Whom the occurrences credit, with the sources crediting each. */
  originators: Array<{ originator: string; sources: string[] }>;
  occurrences: Array<{
    sourceId: number;
    source: string;
    start: number;
    end: number;
    stance: string;
    quote: string;
  }>;
}

export const claimsCommand: CliCommand = {
  name: 'claims',
  help: `corroborate claims <case> [--json]
      List a case's claims: quote, source, tags, the analyst's grade and the suggested one,
      independent sources (derived copies count with their origin) and every occurrence.
      Compares sources first if the case has not been compared yet. Offsets are code points.`,
  async run(invocation) {
    const { args, options, output } = invocation;
    const [casePath, ...rest] = args;
    if (!casePath || rest.length > 0 || options.batch || options.out) return 'usage';
    return withServices(invocation, async (cases, _sources, events) => {
      const compare = new CompareService(cases, inlineComparisonRunner, events, (error) => {
        throw error;
      });
      cases.open(casePath);
      await compare.refresh();
      const facts = new FactsService(
        cases,
        inlineFactsRunner(createEntityRecognizer),
        events,
        undefined,
        (error) => {
          throw error;
        },
      );
      await facts.refresh();
      const claims = new ClaimService(cases, compare, events, undefined, null, facts);
      const tagNames = new Map(new TagService(cases, events).list().map((t) => [t.id, t.name]));
      const sources = new Map(cases.database.listSources().map((s) => [s.id, s]));
      const rows = claims.list().map((summary): ClaimJson => {
        const claim: ClaimDetail = claims.get(summary.id);
        const source = sources.get(claim.sourceId);
        const label = (id: number) => {
          const found = sources.get(id);
          return found ? found.label : `#${id}`;
        };
        return {
          id: claim.id,
          quote: claim.quote,
          source: { id: claim.sourceId, label: label(claim.sourceId), title: source?.title ?? '' },
          tags: claim.tagIds.map((id) => tagNames.get(id) ?? String(id)),
          note: claim.note,
          credibility: claim.credibility,
          suggestedCredibility: claim.suggestedCredibility,
          suggestionReason: claim.corroboration.suggestionReason,
          independentSources: claim.independentSources,
          independentContradictions: claim.independentContradictions,
          independence: claim.corroboration.groups
            .map((group) => group.reason)
            .filter((reason) => reason !== ''),
          originators: claim.corroboration.originators.map((o) => ({
            originator: o.originator,
            sources: o.sourceIds.map(label),
          })),
          occurrences: claim.occurrences.map((o) => ({
            sourceId: o.sourceId,
            source: label(o.sourceId),
            start: o.start,
            end: o.end,
            stance: o.stance,
            quote: o.quote,
          })),
        };
      });
      printClaims(rows, options.json, output);
      return 0;
    });
  },
};

function printClaims(rows: ClaimJson[], json: boolean, output: CliOutput): void {
  if (json) return output.out(JSON.stringify(rows, null, 2));
  if (rows.length === 0) return output.out('No claims in this case.');
  for (const row of rows) {
    const grade = `credibility ${row.credibility} (${CREDIBILITY_NAMES[row.credibility]})`;
    output.out(`${String(row.id).padStart(4)}  “${row.quote}” (${row.source.label})`);
    output.out(`      tags: ${row.tags.length > 0 ? row.tags.join(', ') : 'none'}`);
    output.out(
      `      ${grade}; suggested ${row.suggestedCredibility}: ${row.suggestionReason}; ${row.independentSources} independent, ${row.independentContradictions} contradicting`,
    );
    for (const reason of row.independence) output.out(`      one line: ${reason}`);
    for (const o of row.originators) {
      output.out(`      originator: ${o.originator} (${o.sources.join(', ')})`);
    }
    for (const o of row.occurrences) {
      output.out(`      ${o.stance.padEnd(11)} ${o.source} ${o.start}–${o.end}`);
    }
  }
}
