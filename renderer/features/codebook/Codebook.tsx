import { useState } from 'react';
import type { TagInfo } from '../../../preload/contract';
import { api } from '../../api';
import { PlusIcon } from '../../components/icons';
import { toError } from '../../lib/useQuery';
import { notifyCaseEdited } from '../claims/caseEdits';
import { nextTagColor } from './palette';
import { DeleteTagDialog } from './DeleteTagDialog';
import { TagTreeRow } from './TagTreeRow';
import { nextPosition, tagRows } from './tagTree';
import './codebook.css';

interface CodebookProps {
  tags: readonly TagInfo[];
  onFilterByTag?(tagId: number): void;
}

/** The case's tags as a tree: create, rename, recolour, move, merge and delete. */
export function Codebook({ tags, onFilterByTag }: CodebookProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TagInfo | null>(null);
  const rows = tagRows(tags);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      notifyCaseEdited(['tags', 'claims']);
      return true;
    } catch (failure) {
      setError(toError(failure).message);
      return false;
    }
  };

  const create = async (parentId: number | null, tagName: string) => {
    const trimmed = tagName.trim();
    if (!trimmed) return false;
    return run(() =>
      api.createTag({
        name: trimmed,
        color: nextTagColor(tags.length),
        parentId,
      }),
    );
  };

  return (
    <section className="codebook" data-testid="codebook" aria-label="Codebook">
      <form
        className="codebook__create"
        onSubmit={(event) => {
          event.preventDefault();
          void create(null, name).then((ok) => ok && setName(''));
        }}
      >
        <input
          className="input input--compact"
          value={name}
          placeholder="New tag…"
          aria-label="New tag name"
          data-testid="new-tag-name"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--compact" data-testid="create-tag-button">
          <PlusIcon />
          Add
        </button>
      </form>
      {error ? (
        <p className="inspector__error" role="alert" data-testid="codebook-error">
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="codebook__empty">
          No tags yet. Tags group claims by what they are about: casualties, locations, who said
          what.
        </p>
      ) : (
        <ul className="codebook__tree" role="tree" aria-label="Tags">
          {rows.map((row) => (
            <TagTreeRow
              key={row.tag.id}
              row={row}
              tags={tags}
              onRename={(newName) => run(() => api.updateTag({ id: row.tag.id, name: newName }))}
              onRecolor={(color) => run(() => api.updateTag({ id: row.tag.id, color }))}
              onMove={(parentId) =>
                run(() =>
                  api.updateTag({
                    id: row.tag.id,
                    parentId,
                    position: nextPosition(tags, parentId),
                  }),
                )
              }
              onMerge={(into) => run(() => api.mergeTags({ from: row.tag.id, into }))}
              onAddChild={(childName) => create(row.tag.id, childName)}
              onDelete={() => setDeleting(row.tag)}
              onFilter={onFilterByTag ? () => onFilterByTag(row.tag.id) : undefined}
            />
          ))}
        </ul>
      )}
      {deleting ? (
        <DeleteTagDialog
          tag={deleting}
          tags={tags}
          onClose={() => setDeleting(null)}
          onDelete={(deletion) =>
            run(() => api.deleteTag({ id: deleting.id, deletion })).then((ok) => {
              if (ok) setDeleting(null);
            })
          }
        />
      ) : null}
    </section>
  );
}
