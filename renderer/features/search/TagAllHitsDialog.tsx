import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type {
  ClaimDetail,
  LinkStance,
  PassageRef,
  SearchFilters,
  SourceSummary,
  TagInfo,
} from '../../../preload/contract';
import { maxLinkedPassages } from '../../../preload/contract';
import { api } from '../../api';
import { Modal, ModalHeader } from '../../components/Modal';
import { toError } from '../../lib/useQuery';
import { notifyCaseEdited } from '../claims/caseEdits';
import { ClaimPicker, StanceChoice } from '../claims/ClaimPicker';
import { passageInContext } from '../claims/linkPassage';
import { useClaims } from '../claims/useClaimsData';
import { useSourceDetails } from '../sources/useSources';
import { hitPassages } from './hitPassages';

interface TagAllHitsDialogProps {
  query: string;
  filters: SearchFilters;
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  sources: readonly SourceSummary[];
  onClose(): void;
  onAdded(claim: ClaimDetail, message: string): void;
}

const noPassages: readonly PassageRef[] = [];

/** Sources and hits asked for at most: the search's own caps. */
const ALL_HITS = { limit: 1000, hitsPerGroup: 1000 } as const;

type Hits =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; passages: readonly PassageRef[]; cut: boolean };

/**
 * "Tag all hits…": every passage hit of the current search, linked to one claim with one stance
 * as one undoable edit. First the claim and the stance, then a review of every hit, each with a
 * checkbox, its quote in context and its source.
 */
