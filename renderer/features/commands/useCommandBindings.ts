import { useEffect, useEffectEvent, useRef } from 'react';
import { api } from '../../api';
import { commandForKey, runCommandById } from './registry';
import type { Command } from './registry';

/** Whether key presses go to a field with its own editing (and undo) behaviour. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
    target.type,
  );
}

/** A menu report this soon after the same command ran from the keyboard is the same key press. */
const echoWindowMs = 400;

/**
 * Runs commands from keyboard shortcuts and from the native menu (Electron sends the chosen
 * item as command:did-run). Both are ignored while a modal dialog has the keyboard.
 *
 * In Electron the page sees a key press before the menu does, and a press the page prevents
 * does not reach the menu's accelerator; should a platform deliver both anyway, the echo is
 * dropped so a toggle never runs twice.
 */
export function useCommandBindings(commands: readonly Command[], suspended: boolean): void {
  const lastFromKeyboard = useRef<{ id: string; at: number } | null>(null);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (suspended || event.defaultPrevented || event.isComposing) return;
    const command = commandForKey(commands, event, isTextField(event.target));
    if (!command) return;
    event.preventDefault();
    lastFromKeyboard.current = { id: command.id, at: event.timeStamp };
    command.run();
  });

  const onMenuCommand = useEffectEvent((id: string) => {
    const last = lastFromKeyboard.current;
    if (last?.id === id && performance.now() - last.at < echoWindowMs) return;
    if (!suspended) runCommandById(commands, id);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => api.onDidRunCommand((event) => onMenuCommand(event.id)), []);
}
