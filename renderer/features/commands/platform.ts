import { formatAccelerator, platformFromNavigator } from './accelerator';
import { acceleratorsFor } from './registry';
import { commandDescriptors as workbenchCommandDescriptors } from '../../../preload/commands';
import type { CommandId } from '../../../preload/commands';

/** The keyboard is on the machine running the page, so the page's platform decides shortcuts. */
export const platform = platformFromNavigator(navigator.platform, navigator.userAgent);

export function shortcutFor(id: CommandId): string {
  const descriptor = workbenchCommandDescriptors.find((candidate) => candidate.id === id);
  return descriptor ? formatAccelerator(descriptor.keys, platform) : '';
}

/** Every shortcut of a command on this platform, e.g. "Ctrl+T or Alt+T". */
export function shortcutsFor(id: CommandId): string {
  const descriptor = workbenchCommandDescriptors.find((candidate) => candidate.id === id);
  if (!descriptor) return '';
  return acceleratorsFor(descriptor, platform)
    .map((keys) => formatAccelerator(keys, platform))
    .join(' or ');
}
