import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ClaimDetail, TagInfo } from '../../../preload/contract';
import { api } from '../../api';
import type { PendingClaim } from '../../app/inspector';
import { CloseIcon } from '../../components/icons';
import { toError } from '../../lib/useQuery';
import { nextTagColor } from '../codebook/palette';
import { notifyCaseEdited } from './caseEdits';
import { TagChip } from './TagChip';
import { pickerOptions } from './tagOptions';

interface TagPickerProps {
  pending: PendingClaim;
  tags: readonly TagInfo[];
  onClose(): void;
  onCreated(claim: ClaimDetail): void;
}

const pickerWidth = 340;

/** The popover that turns a selection into a claim: choose or create tags, then save. */
export function TagPicker({ pending, tags, onClose, onCreated }: TagPickerProps) {
  const listId = useId();
  const [chosen, setChosen] = useState<TagInfo[]>([]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const options = pickerOptions(tags, chosen, query);
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  useEffect(() => {
    inputRef.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) onClose();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);

  const pick = async (index: number) => {
    const option = options[index];
    if (!option) return;
    setError(null);
    if (option.kind === 'tag') {
      setChosen((current) => [...current, option.tag]);
    } else {
      setBusy(true);
      try {
        const tag = await api.createTag({ name: option.name, color: nextTagColor(tags.length) });
        notifyCaseEdited(['tags']);
        setChosen((current) => [...current, tag]);
      } catch (failure) {
        setError(toError(failure).message);
      } finally {
        setBusy(false);
      }
    }
    setQuery('');
    setActive(0);
    inputRef.current?.focus();
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const claim = await api.createClaim({
        sourceId: pending.sourceId,
        start: pending.start,
        end: pending.end,
        tagIds: chosen.map((tag) => tag.id),
      });
      notifyCaseEdited(['claims']);
      onCreated(claim);
    } catch (failure) {
      setError(toError(failure).message);
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + delta + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter' && event.target === inputRef.current) {
      event.preventDefault();
      if ((event.ctrlKey || event.metaKey || !query.trim()) && !busy) void save();
      else if (!busy) void pick(activeIndex);
    } else if (event.key === 'Backspace' && !query && event.target === inputRef.current) {
      setChosen((current) => current.slice(0, -1));
    }
  };

  const left = Math.max(8, Math.min(pending.anchor.x, window.innerWidth - pickerWidth - 8));
  const top = Math.max(8, Math.min(pending.anchor.y + 8, window.innerHeight - 380));

  return (
    <div
      ref={rootRef}
      className="tag-picker"
      role="dialog"
      aria-label="Tag claim"
      data-testid="tag-picker"
      style={{ left, top, width: pickerWidth }}
      onKeyDown={onKeyDown}
    >
      <div className="tag-picker__header">
        <span className="tag-picker__title">Tag claim</span>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <blockquote className="tag-picker__quote">{pending.quote}</blockquote>
      <div className="tag-picker__field">
        {chosen.map((tag) => (
          <TagChip
            key={tag.id}
            tag={tag}
            onRemove={() => setChosen((current) => current.filter((each) => each.id !== tag.id))}
          />
        ))}
        <input
          ref={inputRef}
          className="tag-picker__input"
          value={query}
          placeholder={chosen.length ? 'Add another tag…' : 'Find or create a tag…'}
          aria-label="Tag"
          aria-controls={listId}
          aria-autocomplete="list"
          data-testid="tag-input"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
        />
      </div>
      <ul id={listId} className="tag-picker__options" aria-label="Tags">
        {options.map((option, index) => (
          <li key={option.kind === 'tag' ? option.tag.id : 'create'}>
            <button
              type="button"
              tabIndex={-1}
              className="tag-picker__option"
              data-active={index === activeIndex || undefined}
              data-testid={option.kind === 'tag' ? 'tag-option' : 'create-tag'}
              disabled={busy}
              // Keep focus in the text field, so typing goes on after a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => void pick(index)}
            >
              {option.kind === 'tag' ? (
                <>
                  <span className="swatch" style={{ '--swatch': option.tag.color }} />
                  <span className="tag-picker__name">{option.path}</span>
                </>
              ) : (
                <span className="tag-picker__create">Create tag “{option.name}”</span>
              )}
            </button>
          </li>
        ))}
        {options.length === 0 ? (
          <li className="tag-picker__empty">
            {tags.length === 0 ? 'Type a name to create the first tag.' : 'No more tags.'}
          </li>
        ) : null}
      </ul>
      {error ? (
        <p className="tag-picker__error" role="alert" data-testid="tag-picker-error">
          {error}
        </p>
      ) : null}
      <div className="tag-picker__footer">
        <span className="tag-picker__hint">Enter picks · Ctrl+Enter saves</span>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          data-testid="save-claim"
          onClick={() => void save()}
        >
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </div>
  );
}
