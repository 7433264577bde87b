import { commandDescriptors } from '../../../preload/commands';
import type { CommandDescriptor } from '../../../preload/commands';

/**
 * Commands of the workbench not yet in preload/commands.ts, in the same shape and under the
 * same rules. They belong there (and with them a native menu item); until they move, the
 * palette and the shortcuts take them from here.
 */
export const rendererCommandDescriptors = [
  {
    id: 'claims.addSelectionToClaim',
    label: 'Add Selection to Claim…',
    // Neither Chromium nor Electron keeps Alt+Shift+A; Ctrl+Shift+A toggles alignment.
    keys: 'Alt+Shift+A',
    menu: 'edit',
  },
] as const satisfies readonly CommandDescriptor[];

/** Every command the workbench knows: the shared list, then the renderer's own. */
export const workbenchCommandDescriptors = [...commandDescriptors, ...rendererCommandDescriptors];

export type WorkbenchCommandId = (typeof workbenchCommandDescriptors)[number]['id'];
