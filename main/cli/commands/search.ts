import type { SearchResponse } from '../../../preload/contract';
import { inlineSegmentBuilder } from '../../search/segment-builder';
import { SearchService } from '../../services/search-service';
import type { CliOutput } from '../cli-output';
import type { CliCommand } from './cli-command';
import { withServices } from './with-services';

export const searchCommand: CliCommand = {
  name: 'search',
  help: `corroborate search <case> "<query>" [--json]
      Search a case's passages, titles, claims and notes. Lunr syntax (+must -not field:term
      term* term~1 term^2) plus "quoted phrases"; fields title, body, tags, outlet. Builds the
      index into the case file first if it is missing or behind. Exit status 1 for a malformed
      query, with the reason.`,
  async run(invocation) {
    const [casePath, query, ...rest] = invocation.args;
    if (!casePath || query === undefined || rest.length > 0 || invocation.options.batch) {
      return 'usage';
    }
    return withServices(invocation, async (cases, sources, events) => {
      cases.open(casePath);
      const labels = new Map(sources.list().map((source) => [source.id, source.label]));
      const search = new SearchService(cases, inlineSegmentBuilder, events, (error) => {
        throw error;
      });
      await search.refresh();
      const response = search.query({ query });
      printSearch(response, labels, invocation.options.json, invocation.output);
      return response.error ? 1 : 0;
    });
  },
};

function printSearch(
  response: SearchResponse,
  labels: ReadonlyMap<number, string>,
  json: boolean,
  output: CliOutput,
): void {
  if (json) return output.out(JSON.stringify(response, null, 2));
  if (response.error) {
    return output.err(
      `Query error at character ${response.error.at + 1}: ${response.error.message}`,
    );
  }
  output.out(
    `${response.hitCount} ${response.hitCount === 1 ? 'hit' : 'hits'} in ${response.sourceCount} ${response.sourceCount === 1 ? 'source' : 'sources'}`,
  );
  for (const group of response.groups) {
    // A source by its label, which names the outlet already ("AP · #002").
    const label =
      group.sourceId === null ? 'case' : (labels.get(group.sourceId) ?? `#${group.sourceId}`);
    output.out(`\n${label}  ${group.title}`);
    for (const hit of group.hits) output.out(`      ${marked(hit.snippet)}`);
  }
}

/** The snippet with its hits in [brackets], for a terminal. */
function marked(snippet: SearchResponse['groups'][number]['hits'][number]['snippet']): string {
  const points = Array.from(snippet.text);
  let out = '';
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    out += `${points.slice(at, start).join('')}[${points.slice(start, end).join('')}]`;
    at = end;
  }
  return out + points.slice(at).join('');
}
