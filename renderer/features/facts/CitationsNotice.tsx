import type { Attribution, CircularReporting, Span } from '../../../preload/contract';
import { formatCount } from '../sources/format';

interface CitationsNoticeProps {
  /** The case's citation attributions: a source crediting another source's outlet. */
  citations: readonly Attribution[];
  circular: readonly CircularReporting[];
  label(sourceId: number): string;
  onReveal(sourceId: number, span: Span): void;
}

/**
 * Who cites whom among the case's sources, and the loops among them: reports that cite each
 * other confirm each other, not the event, so a loop is a warning on every Facts view.
 */
export function CitationsNotice({ citations, circular, label, onReveal }: CitationsNoticeProps) {
  if (citations.length === 0 && circular.length === 0) return null;
  const citationIn = (sourceId: number, loop: ReadonlySet<number>) =>
    citations.find(
      (citation) =>
        citation.sourceId === sourceId && citation.citedSourceIds.some((id) => loop.has(id)),
    );
  return (
    <div className="facts-citations" data-testid="facts-citations">
      {circular.map((loop, index) => {
        const members = new Set(loop.sourceIds);
        return (
          <div
            key={index}
            className="facts-citations__loop"
            role="alert"
            data-testid="circular-reporting"
          >
            <strong>Circular reporting</strong>
            <span>{loop.explanation.replace(/^Circular reporting: /u, '')}.</span>
            <span className="facts-citations__sources">
              {loop.sourceIds.map((sourceId) => {
                const citation = citationIn(sourceId, members);
                return (
                  <button
                    key={sourceId}
                    type="button"
                    className="facts-citations__source source-label"
                    disabled={!citation}
                    title="Show the citation in the reader"
                    onClick={() => citation && onReveal(sourceId, citation)}
                  >
                    {label(sourceId)}
                  </button>
                );
              })}
            </span>
          </div>
        );
      })}
      {citations.length > 0 ? (
        <details className="facts-citations__list" data-testid="citations">
          <summary>
            {formatCount(citations.length, 'citation', 'citations')} between the case’s sources
          </summary>
          <ul>
            {citations.map((citation) => (
              <li key={`${citation.sourceId}:${citation.start}`}>
                <button
                  type="button"
                  className="facts-citations__citation"
                  data-testid="citation"
                  title="Show the citation in the reader"
                  onClick={() => onReveal(citation.sourceId, citation)}
                >
                  <span className="source-label">{label(citation.sourceId)}</span> credits{' '}
                  <q>{citation.originator}</q> →{' '}
                  {citation.citedSourceIds.map((id) => label(id)).join(', ')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
