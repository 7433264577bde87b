import { useState } from 'react';
import type { SearchGroup, SearchHit, Span } from '../../../preload/contract';
import { api } from '../../api';
import type { UiAction } from '../../app/store';
import { useReaderSearchHits, type ReaderHits } from './useReaderSearchHits';
import type { SearchState } from './useSearch';

/**
 * Opening a search hit and stepping through the hits of its source (F3 / Shift+F3): a claim hit
 * reveals the claim, a note hit the notes, a passage or title hit opens the source with every
 * passage hit in it marked, starting at the one chosen.
 */
export function useSearchHitNavigation(search: SearchState, dispatch: (action: UiAction) => void) {
  const [readerHits, setReaderHits] = useState<ReaderHits | null>(null);
  useReaderSearchHits(readerHits);
  const stepSearchHit = (direction: 'next' | 'previous') =>
    setReaderHits((hits) =>
      hits
        ? {
            ...hits,
            current:
              (hits.current + (direction === 'next' ? 1 : -1) + hits.spans.length) %
              hits.spans.length,
            seq: hits.seq + 1,
          }
        : hits,
    );
  const openHit = (group: SearchGroup, hit: SearchHit) => {
    if (group.sourceId === null) {
      dispatch({ type: 'showInspector', tab: 'notes' });
      return;
    }
    const sourceId = group.sourceId;
    if (hit.kind === 'claim' && hit.claimId !== undefined) {
      dispatch({ type: 'revealClaim', claimId: hit.claimId, sourceId });
      return;
    }
    dispatch({ type: 'openSource', sourceId, placement: 'active' });
    // Every passage hit in this source, so F3 steps through all of them, starting at the one chosen.
    void api
      .search({
        query: search.query,
        filters: { ...search.filters, sourceIds: [sourceId] },
        hitsPerGroup: 1000,
      })
      .then(
        (answer) => {
          const spans = (answer.groups[0]?.hits ?? [])
            .filter((h) => h.kind === 'passage')
            .flatMap((h) => h.spans)
            .sort((a, b) => a.start - b.start);
          if (spans.length === 0) return setReaderHits(null);
          // A passage hit starts at its own first span; a title hit at the first in the text.
          const first = hit.kind === 'passage' ? hit.spans[0] : undefined;
          const current = Math.max(
            0,
            spans.findIndex((span) => first && span.start === first.start),
          );
          setReaderHits((previous) => ({
            sourceId,
            spans,
            current,
            seq: (previous?.seq ?? 0) + 1,
          }));
        },
        () => setReaderHits(null),
      );
  };
  /** Opens a source with one span marked and scrolled into view (a quote, a passage). */
  const revealSpan = (sourceId: number, span: Span) => {
    dispatch({ type: 'openSource', sourceId, placement: 'active' });
    setReaderHits((previous) => ({
      sourceId,
      spans: [{ start: span.start, end: span.end }],
      current: 0,
      seq: (previous?.seq ?? 0) + 1,
    }));
  };
  return {
    count: readerHits?.spans.length ?? 0,
    openHit,
    revealSpan,
    stepSearchHit,
    clear: () => setReaderHits(null),
  };
}
