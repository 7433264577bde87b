import { describe, expect, it } from 'vitest';
import { commandDescriptors } from '../../../preload/commands';
import { commandDescriptors as workbenchCommandDescriptors } from '../../../preload/commands';
import { createCommandHandlers } from './handlers';
import type { CommandContext } from './handlers';
import {
  acceleratorsFor,
  commandForKey,
  createCommands,
  filterCommands,
  runCommandById,
} from './registry';

function fakeContext(overrides: Partial<CommandContext> = {}) {
  const calls: string[] = [];
  const context: CommandContext = {
    caseOpen: true,
    sourceCount: 3,
    selectedSourceId: 7,
    columnCount: 2,
    detailsTargetId: 7,
    openCaseDialog: (mode) => calls.push(`case:${mode}`),
    chooseImport: (kind) => calls.push(`import:${kind}`),
    pasteText: () => calls.push('paste'),
    focusSearch: () => calls.push('search'),
    searchHitCount: 2,
    stepSearchHit: (direction) => calls.push(`hit:${direction}`),
    openSource: (id, placement) => calls.push(`open:${id}:${placement}`),
    editDetails: (id) => calls.push(`details:${id}`),
    closeColumn: () => calls.push('close'),
    cycleColumn: (delta) => calls.push(`cycle:${delta}`),
    toggleTheme: () => calls.push('theme'),
    openPalette: () => calls.push('palette'),
    focusSourceList: () => calls.push('list'),
    stepSource: (direction) => calls.push(`step:${direction}`),
    aligned: true,
    passageCount: 4,
    stepPassage: (direction) => calls.push(`passage:${direction}`),
    toggleCompare: (option) => calls.push(`toggle:${option}`),
    openMatrix: () => calls.push('matrix'),
    history: { canUndo: true, canRedo: true },
    undo: () => calls.push('undo'),
    redo: () => calls.push('redo'),
    tagSelection: () => calls.push('tag'),
    addSelectionToClaim: () => calls.push('add-to-claim'),
    showInspector: (tab) => calls.push(`inspector:${tab}`),
    showFacts: (view) => calls.push(`facts:${view}`),
    openExport: () => calls.push('export'),
    openExchangedCase: () => calls.push('open-exchanged'),
    importAnnotations: () => calls.push('annotations'),
    ...overrides,
  };
  return { context, calls };
}

const press = (
  key: string,
  code: string,
  modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  code,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: false,
  altKey: modifiers.alt ?? false,
  shiftKey: modifiers.shift ?? false,
});

