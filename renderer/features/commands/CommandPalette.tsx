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

export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const id = useId();
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

  const run = (command: Command) => {
    // Close first: the command may open another dialog or move focus.
    onClose();
    command.run();
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
      onClose={onClose}
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
