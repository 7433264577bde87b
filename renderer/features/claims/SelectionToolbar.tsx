import { useEffect, useState } from 'react';
import { PlusIcon, TagIcon } from '../../components/icons';
import { shortcutsFor } from '../commands/platform';
import { readColumnSelection } from './domSelection';

interface SelectionToolbarProps {
  /** Hidden while the tag picker or a dialog is open. */
  suspended: boolean;
  onTag(): void;
  /** Opens the claim picker, to link the selection to an existing claim. */
  onAddToClaim(): void;
}

interface Placement {
  x: number;
  y: number;
}

/** A small toolbar that floats above text selected in a reader column. */
export function SelectionToolbar({ suspended, onTag, onAddToClaim }: SelectionToolbarProps) {
  const [placement, setPlacement] = useState<Placement | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = readColumnSelection(window.getSelection());
        if (!selection) return setPlacement(null);
        const rect = selection.firstRect;
        const bodyRect = selection.body.getBoundingClientRect();
        // Keep it over the column: a selection scrolled out of view has nothing to point at.
        if (rect.bottom < bodyRect.top || rect.top > bodyRect.bottom) return setPlacement(null);
        setPlacement({ x: rect.left, y: Math.max(rect.top, bodyRect.top + 36) });
      });
    };
    document.addEventListener('selectionchange', update);
    // Scrolling moves the selection: capture, since column bodies scroll, not the window.
    document.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);

  if (!placement || suspended) return null;
  const left = Math.max(8, Math.min(placement.x, window.innerWidth - 300));
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={{ left, top: placement.y - 38 }}
    >
      <button
        type="button"
        className="selection-toolbar__button"
        data-testid="tag-selection"
        title={`Tag the selection as a claim (${shortcutsFor('claims.tagSelection')})`}
        // Keep the selection: a click on a button would otherwise clear it first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onTag}
      >
        <TagIcon />
        Tag as claim
      </button>
      <button
        type="button"
        className="selection-toolbar__button"
        data-testid="add-selection-to-claim"
        title={`Add the selection to an existing claim (${shortcutsFor('claims.addSelectionToClaim')})`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onAddToClaim}
      >
        <PlusIcon />
        Add to claim…
      </button>
    </div>
  );
}
