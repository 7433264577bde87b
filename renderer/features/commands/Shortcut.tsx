import type { CommandId } from '../../../preload/commands';
import { shortcutFor } from './platform';

/** A command's shortcut as a key cap, formatted for this platform. */
export function Shortcut({ command, className }: { command: CommandId; className?: string }) {
  const text = shortcutFor(command);
  if (!text) return null;
  return <kbd className={className}>{text}</kbd>;
}
