import { useEffect, useRef, useState } from 'react';
import type { ClaimDetail, ClaimOccurrence, LinkStance } from '../../../preload/contract';
import { api } from '../../api';
import type { PendingPassage } from './linkPassage';

interface ClaimOccurrencesProps {
  claim: ClaimDetail;
  label(sourceId: number): string;
  onRun(action: () => Promise<unknown>): Promise<void>;
  /** The passage selected in a reader column now, if any. */
  readSelection(): PendingPassage | null;
}

/** An occurrence's place: unique within its claim, and kept when its stance changes. */
const placeOf = (o: Pick<ClaimOccurrence, 'sourceId' | 'start' | 'end'>) =>
  `${o.sourceId}:${o.start}:${o.end}`;

/**
 * Where the claim is said, each passage editable: its stance (the origin has none), moving it
 * to the text selected in a column ("Re-anchor to selection"), or removing it. Every change is
 * one undoable edit.
 */
export function ClaimOccurrences({ claim, label, onRun, readSelection }: ClaimOccurrencesProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  // A re-anchored or removed row is a new element (or none): say where focus goes next.
  const [focusPlace, setFocusPlace] = useState<string | null>(null);

  useEffect(() => {
    if (focusPlace === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-place="${focusPlace}"]`);
    // A re-anchored passage shows once the claim has reloaded: wait for it.
    if (!row && focusPlace !== '') return;
    (row?.querySelector<HTMLElement>('select, button') ?? listRef.current)?.focus();
    setFocusPlace(null);
  }, [focusPlace, claim]);

  const setStance = (occurrence: ClaimOccurrence, stance: LinkStance) =>
    void onRun(() => api.setOccurrenceStance({ occurrenceId: occurrence.id, stance }));

  const reanchor = (occurrence: ClaimOccurrence) => {
    const passage = readSelection();
    if (!passage) {
      setHint('Select the passage in a column first, then re-anchor to it.');
      return;
    }
    setHint(null);
    const { sourceId, start, end } = passage;
    void onRun(async () => {
      await api.reanchorOccurrence({ occurrenceId: occurrence.id, sourceId, start, end });
      // The selection is the passage now; the reader redraws its marks under it.
      window.getSelection()?.removeAllRanges();
      setFocusPlace(placeOf(passage));
    });
  };

  const remove = (occurrence: ClaimOccurrence, index: number) => {
    const next = claim.occurrences[index + 1] ?? claim.occurrences[index - 1];
    void onRun(async () => {
      await api.removeOccurrence({ occurrenceId: occurrence.id });
      setFocusPlace(next ? placeOf(next) : '');
    });
  };

  return (
    <section className="claim-section" aria-label="Passages">
      <h4 className="claim-section__subtitle">Passages</h4>
      <ul className="claim-passages" data-testid="claim-passages" ref={listRef} tabIndex={-1}>
        {claim.occurrences.map((occurrence, index) => {
          const where = label(occurrence.sourceId);
          return (
            <li
              key={placeOf(occurrence)}
              className="claim-passage"
              data-testid="claim-passage"
              data-place={placeOf(occurrence)}
              data-stance={occurrence.stance}
              data-source-id={occurrence.sourceId}
            >
              <span className="source-label">{where}</span>
              <span className="claim-passage__quote" data-testid="claim-passage-quote">
                {occurrence.quote}
              </span>
              <span className="claim-passage__actions">
                {occurrence.stance === 'origin' ? (
                  <span
                    className="stance-badge"
                    data-stance="origin"
                    title="Where the claim was tagged"
                  >
                    origin
                  </span>
                ) : (
                  <select
                    className="select select--compact stance-select"
                    aria-label={`Stance of the passage in ${where}`}
                    data-testid="passage-stance"
                    data-stance={occurrence.stance}
                    value={occurrence.stance}
                    onChange={(event) => setStance(occurrence, event.target.value as LinkStance)}
                  >
                    <option value="supports">supports</option>
                    <option value="contradicts">contradicts</option>
                  </select>
                )}
                <button
                  type="button"
                  className="button button--quiet button--compact"
                  data-testid="reanchor-passage"
                  aria-label={`Re-anchor the passage in ${where} to the selection`}
                  title="Move this passage to the text selected in a column"
                  // Keep the selection: a click would otherwise clear it first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => reanchor(occurrence)}
                >
                  Re-anchor
                </button>
                {occurrence.stance !== 'origin' ? (
                  <button
                    type="button"
                    className="button button--quiet button--compact"
                    data-testid="remove-passage"
                    aria-label={`Remove the passage in ${where}`}
                    onClick={() => remove(occurrence, index)}
                  >
                    Remove
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {hint ? (
        <p className="claim-section__hint" role="status" data-testid="reanchor-hint">
          {hint}
        </p>
      ) : null}
    </section>
  );
}