describe('command registry', () => {
  it('has one command per descriptor, in menu order', () => {
    const { context } = fakeContext();
    const commands = createCommands(createCommandHandlers(context), 'other');
    expect(commands.map((command) => command.id)).toEqual(
      workbenchCommandDescriptors.map((d) => d.id),
    );
  });

  it.each([
    ['case.open', 'case:open'],
    ['case.create', 'case:create'],
    ['source.editDetails', 'details:7'],
    ['source.importFiles', 'import:files'],
    ['source.importFolder', 'import:folder'],
    ['source.pasteText', 'paste'],
    ['exchange.export', 'export'],
    ['exchange.openCase', 'open-exchanged'],
    ['exchange.importAnnotations', 'annotations'],
    ['search.focus', 'search'],
    ['search.nextHit', 'hit:next'],
    ['search.previousHit', 'hit:previous'],
    ['reader.openBeside', 'open:7:beside'],
    ['reader.closeColumn', 'close'],
    ['reader.focusNextColumn', 'cycle:1'],
    ['reader.focusPreviousColumn', 'cycle:-1'],
    ['view.toggleTheme', 'theme'],
    ['view.commandPalette', 'palette'],
    ['go.sourceList', 'list'],
    ['go.nextSource', 'step:next'],
    ['go.previousSource', 'step:previous'],
    ['compare.toggleAlignment', 'toggle:alignment'],
    ['compare.toggleSync', 'toggle:syncScroll'],
    ['compare.toggleDifferencesOnly', 'toggle:differencesOnly'],
    ['compare.togglePanel', 'toggle:panelOpen'],
    ['compare.showMatrix', 'matrix'],
    ['compare.nextPassage', 'passage:next'],
    ['compare.previousPassage', 'passage:previous'],
    ['claims.tagSelection', 'tag'],
    ['claims.addSelectionToClaim', 'add-to-claim'],
    ['facts.showQuotes', 'facts:quotes'],
    ['facts.showEntities', 'facts:entities'],
    ['facts.showDiscrepancies', 'facts:discrepancies'],
  ])('%s runs %s', (id, call) => {
    const { context, calls } = fakeContext();
    const commands = createCommands(createCommandHandlers(context), 'other');
    expect(runCommandById(commands, id)).toBe(true);
    expect(calls).toEqual([call]);
  });

  it('does not run disabled or unknown commands', () => {
    const { context, calls } = fakeContext({
      caseOpen: false,
      sourceCount: 0,
      selectedSourceId: null,
      columnCount: 0,
      detailsTargetId: null,
      aligned: false,
      searchHitCount: 0,
      passageCount: 0,
    });
    const commands = createCommands(createCommandHandlers(context), 'other');
    const enabled = commands.filter((command) => command.when()).map((command) => command.id);
    expect(enabled).toEqual([
      'case.open',
      'case.create',
      'exchange.openCase',
      'view.toggleTheme',
      'view.commandPalette',
    ]);
    expect(runCommandById(commands, 'reader.closeColumn')).toBe(false);
    expect(runCommandById(commands, 'no.such.command')).toBe(false);
    expect(calls).toEqual([]);
  });

  it('finds the enabled command for a key press', () => {
    const { context } = fakeContext();
    const commands = createCommands(createCommandHandlers(context), 'other');
    expect(commandForKey(commands, press('P', 'KeyP', { ctrl: true, shift: true }))?.id).toBe(
      'view.commandPalette',
    );
    expect(commandForKey(commands, press('Enter', 'Enter', { ctrl: true }))?.id).toBe(
      'reader.openBeside',
    );
    expect(commandForKey(commands, press('ArrowUp', 'ArrowUp', { alt: true }))?.id).toBe(
      'go.previousSource',
    );
    expect(commandForKey(commands, press('p', 'KeyP'))).toBeUndefined();
    expect(commandForKey(commands, press('F7', 'F7'))?.id).toBe('compare.nextPassage');
    expect(commandForKey(commands, press('F7', 'F7', { shift: true }))?.id).toBe(
      'compare.previousPassage',
    );
  });

  it('keeps passage navigation off until there is something to step through', () => {
    const { context } = fakeContext({ aligned: true, passageCount: 0 });
    const commands = createCommands(createCommandHandlers(context), 'other');
    expect(commandForKey(commands, press('F7', 'F7'))).toBeUndefined();
    const single = createCommands(
      createCommandHandlers(fakeContext({ columnCount: 1, aligned: false }).context),
      'other',
    );
    const enabled = single.filter((command) => command.when()).map((command) => command.id);
    expect(enabled).toContain('compare.showMatrix');
    expect(enabled).not.toContain('compare.toggleSync');
    expect(enabled).not.toContain('compare.toggleAlignment');
  });

  it('formats shortcuts for the platform', () => {
    const { context } = fakeContext();
    const mac = createCommands(createCommandHandlers(context), 'mac');
    expect(mac.find((command) => command.id === 'reader.openBeside')?.shortcut).toBe('⌘↩');
  });
});

