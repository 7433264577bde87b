import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { commandDescriptors } from '../../preload/commands';
import { buildMenuTemplate } from './application-menu';

function commandItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template
    .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
    .filter((item) => item.id !== undefined);
}

describe('buildMenuTemplate', () => {
  it('puts every command with a menu section in the menu, once, with its shortcut shown but not registered', () => {
    const template = buildMenuTemplate(
      commandDescriptors,
      { isMac: false, isPackaged: true, appName: 'Corroborate' },
      () => {},
    );
    const items = commandItems(template);
    expect(items.map((item) => item.id).sort()).toEqual(
      commandDescriptors.map((command) => command.id).sort(),
    );
    for (const item of items) {
      expect(item.registerAccelerator).toBe(false);
      expect(item.accelerator).toBe(
        commandDescriptors.find((command) => command.id === item.id)?.keys,
      );
    }
  });

  it('runs the chosen command by id', () => {
    const ran: string[] = [];
    const template = buildMenuTemplate(
      commandDescriptors,
      { isMac: false, isPackaged: true, appName: 'Corroborate' },
      (id) => ran.push(id),
    );
    const open = commandItems(template).find((item) => item.id === 'case.open');
    (open?.click as () => void)();
    expect(ran).toEqual(['case.open']);
  });

  it('shows one Undo and one Redo on Windows and Linux: the case history', () => {
    const template = buildMenuTemplate(
      commandDescriptors,
      { isMac: false, isPackaged: true, appName: 'Corroborate' },
      () => {},
    );
    const edit = template.find((menu) => menu.label === 'Edit');
    const items = Array.isArray(edit?.submenu) ? edit.submenu : [];
    expect(items.filter((item) => item.role === 'undo' || item.role === 'redo')).toEqual([]);
    expect(
      items.filter((item) => item.id === 'history.undo' || item.id === 'history.redo'),
    ).toHaveLength(2);
  });

  it('adds the app menu on macOS and dev tools only in development', () => {
    const mac = buildMenuTemplate(
      commandDescriptors,
      { isMac: true, isPackaged: true, appName: 'Corroborate' },
      () => {},
    );
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
    const dev = buildMenuTemplate(
      commandDescriptors,
      { isMac: false, isPackaged: false, appName: 'Corroborate' },
      () => {},
    );
    const roles = (template: MenuItemConstructorOptions[]) =>
      template
        .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
        .map((item) => item.role);
    expect(roles(dev)).toContain('toggleDevTools');
    expect(roles(mac)).not.toContain('toggleDevTools');
  });
});
