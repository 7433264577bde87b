import type { CommandDescriptor } from '../../../preload/commands';
import { formatChord, matchesChord, parseAccelerator } from './accelerator';
import type { KeyChord, KeyInput, Platform } from './accelerator';
import { commandDescriptors as workbenchCommandDescriptors } from '../../../preload/commands';
import type { CommandId } from '../../../preload/commands';

/** What the renderer supplies for each command id: what it does and when it is available. */
export interface CommandHandler {
  run(): void;
  when(): boolean;
}

/**
 * Exhaustive: adding a descriptor in preload/commands.ts fails the
 * typecheck until it is handled.
 */
export type CommandHandlers = Record<CommandId, CommandHandler>;

export interface Command extends CommandHandler {
  id: CommandId;
  label: string;
  chord: KeyChord;
  /** Every chord that runs the command here: the menu's, then the extra keys for the platform. */
  chords: KeyChord[];
  /** The shortcut formatted for the platform, e.g. "⇧⌘P" or "Ctrl+Shift+P". */
  shortcut: string;
  /** Every shortcut, e.g. "Ctrl+T or Alt+T". */
  shortcuts: string;
}

/** The accelerators a command answers to on a platform: its menu keys first, then extra keys. */
export function acceleratorsFor(descriptor: CommandDescriptor, platform: Platform): string[] {
  const extra = (descriptor.extraKeys ?? [])
    .filter((entry) => !entry.platform || entry.platform === platform)
    .map((entry) => entry.keys);
  return [...(descriptor.keys ? [descriptor.keys] : []), ...extra];
}

export function createCommands(handlers: CommandHandlers, platform: Platform): Command[] {
  return workbenchCommandDescriptors.map((descriptor: CommandDescriptor & { id: CommandId }) => {
    const chords = acceleratorsFor(descriptor, platform).map((keys) =>
      parseAccelerator(keys, platform),
    );
    const chord = parseAccelerator(descriptor.keys ?? '', platform);
    const handler = handlers[descriptor.id];
    return {
      id: descriptor.id,
      label: descriptor.label,
      chord,
      chords,
      shortcut: formatChord(chord, platform),
      shortcuts: chords.map((each) => formatChord(each, platform)).join(' or '),
      run: () => handler.run(),
      when: () => handler.when(),
    };
  });
}

export function isCommandId(id: string): id is CommandId {
  return workbenchCommandDescriptors.some((descriptor) => descriptor.id === id);
}

/** Commands whose keys belong to a text field while one has focus (its own undo stack wins). */
const textFieldKeys: ReadonlySet<CommandId> = new Set<CommandId>(['history.undo', 'history.redo']);

/**
 * The enabled command bound to a key press, if any. While the analyst types in a text field,
 * undo and redo are left to the field.
 */
export function commandForKey(
  commands: readonly Command[],
  input: KeyInput,
  editingText = false,
): Command | undefined {
  return commands.find(
    (command) =>
      !(editingText && textFieldKeys.has(command.id)) &&
      command.chords.some((chord) => matchesChord(chord, input)) &&
      command.when(),
  );
}

/** Runs a command by id if it exists and is enabled; reports whether it ran. */
export function runCommandById(commands: readonly Command[], id: string): boolean {
  const command = commands.find((candidate) => candidate.id === id);
  if (!command || !command.when()) return false;
  command.run();
  return true;
}

function score(label: string, query: string): number {
  const text = label.toLowerCase();
  const index = text.indexOf(query);
  if (index === 0) return 3;
  if (index > 0) return /[\s/.-]/.test(text[index - 1] ?? '') ? 2 : 1;
  // Every character of the query, in order (e.g. "nxcol" for "Focus Next Column").
  let position = 0;
  for (const character of query) {
    position = text.indexOf(character, position);
    if (position === -1) return 0;
    position += 1;
  }
  return 0.5;
}

/** Filters and ranks commands for the palette; an empty query keeps the registry's order. */
export function filterCommands<T extends { label: string }>(
  commands: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...commands];
  return commands
    .map((command, order) => ({ command, order, score: score(command.label, needle) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.command);
}
