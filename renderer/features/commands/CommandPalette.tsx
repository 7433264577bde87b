import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Modal } from '../../components/Modal';
import { CommandIcon } from '../../components/icons';
import { filterCommands } from './registry';
import type { Command } from './registry';
import './palette.css';

interface CommandPaletteProps {
  commands: readonly Command[];
  onClose(): void;
}

/** The text selected when the palette opened (its field takes the selection away). */
function savedSelection(): Range | null {
  const selection = window.getSelection();
  return selection && selection.rangeCount > 0 && !selection.isCollapsed
    ? selection.getRangeAt(0).cloneRange()
    : null;
}

export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const id = useId();
  // Read while rendering the palette, before its field takes focus (and the selection).
  const [selected] = useState(savedSelection);
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const available = commands.filter(
    (command) => command.id !== 'view.commandPalette' && command.when(),
  );
  const results = filterCommands(available, query);
  const active = results.length === 0 ? -1 : Math.min(cursor, results.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  /** Puts back the text selected before the palette opened, if it is still on the page. */
  const restoreSelection = () => {
    const selection = window.getSelection();
    if (!selected || !selection || !selected.startContainer.isConnected) return;
    selection.removeAllRanges();
    selection.addRange(selected);
  };

  // While the palette's modal dialog is open the page behind it is inert, and a selection put
  // back there does not hold. The dialog closes, and gives focus back, as React commits the
  // close; the selection is put back in the next task, then the command runs.
  const close = () => {
    onClose();
    setTimeout(restoreSelection, 0);
  };

  const run = (command: Command) => {
    // Close first: the command may open another dialog or move focus. Commands that act on the
    // selection ("Tag Selection as Claim…", "Add Selection to Claim…") find it as it was.
    onClose();
    setTimeout(() => {
      restoreSelection();
      command.run();
    }, 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor((active + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = results[active];
      if (command) run(command);
    }
  };

  return (
    <Modal
      label="Command palette"
      onClose={close}
      className="palette"
      closeOnBackdrop
      testId="command-palette"
    >
      <div className="palette__search">
        <CommandIcon className="palette__search-icon" />
        <input
          className="palette__input"
          role="combobox"
          aria-label="Type a command"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          placeholder="Type a command…"
          value={query}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          data-testid="palette-input"
          onChange={(event) => {
            setQuery(event.target.value);
            setCursor(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="palette__list">
        {results.map((command, index) => (
          <li
            key={command.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="palette__item"
            data-testid="palette-item"
            data-command-id={command.id}
            onMouseMove={() => {
              if (index !== active) setCursor(index);
            }}
            onClick={() => run(command)}
          >
            <span className="palette__label">{command.label}</span>
            {command.shortcut ? <kbd>{command.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {results.length === 0 ? <p className="palette__empty">No matching commands</p> : null}
    </Modal>
  );
}