export function TagAllHitsDialog(props: TagAllHitsDialogProps) {
  const { query, filters, tags, tagsById, sources, onClose, onAdded } = props;
  const { state: claims } = useClaims(true);
  const [hits, setHits] = useState<Hits>({ status: 'loading' });
  const [step, setStep] = useState<'choose' | 'review'>('choose');
  const [claimId, setClaimId] = useState<number | null>(null);
  const [stance, setStance] = useState<LinkStance>('supports');
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reviewRef = useRef<HTMLUListElement>(null);
  const labels = useMemo(
    () => new Map(sources.map((source) => [source.id, source.label])),
    [sources],
  );

  useEffect(() => {
    let current = true;
    api.search({ query, filters, ...ALL_HITS }).then(
      (response) => {
        if (!current) return;
        if (response.error) return setHits({ status: 'error', message: response.error.message });
        const all = hitPassages(response.groups);
        setHits({
          status: 'ready',
          passages: all.slice(0, maxLinkedPassages),
          cut: all.length > maxLinkedPassages || response.sourceCount > response.groups.length,
        });
      },
      (failure: unknown) => {
        if (current) setHits({ status: 'error', message: toError(failure).message });
      },
    );
    return () => {
      current = false;
    };
  }, [query, filters]);

  const passages = hits.status === 'ready' ? hits.passages : noPassages;
  const sourceIds = useMemo(() => [...new Set(passages.map((p) => p.sourceId))], [passages]);
  const { states: texts } = useSourceDetails(step === 'review' ? sourceIds : []);
  const chosen = passages.filter((_, index) => !excluded.has(index));
  const claim = claims.status === 'ready' ? claims.data.find((c) => c.id === claimId) : undefined;

  const review = () => {
    if (claimId === null || passages.length === 0) return;
    setError(null);
    setStep('review');
  };
  useEffect(() => {
    if (step === 'review') reviewRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [step]);

  const add = async () => {
    if (claimId === null || chosen.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.addOccurrences({ claimId, stance, passages: [...chosen] });
      notifyCaseEdited(['claims']);
      const already = result.skipped > 0 ? `; ${result.skipped} already there` : '';
      onAdded(
        result.claim,
        `Added ${result.added} ${result.added === 1 ? 'passage' : 'passages'} to the claim${already}`,
      );
    } catch (failure) {
      setError(toError(failure).message);
      setBusy(false);
    }
  };

  const submit = () => {
    if (step === 'choose') review();
    else void add();
  };

  const toggle = (index: number) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  const hitCount =
    hits.status === 'ready'
      ? `${passages.length} ${passages.length === 1 ? 'passage' : 'passages'} in ${sourceIds.length} ${sourceIds.length === 1 ? 'source' : 'sources'}${hits.cut ? ' (the first the search returns)' : ''}`
      : hits.status === 'loading'
        ? 'Finding every hit…'
        : hits.message;

  return (
    <Modal label="Tag all hits" onClose={onClose} className="link-dialog" testId="tag-all-hits">
      <ModalHeader title="Tag all hits" subtitle={`${query} · ${hitCount}`} onClose={onClose} />
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          submit();
        }}
        onKeyDown={(event: KeyboardEvent<HTMLFormElement>) => {
          // Enter goes on from a checkbox or a radio button too, not only from the filter field.
          const target = event.target;
          if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
          if (target.type !== 'checkbox' && target.type !== 'radio') return;
          event.preventDefault();
          submit();
        }}
      >
        {step === 'choose' ? (
          <div className="modal__body link-dialog__body">
            <ClaimPicker
              claims={claims}
              tags={tags}
              tagsById={tagsById}
              labels={labels}
              chosenId={claimId}
              onChoose={setClaimId}
              onConfirm={review}
            />
            <StanceChoice stance={stance} onChange={setStance} />
          </div>
        ) : (
          <div className="modal__body link-dialog__body">
            <p className="link-dialog__summary" data-testid="tag-all-summary">
              {stance === 'supports' ? 'Supporting' : 'Contradicting'}:{' '}
              <span className="link-dialog__claim">{claim?.quote ?? ''}</span>
            </p>
            <div className="link-dialog__review-bar">
              <span className="tabular" role="status" data-testid="tag-all-count">
                {chosen.length} of {passages.length} selected
              </span>
              <button
                type="button"
                className="button button--quiet button--compact"
                onClick={() =>
                  setExcluded(
                    chosen.length === passages.length ? new Set(passages.keys()) : new Set(),
                  )
                }
              >
                {chosen.length === passages.length ? 'Select none' : 'Select all'}
              </button>
            </div>
            <ul
              ref={reviewRef}
              className="link-dialog__review"
              aria-label="Hits to add"
              data-testid="tag-all-review"
            >
              {passages.map((passage, index) => {
                const detail = texts.get(passage.sourceId);
                const shown =
                  detail?.status === 'ready' ? passageInContext(detail.data.text, passage) : null;
                return (
                  <li key={`${passage.sourceId}:${passage.start}:${passage.end}`}>
                    <label className="link-dialog__hit" data-testid="tag-all-hit">
                      <input
                        type="checkbox"
                        checked={!excluded.has(index)}
                        onChange={() => toggle(index)}
                      />
                      <span className="source-label">
                        {labels.get(passage.sourceId) ?? `#${passage.sourceId}`}
                      </span>
                      <span className="link-dialog__hit-text">
                        {shown ? (
                          <>
                            <span className="link-dialog__context">{shown.before}</span>
                            <mark className="link-dialog__quote" data-testid="tag-all-quote">
                              {shown.quote}
                            </mark>
                            <span className="link-dialog__context">{shown.after}</span>
                          </>
                        ) : (
                          '…'
                        )}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {error ? (
          <p className="field__error link-dialog__error" role="alert">
            {error}
          </p>
        ) : null}
        <footer className="modal__footer">
          <span className="modal__footer-note">
            {step === 'choose'
              ? 'Enter reviews the hits · Esc cancels'
              : 'Space ticks · Enter adds'}
          </span>
          {step === 'review' ? (
            <button type="button" className="button" onClick={() => setStep('choose')}>
              Back
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {step === 'choose' ? (
            <button
              type="submit"
              className="button button--primary"
              disabled={claimId === null || passages.length === 0}
              data-testid="tag-all-review-button"
            >
              Review {passages.length} {passages.length === 1 ? 'hit' : 'hits'}…
            </button>
          ) : (
            <button
              type="submit"
              className="button button--primary"
              disabled={chosen.length === 0 || busy}
              data-testid="tag-all-add"
            >
              Add {chosen.length} {chosen.length === 1 ? 'passage' : 'passages'}
            </button>
          )}
        </footer>
      </form>
    </Modal>
  );
}
