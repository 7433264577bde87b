import { useState } from 'react';
import type { TagInfo } from '../../../preload/contract';
import { PencilIcon } from '../../components/icons';
import { tagPath } from '../claims/tagOptions';
import { tagPalette } from './palette';
import type { TagRow } from './tagTree';
import { moveTargets } from './tagTree';

interface TagTreeRowProps {
  row: TagRow;
  tags: readonly TagInfo[];
  onRename(name: string): Promise<boolean>;
  onRecolor(color: string): Promise<boolean>;
  onMove(parentId: number | null): Promise<boolean>;
  onMerge(into: number): Promise<boolean>;
  onAddChild(name: string): Promise<boolean>;
  onDelete(): void;
  onFilter?: (() => void) | undefined;
}

type Mode = 'idle' | 'rename' | 'color' | 'more' | 'child';

export function TagTreeRow(props: TagTreeRowProps) {
  const { row, tags } = props;
  const { tag } = row;
  const [mode, setMode] = useState<Mode>('idle');
  const [draft, setDraft] = useState('');
  const byId = new Map(tags.map((each) => [each.id, each]));
  const toggle = (next: Mode) => setMode(mode === next ? 'idle' : next);

  const submitDraft = async () => {
    const value = draft.trim();
    if (!value) return setMode('idle');
    const ok = mode === 'rename' ? await props.onRename(value) : await props.onAddChild(value);
    if (ok) setMode('idle');
  };

  return (
    <li
      className="tag-row"
      role="treeitem"
      aria-level={row.depth + 1}
      aria-selected={false}
      data-testid="codebook-tag"
      data-tag-id={tag.id}
      style={{ '--depth': row.depth }}
    >
      <div className="tag-row__line">
        <button
          type="button"
          className="swatch swatch--button"
          style={{ '--swatch': tag.color }}
          aria-label={`Colour of ${tag.name}`}
          title="Change colour"
          data-testid="tag-color"
          onClick={() => toggle('color')}
        />
        {mode === 'rename' || mode === 'child' ? (
          <input
            className="input input--compact tag-row__input"
            value={draft}
            autoFocus
            aria-label={mode === 'rename' ? `Rename ${tag.name}` : `New tag under ${tag.name}`}
            placeholder={mode === 'child' ? `New tag under ${tag.name}…` : undefined}
            data-testid="tag-name-input"
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => void submitDraft()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void submitDraft();
              if (event.key === 'Escape') {
                event.stopPropagation();
                setMode('idle');
              }
            }}
          />
        ) : (
          <button
            type="button"
            className="tag-row__name"
            title={props.onFilter ? 'Show the claims with this tag' : tag.name}
            onClick={props.onFilter}
            onDoubleClick={() => {
              setDraft(tag.name);
              setMode('rename');
            }}
            data-testid="tag-name"
          >
            {tag.name}
          </button>
        )}
        <span className="tag-row__count tabular" title="Claims with this tag (and below)">
          {row.totalClaims}
        </span>
        <button
          type="button"
          className="icon-button tag-row__action"
          aria-label={`Rename ${tag.name}`}
          title="Rename"
          onClick={() => {
            setDraft(tag.name);
            setMode('rename');
          }}
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="icon-button tag-row__action"
          aria-label={`More actions for ${tag.name}`}
          aria-expanded={mode === 'more'}
          title="Move, merge, delete"
          data-testid="tag-more"
          onClick={() => toggle('more')}
        >
          ⋯
        </button>
      </div>
      {mode === 'color' ? (
        <div className="tag-row__palette" role="group" aria-label="Colours">
          {tagPalette.map((color) => (
            <button
              key={color}
              type="button"
              className="swatch swatch--button swatch--large"
              style={{ '--swatch': color }}
              aria-label={color}
              aria-pressed={color === tag.color}
              onClick={() => void props.onRecolor(color).then(() => setMode('idle'))}
            />
          ))}
        </div>
      ) : null}
      {mode === 'more' ? (
        <div className="tag-row__more">
          <button
            type="button"
            className="button button--compact"
            onClick={() => {
              setDraft('');
              setMode('child');
            }}
          >
            Add tag inside
          </button>
          <select
            className="select select--compact"
            aria-label={`Move ${tag.name} to`}
            data-testid="tag-move"
            value=""
            onChange={(event) => {
              const value = event.target.value;
              if (value) void props.onMove(value === 'top' ? null : Number(value));
            }}
          >
            <option value="">Move to…</option>
            {tag.parentId !== null ? <option value="top">Top level</option> : null}
            {moveTargets(tags, tag.id)
              .filter((target) => target.id !== tag.parentId)
              .map((target) => (
                <option key={target.id} value={target.id}>
                  {tagPath(target, byId)}
                </option>
              ))}
          </select>
          <select
            className="select select--compact"
            aria-label={`Merge ${tag.name} into`}
            data-testid="tag-merge"
            value=""
            onChange={(event) => {
              const into = Number(event.target.value);
              if (into) void props.onMerge(into);
            }}
          >
            <option value="">Merge into…</option>
            {tags
              .filter((target) => target.id !== tag.id)
              .map((target) => (
                <option key={target.id} value={target.id}>
                  {tagPath(target, byId)}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button--compact button--danger"
            data-testid="tag-delete"
            onClick={props.onDelete}
          >
            Delete…
          </button>
        </div>
      ) : null}
    </li>
  );
}
