import { useMemo, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { ClaimDetail, LinkStance, SourceSummary, TagInfo } from '../../../preload/contract';
import { api } from '../../api';
import { Modal, ModalHeader } from '../../components/Modal';
import { toError } from '../../lib/useQuery';
import { useSourceDetail } from '../sources/useSources';
import { notifyCaseEdited } from './caseEdits';
import { ClaimPicker, StanceChoice } from './ClaimPicker';
import { passageInContext } from './linkPassage';
import type { PendingPassage } from './linkPassage';
import { useClaims } from './useClaimsData';

interface AddToClaimDialogProps {
  passage: PendingPassage;
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  sources: readonly SourceSummary[];
  onClose(): void;
  onAdded(claim: ClaimDetail, stance: LinkStance): void;
}

/**
 * "Add to claim…": links a passage (a selection in a column or a search hit) to an existing claim
 * as supporting or contradicting it. The claims come most recently changed first; Enter adds.
 */
export function AddToClaimDialog(props: AddToClaimDialogProps) {
  const { passage, tags, tagsById, sources, onClose, onAdded } = props;
  const { state: claims } = useClaims(true);
  const { state: detail } = useSourceDetail(passage.sourceId);
  const [claimId, setClaimId] = useState<number | null>(null);
  const [stance, setStance] = useState<LinkStance>('supports');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labels = useMemo(
    () => new Map(sources.map((source) => [source.id, source.label])),
    [sources],
  );
  const text = detail.status === 'ready' ? detail.data.text : null;
  const shown = text
    ? passageInContext(text, passage)
    : { before: '', quote: passage.quote ?? '…', after: '' };

  const add = async () => {
    if (claimId === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      const claim = await api.addOccurrence({
        claimId,
        sourceId: passage.sourceId,
        start: passage.start,
        end: passage.end,
        stance,
      });
      notifyCaseEdited(['claims']);
      onAdded(claim, stance);
    } catch (failure) {
      setError(toError(failure).message);
      setBusy(false);
    }
  };

  // Enter adds from the radio buttons too, not only from the filter field.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      void add();
    }
  };

  return (
    <Modal
      label="Add passage to claim"
      onClose={onClose}
      className="link-dialog"
      testId="add-to-claim"
    >
      <ModalHeader
        title="Add passage to claim"
        subtitle={labels.get(passage.sourceId) ?? `Source ${passage.sourceId}`}
        onClose={onClose}
      />
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void add();
        }}
        onKeyDown={onKeyDown}
      >
        <div className="modal__body link-dialog__body">
          <blockquote className="link-dialog__passage" data-testid="link-passage-quote">
            {shown.before ? <span className="link-dialog__context">{shown.before}</span> : null}
            <mark className="link-dialog__quote">{shown.quote}</mark>
            {shown.after ? <span className="link-dialog__context">{shown.after}</span> : null}
          </blockquote>
          <ClaimPicker
            claims={claims}
            tags={tags}
            tagsById={tagsById}
            labels={labels}
            chosenId={claimId}
            onChoose={setClaimId}
            onConfirm={() => void add()}
          />
          <StanceChoice stance={stance} onChange={setStance} />
          {error ? (
            <p className="field__error" role="alert" data-testid="add-to-claim-error">
              {error}
            </p>
          ) : null}
        </div>
        <footer className="modal__footer">
          <span className="modal__footer-note">Enter adds · Esc cancels</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={claimId === null || busy}
            data-testid="add-to-claim-confirm"
          >
            {stance === 'supports' ? 'Add as supporting' : 'Add as contradicting'}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
