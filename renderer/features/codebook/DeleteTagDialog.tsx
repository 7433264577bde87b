import { useState } from 'react';
import type { TagDeletion, TagInfo } from '../../../preload/contract';
import { Modal, ModalHeader } from '../../components/Modal';
import { formatCount } from '../sources/format';
import { tagPath } from '../claims/tagOptions';
import { subtreeIds } from './tagTree';

interface DeleteTagDialogProps {
  tag: TagInfo;
  tags: readonly TagInfo[];
  onClose(): void;
  onDelete(deletion: TagDeletion): void;
}

/** Asks what happens to the claims of a tag being deleted. */
export function DeleteTagDialog({ tag, tags, onClose, onDelete }: DeleteTagDialogProps) {
  const [choice, setChoice] = useState<TagDeletion['claims']>('untag');
  const blocked = subtreeIds(tags, tag.id);
  const targets = tags.filter((each) => !blocked.has(each.id));
  const [target, setTarget] = useState<number | null>(targets[0]?.id ?? null);
  const byId = new Map(tags.map((each) => [each.id, each]));
  const claims = formatCount(tag.claimCount, 'claim');
  const deletion: TagDeletion | null =
    choice === 'reassign'
      ? target === null
        ? null
        : { claims: 'reassign', tagId: target }
      : { claims: choice };

  return (
    <Modal label={`Delete tag ${tag.name}`} onClose={onClose} testId="delete-tag-dialog">
      <ModalHeader
        title={`Delete “${tag.name}”?`}
        subtitle={`${claims} carry this tag`}
        onClose={onClose}
      />
      <div className="modal__body delete-tag">
        <fieldset className="delete-tag__choices">
          <legend className="field__label">What happens to its claims</legend>
          <label className="delete-tag__choice">
            <input
              type="radio"
              name="deletion"
              checked={choice === 'untag'}
              onChange={() => setChoice('untag')}
            />
            Keep the claims, remove this tag from them
          </label>
          <label className="delete-tag__choice">
            <input
              type="radio"
              name="deletion"
              checked={choice === 'reassign'}
              disabled={targets.length === 0}
              onChange={() => setChoice('reassign')}
            />
            Move them to another tag
            <select
              className="select select--compact"
              aria-label="Tag to move the claims to"
              disabled={choice !== 'reassign'}
              value={target ?? ''}
              onChange={(event) => setTarget(Number(event.target.value))}
            >
              {targets.map((each) => (
                <option key={each.id} value={each.id}>
                  {tagPath(each, byId)}
                </option>
              ))}
            </select>
          </label>
          <label className="delete-tag__choice">
            <input
              type="radio"
              name="deletion"
              checked={choice === 'delete'}
              onChange={() => setChoice('delete')}
            />
            Delete the claims too
          </label>
        </fieldset>
        {blocked.size > 1 ? (
          <p className="field__hint">Tags inside “{tag.name}” move up a level.</p>
        ) : null}
      </div>
      <footer className="modal__footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger-solid"
          data-testid="confirm-delete-tag"
          disabled={deletion === null}
          onClick={() => deletion && onDelete(deletion)}
        >
          Delete tag
        </button>
      </footer>
    </Modal>
  );
}