describe('extra keys', () => {
  const run = (platform: 'mac' | 'other', input: ReturnType<typeof press>, editingText = false) => {
    const { context } = fakeContext();
    return commandForKey(
      createCommands(createCommandHandlers(context), platform),
      input,
      editingText,
    )?.id;
  };
  const cmd = (key: string, code: string, shift = false) => ({
    ...press(key, code, { shift }),
    ctrlKey: false,
    metaKey: true,
  });

  it('binds undo and redo, with Ctrl+Y as a second redo key outside the Mac', () => {
    expect(run('other', press('z', 'KeyZ', { ctrl: true }))).toBe('history.undo');
    expect(run('other', press('Z', 'KeyZ', { ctrl: true, shift: true }))).toBe('history.redo');
    expect(run('other', press('y', 'KeyY', { ctrl: true }))).toBe('history.redo');
    expect(run('mac', cmd('z', 'KeyZ'))).toBe('history.undo');
    expect(run('mac', cmd('z', 'KeyZ', true))).toBe('history.redo');
    expect(run('mac', cmd('y', 'KeyY'))).toBeUndefined();
  });

  it('leaves undo and redo to a focused text field, but not other commands', () => {
    expect(run('other', press('z', 'KeyZ', { ctrl: true }), true)).toBeUndefined();
    expect(run('other', press('y', 'KeyY', { ctrl: true }), true)).toBeUndefined();
    expect(run('other', press('t', 'KeyT', { alt: true }), true)).toBe('claims.tagSelection');
  });

  it('tags the selection with Ctrl+T or Alt+T (Option+T gives "†" on a Mac)', () => {
    expect(run('other', press('t', 'KeyT', { ctrl: true }))).toBe('claims.tagSelection');
    expect(run('other', press('t', 'KeyT', { alt: true }))).toBe('claims.tagSelection');
    expect(run('mac', press('†', 'KeyT', { alt: true }))).toBe('claims.tagSelection');
  });

  it('adds the selection to a claim with Alt+Shift+A, which no browser keeps (⌥⇧A on a Mac)', () => {
    expect(run('other', press('A', 'KeyA', { alt: true, shift: true }))).toBe(
      'claims.addSelectionToClaim',
    );
    expect(run('mac', press('Å', 'KeyA', { alt: true, shift: true }))).toBe(
      'claims.addSelectionToClaim',
    );
    expect(run('other', press('A', 'KeyA', { ctrl: true, shift: true }))).toBe(
      'compare.toggleAlignment',
    );
    const { context } = fakeContext();
    const link = createCommands(createCommandHandlers(context), 'mac').find(
      (command) => command.id === 'claims.addSelectionToClaim',
    );
    expect(link?.shortcut).toBe('⌥⇧A');
    const closed = createCommands(
      createCommandHandlers(fakeContext({ columnCount: 0 }).context),
      'other',
    );
    expect(commandForKey(closed, press('A', 'KeyA', { alt: true, shift: true }))).toBeUndefined();
  });

  it('gives no two commands the same keys on either platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const keys = commandDescriptors.flatMap((descriptor) =>
        acceleratorsFor(descriptor, platform),
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('shows the Facts views with Alt+Shift+Q, E and D (⌥⇧ on a Mac)', () => {
    expect(run('other', press('Q', 'KeyQ', { alt: true, shift: true }))).toBe('facts.showQuotes');
    expect(run('other', press('E', 'KeyE', { alt: true, shift: true }))).toBe('facts.showEntities');
    expect(run('mac', press('Î', 'KeyD', { alt: true, shift: true }))).toBe(
      'facts.showDiscrepancies',
    );
  });

  it('lists every shortcut of a command for the platform', () => {
    const redo = commandDescriptors.find((descriptor) => descriptor.id === 'history.redo');
    expect(redo && acceleratorsFor(redo, 'other')).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    expect(redo && acceleratorsFor(redo, 'mac')).toEqual(['CmdOrCtrl+Shift+Z']);
    const { context } = fakeContext();
    const commands = createCommands(createCommandHandlers(context), 'other');
    const tag = commands.find((command) => command.id === 'claims.tagSelection');
    expect(tag?.shortcuts).toBe('Ctrl+T or Alt+T');
  });

  it('keeps undo and redo off when there is nothing to undo or redo', () => {
    const { context } = fakeContext({ history: { canUndo: false, canRedo: false } });
    const commands = createCommands(createCommandHandlers(context), 'other');
    expect(commandForKey(commands, press('z', 'KeyZ', { ctrl: true }))).toBeUndefined();
  });
});

describe('filterCommands', () => {
  const labels = ['Open Case…', 'Close Column', 'Focus Next Column', 'Toggle Light/Dark Theme'].map(
    (label) => ({ label }),
  );
  const names = (query: string) => filterCommands(labels, query).map((command) => command.label);

  it('keeps everything for an empty query', () => {
    expect(names('  ')).toHaveLength(4);
  });

  it('ranks prefixes, then word starts, then substrings, then subsequences', () => {
    expect(names('col')).toEqual(['Close Column', 'Focus Next Column']);
    expect(names('close')).toEqual(['Close Column']);
    expect(names('dark')).toEqual(['Toggle Light/Dark Theme']);
    expect(names('fnc')).toEqual(['Focus Next Column']);
    expect(names('zzz')).toEqual([]);
  });
});
