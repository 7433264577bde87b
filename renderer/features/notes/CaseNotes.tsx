import { useCallback, useEffect, useState } from 'react';
import type { NoteOwner } from '../../../preload/contract';
import { api } from '../../api';
import { useQuery } from '../../lib/useQuery';
import { notifyCaseEdited, onCaseEdited, touches } from '../claims/caseEdits';
import { NoteEditor } from './NoteEditor';

/** A stored note (the case's or a source's), fetched and refetched on note edits. */
export function useNote(owner: NoteOwner) {
  const key = owner.kind === 'case' ? 'note:case' : `note:source:${owner.id}`;
  const { state, reload } = useQuery(key, () => api.getNote({ owner }));
  useEffect(
    () =>
      onCaseEdited((edit) => {
        if (touches(edit, ['notes'])) reload();
      }),
    [reload],
  );
  const ownerId = owner.kind === 'case' ? null : owner.id;
  const save = useCallback(
    async (text: string) => {
      const target: NoteOwner =
        ownerId === null ? { kind: 'case' } : { kind: 'source', id: ownerId };
      await api.saveNote({ owner: target, text });
      notifyCaseEdited(['notes']);
    },
    [ownerId],
  );
  return { state, save, key };
}

/**
 * The note's text as last loaded, kept while a refetch runs or fails: a refetch that fails
 * (the host went away just after a save) must not take the editor, and what is typed in it,
 * off the screen.
 */
function useLastLoadedText(key: string, state: ReturnType<typeof useNote>['state']) {
  const [last, setLast] = useState<{ key: string; text: string } | null>(null);
  const loaded = state.status === 'ready' ? state.data.text : null;
  if (loaded !== null && (last?.key !== key || last.text !== loaded)) {
    setLast({ key, text: loaded });
  }
  if (loaded !== null) return loaded;
  return last?.key === key ? last.text : null;
}

/** A note of the case or a source, in the note editor once loaded. */
export function OwnedNote({
  owner,
  label,
  size,
  placeholder,
}: {
  owner: NoteOwner;
  label: string;
  size?: 'compact' | 'large';
  placeholder?: string;
}) {
  const { state, save, key } = useNote(owner);
  const stored = useLastLoadedText(key, state);
  if (stored !== null) {
    return (
      <NoteEditor
        key={key}
        draftKey={key}
        label={label}
        stored={stored}
        save={save}
        size={size}
        placeholder={placeholder}
      />
    );
  }
  if (state.status === 'error') {
    return (
      <p className="inspector__error" role="alert">
        {state.error.message}
      </p>
    );
  }
  return <p className="inspector__loading">Loading note…</p>;
}

export function CaseNotes() {
  return (
    <section className="case-notes" data-testid="case-notes" aria-label="Case notes">
      <OwnedNote
        owner={{ kind: 'case' }}
        label="Case notes"
        size="large"
        placeholder="Working notes for the whole case: open questions, leads, what to check next."
      />
    </section>
  );
}
