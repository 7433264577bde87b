import { useCallback, useState } from 'react';
import type { ClaimDetail as Claim, SourceSummary, TagInfo } from '../../../preload/contract';
import { api } from '../../api';
import { CloseIcon } from '../../components/icons';
import { toError } from '../../lib/useQuery';
import { shortSourceLabel } from '../compare/kinds';
import { NoteEditor } from '../notes/NoteEditor';
import { notifyCaseEdited } from './caseEdits';
import { ClaimOccurrences } from './ClaimOccurrences';
import { ClaimSuggestions } from './ClaimSuggestions';
import { Corroboration } from './Corroboration';
import { credibilities, credibilityText, isCredibility } from './grades';
import { TagChip } from './TagChip';
import type { PendingPassage } from './linkPassage';
import { tagPath } from './tagOptions';
import { useClaimDetail } from './useClaimsData';

interface ClaimDetailProps {
  claimId: number;
  tags: ReadonlyMap<number, TagInfo>;
  sources: ReadonlyMap<number, SourceSummary>;
  onClose(): void;
  onReveal(claimId: number, sourceId: number): void;
  /** The passage selected in a reader column now, for "Re-anchor to selection". */
  readSelection(): PendingPassage | null;
}

export function ClaimDetailPanel(props: ClaimDetailProps) {
  const { claimId, tags, sources, onClose, onReveal, readSelection } = props;
  const { state } = useClaimDetail(claimId);
  const [error, setError] = useState<string | null>(null);
  const label = useCallback(
    (id: number) => {
      const source = sources.get(id);
      return source ? source.label : `#${id}`;
    },
    [sources],
  );
  const shortLabel = useCallback(
    (id: number) => {
      const source = sources.get(id);
      return source ? shortSourceLabel(source) : `#${id}`;
    },
    [sources],
  );

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      notifyCaseEdited(['claims']);
    } catch (failure) {
      setError(toError(failure).message);
    }
  }, []);

  const saveNote = useCallback(
    async (note: string) => {
      await api.updateClaim({ id: claimId, note });
      notifyCaseEdited(['claims']);
    },
    [claimId],
  );

  if (state.status !== 'ready') {
    return (
      <section className="claim-detail" data-testid="claim-detail" aria-label="Claim">
        {state.status === 'error' ? (
          <p className="inspector__error" role="alert">
            {state.error.message}
          </p>
        ) : (
          <p className="inspector__loading">Loading claim…</p>
        )}
      </section>
    );
  }
  const claim: Claim = state.data;
  const source = sources.get(claim.sourceId);
  const unused = [...tags.values()].filter((tag) => !claim.tagIds.includes(tag.id));
  const setTags = (tagIds: number[]) => run(() => api.updateClaim({ id: claim.id, tagIds }));

  return (
    <section
      className="claim-detail"
      data-testid="claim-detail"
      data-claim-id={claim.id}
      aria-label="Claim"
    >
      <header className="claim-detail__header">
        <h3 className="claim-detail__heading">Claim</h3>
        <button
          type="button"
          className="button button--quiet button--compact"
          onClick={() => onReveal(claim.id, claim.sourceId)}
          title="Show this passage in the reader"
        >
          Show in text
        </button>
        <button
          type="button"
          className="button button--quiet button--compact claim-detail__delete"
          data-testid="delete-claim"
          onClick={() => void run(() => api.deleteClaim({ id: claim.id })).then(onClose)}
        >
          Delete
        </button>
        <button type="button" className="icon-button" aria-label="Close claim" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <blockquote className="claim-detail__quote" data-testid="claim-quote">
        {claim.quote}
      </blockquote>
      <p className="claim-detail__source">
        <span className="source-label">{label(claim.sourceId)}</span>
        {source ? <span className="claim-detail__source-title">{source.title}</span> : null}
      </p>

      <div className="claim-detail__tags" data-testid="claim-tags">
        {claim.tagIds.map((id) => {
          const tag = tags.get(id);
          return tag ? (
            <TagChip
              key={id}
              tag={tag}
              onRemove={() => void setTags(claim.tagIds.filter((each) => each !== id))}
            />
          ) : null;
        })}
        {unused.length > 0 ? (
          <select
            className="select select--compact"
            aria-label="Add tag"
            data-testid="add-claim-tag"
            value=""
            onChange={(event) => {
              const id = Number(event.target.value);
              if (id) void setTags([...claim.tagIds, id]);
            }}
          >
            <option value="">+ Add tag…</option>
            {unused.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tagPath(tag, tags)}
              </option>
            ))}
          </select>
        ) : null}
      </div>

      <div className="claim-detail__grades">
        <label className="field">
          <span className="field__label">Credibility (your grade)</span>
          <select
            className="select"
            data-testid="claim-credibility"
            value={claim.credibility}
            onChange={(event) => {
              const credibility = Number(event.target.value);
              if (isCredibility(credibility)) {
                void run(() => api.updateClaim({ id: claim.id, credibility }));
              }
            }}
          >
            {credibilities.map((grade) => (
              <option key={grade} value={grade}>
                {credibilityText(grade)}
              </option>
            ))}
          </select>
        </label>
        <div className="claim-detail__suggested" data-testid="suggested-credibility">
          <span className="field__label">Suggested</span>
          <span className="grade-badge" data-grade={claim.suggestedCredibility}>
            {credibilityText(claim.suggestedCredibility)}
          </span>
          <span className="claim-detail__reason">{claim.corroboration.suggestionReason}</span>
          {claim.suggestedCredibility !== claim.credibility ? (
            <button
              type="button"
              className="button button--quiet button--compact"
              data-testid="use-suggested"
              onClick={() =>
                void run(() =>
                  api.updateClaim({ id: claim.id, credibility: claim.suggestedCredibility }),
                )
              }
            >
              Use suggestion
            </button>
          ) : null}
        </div>
      </div>

      {error ? (
        <p className="inspector__error" role="alert" data-testid="claim-error">
          {error}
        </p>
      ) : null}

      <Corroboration
        claim={claim}
        label={label}
        shortLabel={shortLabel}
        onRun={(action) => void run(action)}
      />
      <ClaimOccurrences claim={claim} label={label} onRun={run} readSelection={readSelection} />
      <ClaimSuggestions claimId={claim.id} label={label} onRun={run} />
      <NoteEditor
        key={claim.id}
        label="Note"
        stored={claim.note}
        save={saveNote}
        placeholder="Why this claim matters, what to check…"
        testId="claim-note"
      />
    </section>
  );
}
