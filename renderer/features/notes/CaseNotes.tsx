import { useCallback, useEffect } from 'react';
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
  return { state, save };
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
  const { state, save } = useNote(owner);
  if (state.status === 'error') {
    return (
      <p className="inspector__error" role="alert">
        {state.error.message}
      </p>
    );
  }
  if (state.status !== 'ready') return <p className="inspector__loading">Loading note…</p>;
  return (
    <NoteEditor
      label={label}
      stored={state.data.text}
      save={save}
      size={size}
      placeholder={placeholder}
    />
  );
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
