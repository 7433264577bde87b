import type { MenuItemConstructorOptions } from 'electron';
import type { CommandDescriptor, MenuSection } from '../../preload/commands';

const SECTION_LABELS: Record<MenuSection, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  go: 'Go',
};

/**
 * The native menu, built from the command registry. Accelerators are shown but not registered:
 * the renderer handles the keys itself, so a shortcut runs once in both shells.
 */
export function buildMenuTemplate(
  commands: readonly CommandDescriptor[],
  options: { isMac: boolean; isPackaged: boolean; appName: string },
  run: (commandId: string) => void,
): MenuItemConstructorOptions[] {
  const itemsFor = (section: MenuSection): MenuItemConstructorOptions[] =>
    commands
      .filter((command) => command.menu === section)
      .map((command) => ({
        id: command.id,
        label: command.label,
        accelerator: command.keys,
        registerAccelerator: false,
        click: () => run(command.id),
      }));

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ label: options.appName, role: 'appMenu' });
  template.push(
    {
      label: SECTION_LABELS.file,
      submenu: [
        ...itemsFor('file'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: SECTION_LABELS.edit,
      submenu: [
        // The case's own undo and redo (history.*) come from the registry; macOS also needs the
        // native roles, or Cmd+Z would not reach text fields at all.
        ...(options.isMac ? [{ role: 'undo' } as const, { role: 'redo' } as const] : []),
        ...itemsFor('edit').filter((item) => item.id?.startsWith('history.')),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...itemsFor('edit').filter((item) => !item.id?.startsWith('history.')),
      ],
    },
    {
      label: SECTION_LABELS.view,
      submenu: [
        ...itemsFor('view'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      ],
    },
    { label: SECTION_LABELS.go, submenu: itemsFor('go') },
    { role: 'windowMenu' },
  );
  return template;
}
