import { useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ClaimSummary, LinkStance, TagInfo } from '../../../preload/contract';
import type { QueryState } from '../../lib/useQuery';
import { emptyPickerFilter, pickerClaims } from './linkPassage';
import type { PickerFilter } from './linkPassage';
import { TagChip } from './TagChip';
import { tagPath } from './tagOptions';

interface ClaimPickerProps {
  claims: QueryState<ClaimSummary[]>;
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  /** Source id → the label the case names it by ("AP · 12 Sep 2023 · #002"). */
  labels: ReadonlyMap<number, string>;
  chosenId: number | null;
  onChoose(claimId: number | null): void;
  /** Enter in the filter field, or a double click: use the chosen claim. */
  onConfirm(): void;
}

const pageSize = 6;

/**
 * The claims of the case, most recently changed first, filtered by words and by a tag; the
 * arrow keys in the filter field move the choice (a combobox over a listbox), Enter confirms.
 * The first claim shown is chosen until the analyst chooses another.
 */
export function ClaimPicker(props: ClaimPickerProps) {
  const { claims, tags, tagsById, labels, chosenId, onChoose, onConfirm } = props;
  const id = useId();
  const [filter, setFilter] = useState<PickerFilter>(emptyPickerFilter);
  const all = claims.status === 'ready' ? claims.data : null;
  const shown = useMemo(() => (all ? pickerClaims(all, filter, tags) : []), [all, filter, tags]);
  const chosenIndex = shown.findIndex((claim) => claim.id === chosenId);
  const optionId = (claimId: number) => `${id}-claim-${claimId}`;

  // Keep a choice among the claims shown: the first, when the filter hides the chosen one.
  const firstId = shown[0]?.id ?? null;
  useEffect(() => {
    if (chosenIndex < 0 && chosenId !== firstId) onChoose(firstId);
  }, [chosenIndex, chosenId, firstId, onChoose]);

  useEffect(() => {
    if (chosenId !== null) {
      document.getElementById(optionId(chosenId))?.scrollIntoView({ block: 'nearest' });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (index: number) => {
      const claim = shown[Math.max(0, Math.min(index, shown.length - 1))];
      if (claim) onChoose(claim.id);
    };
    if (event.key === 'ArrowDown') move(chosenIndex + 1);
    else if (event.key === 'ArrowUp') move(chosenIndex - 1);
    else if (event.key === 'PageDown') move(chosenIndex + pageSize);
    else if (event.key === 'PageUp') move(chosenIndex - pageSize);
    else if (event.key === 'Enter') onConfirm();
    else return;
    event.preventDefault();
  };

  return (
    <div className="claim-picker">
      <div className="claim-picker__filters">
        <input
          className="input claim-picker__text"
          type="search"
          role="combobox"
          aria-label="Find a claim"
          aria-controls={`${id}-list`}
          aria-expanded="true"
          aria-activedescendant={chosenId === null ? undefined : optionId(chosenId)}
          placeholder="Find a claim by its words or tags…"
          value={filter.text}
          data-autofocus
          data-testid="claim-picker-filter"
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          onKeyDown={onKeyDown}
        />
        <select
          className="select"
          aria-label="Only claims tagged"
          value={filter.tagId ?? ''}
          data-testid="claim-picker-tag"
          onChange={(event) =>
            setFilter({ ...filter, tagId: event.target.value ? Number(event.target.value) : null })
          }
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tagPath(tag, tagsById)}
            </option>
          ))}
        </select>
      </div>
      <ul
        id={`${id}-list`}
        className="claim-picker__list"
        role="listbox"
        aria-label="Claims, most recently changed first"
        data-testid="claim-picker-list"
      >
        {all === null ? (
          <li className="claim-picker__empty" role="presentation">
            {claims.status === 'error' ? claims.error.message : 'Loading claims…'}
          </li>
        ) : shown.length === 0 ? (
          <li className="claim-picker__empty" role="presentation">
            {all.length === 0
              ? 'No claims yet: tag a passage as a claim first (Tag as claim).'
              : 'No claim matches.'}
          </li>
        ) : (
          shown.map((claim) => (
            <li
              key={claim.id}
              id={optionId(claim.id)}
              role="option"
              aria-selected={claim.id === chosenId}
              className="claim-picker__option"
              data-testid="claim-picker-option"
              data-claim-id={claim.id}
              // The filter field keeps the keyboard; a click only chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(claim.id)}
              onDoubleClick={() => {
                onChoose(claim.id);
                onConfirm();
              }}
            >
              <span className="claim-picker__quote">{claim.quote}</span>
              <span className="claim-picker__meta">
                <span className="source-label">
                  {labels.get(claim.sourceId) ?? `#${claim.sourceId}`}
                </span>
                {claim.tagIds.map((tagId) => {
                  const tag = tagsById.get(tagId);
                  return tag ? <TagChip key={tagId} tag={tag} /> : null;
                })}
                <span className="claim-picker__count">
                  {claim.occurrenceCount} {claim.occurrenceCount === 1 ? 'passage' : 'passages'}
                </span>
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}

/** Supports or contradicts, as two radio buttons (arrow keys switch, as in any radio group). */
export function StanceChoice({
  stance,
  onChange,
}: {
  stance: LinkStance;
  onChange(stance: LinkStance): void;
}) {
  const name = useId();
  return (
    <fieldset className="stance-choice" data-testid="stance-choice">
      <legend className="field__label">The passage</legend>
      {(['supports', 'contradicts'] as const).map((value) => (
        <label key={value} className="stance-choice__option" data-stance={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={stance === value}
            onChange={() => onChange(value)}
          />
          {value === 'supports' ? 'supports the claim' : 'contradicts the claim'}
        </label>
      ))}
    </fieldset>
  );
}
