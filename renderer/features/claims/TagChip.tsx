import type { TagInfo } from '../../../preload/contract';
import { CloseIcon } from '../../components/icons';

/** A tag's name on its colour; removable when `onRemove` is given. */
export function TagChip({
  tag,
  onRemove,
}: {
  tag: Pick<TagInfo, 'name' | 'color'>;
  onRemove?: () => void;
}) {
  return (
    <span className="tag-chip" style={{ '--tag-color': tag.color }} data-testid="tag-chip">
      <span className="tag-chip__name">{tag.name}</span>
      {onRemove ? (
        <button
          type="button"
          className="tag-chip__remove"
          aria-label={`Remove tag ${tag.name}`}
          title={`Remove ${tag.name}`}
          onClick={onRemove}
        >
          <CloseIcon />
        </button>
      ) : null}
    </span>
  );
}
