import { useMemo, useState } from 'react';
import type { QuoteGroup, QuoteOccurrence } from '../../../preload/contract';
import { formatCount } from '../sources/format';
import { filterQuotes } from './factsFilters';
import { FactsList } from './FactsList';

interface QuotesViewProps {
  quotes: readonly QuoteGroup[];
  label(sourceId: number): string;
  onReveal(occurrence: QuoteOccurrence): void;
}

/** The same quote across sources, with whom each source credits; different speakers flagged. */
export function QuotesView({ quotes, label, onReveal }: QuotesViewProps) {
  const [onlyConflicts, setOnlyConflicts] = useState(false);
  const [text, setText] = useState('');
  const shown = useMemo(
    () => filterQuotes(quotes, { onlyConflicts, text }),
    [quotes, onlyConflicts, text],
  );
  const conflicts = useMemo(
    () => quotes.filter((group) => group.speakerConflict !== null).length,
    [quotes],
  );
  return (
    <div className="facts-view" data-testid="facts-quotes">
      <div className="facts-toolbar">
        <input
          className="input facts-toolbar__text"
          type="search"
          placeholder="Filter quotes or speakers"
          aria-label="Filter quotes"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="facts-toolbar__check">
          <input
            type="checkbox"
            checked={onlyConflicts}
            data-testid="quotes-only-conflicts"
            onChange={(event) => setOnlyConflicts(event.target.checked)}
          />
          Only conflicts ({conflicts})
        </label>
      </div>
      <p className="facts-count tabular" role="status" data-testid="quotes-count">
        {shown.length === quotes.length
          ? formatCount(quotes.length, 'quote')
          : `${formatCount(shown.length, 'quote')} of ${quotes.length}`}
      </p>
      {quotes.length === 0 ? (
        <p className="facts-empty">No direct quotes found in the sources.</p>
      ) : null}
      <FactsList
        items={shown}
        getKey={(group) => group.id}
        estimateSize={120}
        label="Quotes"
        testId="quotes-list"
        onActivate={(group) => {
          const first = group.occurrences[0];
          if (first) onReveal(first);
        }}
        rowProps={(group) => ({
          'data-testid': 'quote-group',
          'data-conflict': group.speakerConflict !== null || undefined,
        })}
        renderRow={(group) => <QuoteRow group={group} label={label} onReveal={onReveal} />}
      />
    </div>
  );
}

function QuoteRow({
  group,
  label,
  onReveal,
}: {
  group: QuoteGroup;
  label(sourceId: number): string;
  onReveal(occurrence: QuoteOccurrence): void;
}) {
  return (
    <>
      <blockquote className="facts-quote" data-testid="quote-text">
        “{group.text}”
      </blockquote>
      {group.speakerConflict !== null ? (
        <p
          className="facts-flag"
          data-testid="speaker-conflict"
          title={group.speakerConflict}
          role="note"
        >
          Different speakers: {group.speakers.join(' · ')}
        </p>
      ) : null}
      <ul className="facts-occurrences" aria-label="Where it is quoted">
        {group.occurrences.map((occurrence) => (
          <li key={`${occurrence.sourceId}:${occurrence.start}`}>
            <button
              type="button"
              className="facts-occurrence"
              data-testid="quote-occurrence"
              data-source-id={occurrence.sourceId}
              title="Show it in the reader"
              onClick={() => onReveal(occurrence)}
            >
              <span className="source-label">{label(occurrence.sourceId)}</span>
              <span
                className="facts-occurrence__speaker"
                data-testid="quote-speaker"
                data-none={occurrence.speaker === null || undefined}
              >
                {occurrence.speaker ?? 'no speaker named'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
