// Every command the analyst can run, as data. The native menu (main), keyboard shortcuts and
// the command palette (renderer) are all built from this one list; the renderer supplies what
// each command does. Keys use Electron's accelerator syntax. No imports: shared by every layer.

export type MenuSection = 'file' | 'edit' | 'view' | 'go';

export interface CommandDescriptor {
  id: string;
  label: string;
  /** Electron accelerator, e.g. "CmdOrCtrl+Shift+P". */
  keys?: string;
  /**
   * More keys the renderer also accepts (not shown in the menu), optionally on one platform
   * only: e.g. Ctrl+Y for redo outside the Mac, or Alt+T where the browser keeps Ctrl+T.
   */
  extraKeys?: readonly { keys: string; platform?: 'mac' | 'other' }[];
  menu?: MenuSection;
}

export const commandDescriptors = [
  { id: 'case.open', label: 'Open Case…', keys: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'case.create', label: 'New Case…', keys: 'CmdOrCtrl+Shift+N', menu: 'file' },
  {
    id: 'source.importFiles',
    label: 'Import Files…',
    keys: 'CmdOrCtrl+Shift+O',
    menu: 'file',
  },
  { id: 'source.importFolder', label: 'Import Folder…', keys: 'CmdOrCtrl+Alt+O', menu: 'file' },
  {
    id: 'source.pasteText',
    label: 'Import Pasted Text…',
    keys: 'CmdOrCtrl+Shift+V',
    menu: 'file',
  },
  { id: 'exchange.export', label: 'Export Claims…', keys: 'CmdOrCtrl+E', menu: 'file' },
  {
    id: 'exchange.openCase',
    label: 'Open Exchanged Case (JSON, QDPX)…',
    keys: 'CmdOrCtrl+Alt+Shift+O',
    menu: 'file',
  },
  {
    id: 'exchange.importAnnotations',
    label: 'Import Web Annotations…',
    keys: 'CmdOrCtrl+Alt+Shift+A',
    menu: 'file',
  },
  { id: 'source.editDetails', label: 'Edit Source Details…', keys: 'CmdOrCtrl+I', menu: 'edit' },
  {
    id: 'reader.openBeside',
    label: 'Open Selected Source Beside',
    keys: 'CmdOrCtrl+Enter',
    menu: 'view',
  },
  { id: 'reader.closeColumn', label: 'Close Column', keys: 'CmdOrCtrl+W', menu: 'view' },
  { id: 'reader.focusNextColumn', label: 'Focus Next Column', keys: 'CmdOrCtrl+]', menu: 'view' },
  {
    id: 'reader.focusPreviousColumn',
    label: 'Focus Previous Column',
    keys: 'CmdOrCtrl+[',
    menu: 'view',
  },
  {
    id: 'view.toggleTheme',
    label: 'Toggle Light/Dark Theme',
    keys: 'CmdOrCtrl+Shift+L',
    menu: 'view',
  },
  { id: 'view.commandPalette', label: 'Command Palette…', keys: 'CmdOrCtrl+Shift+P', menu: 'view' },
  {
    id: 'compare.toggleAlignment',
    label: 'Toggle Alignment of Columns',
    keys: 'CmdOrCtrl+Shift+A',
    menu: 'view',
  },
  {
    id: 'compare.toggleSync',
    label: 'Toggle Synchronised Scrolling',
    keys: 'CmdOrCtrl+Shift+Y',
    menu: 'view',
  },
  {
    id: 'compare.toggleDifferencesOnly',
    label: 'Toggle Differences Only',
    keys: 'CmdOrCtrl+Shift+D',
    menu: 'view',
  },
  {
    id: 'compare.togglePanel',
    label: 'Toggle Comparison Panel',
    keys: 'CmdOrCtrl+J',
    menu: 'view',
  },
  {
    id: 'compare.showMatrix',
    label: 'Similarity Matrix…',
    keys: 'CmdOrCtrl+Shift+M',
    menu: 'view',
  },
  { id: 'search.focus', label: 'Search…', keys: 'CmdOrCtrl+K', menu: 'edit' },
  { id: 'search.nextHit', label: 'Next Search Hit', keys: 'F3', menu: 'go' },
  { id: 'search.previousHit', label: 'Previous Search Hit', keys: 'Shift+F3', menu: 'go' },
  { id: 'go.sourceList', label: 'Go to Source List', keys: 'CmdOrCtrl+0', menu: 'go' },
  { id: 'go.nextSource', label: 'Next Source', keys: 'Alt+Down', menu: 'go' },
  { id: 'go.previousSource', label: 'Previous Source', keys: 'Alt+Up', menu: 'go' },
  { id: 'compare.nextPassage', label: 'Next Aligned Passage', keys: 'F7', menu: 'go' },
  {
    id: 'compare.previousPassage',
    label: 'Previous Aligned Passage',
    keys: 'Shift+F7',
    menu: 'go',
  },
  { id: 'history.undo', label: 'Undo', keys: 'CmdOrCtrl+Z', menu: 'edit' },
  {
    id: 'history.redo',
    label: 'Redo',
    keys: 'CmdOrCtrl+Shift+Z',
    extraKeys: [{ keys: 'CmdOrCtrl+Y', platform: 'other' }],
    menu: 'edit',
  },
  {
    id: 'claims.tagSelection',
    label: 'Tag Selection as Claim…',
    keys: 'CmdOrCtrl+T',
    // The browser host runs in Chromium, which keeps Ctrl+T (new tab) for itself.
    extraKeys: [{ keys: 'Alt+T' }],
    menu: 'edit',
  },
  {
    id: 'claims.addSelectionToClaim',
    label: 'Add Selection to Claim…',
    // Neither Chromium nor Electron keeps Alt+Shift+A; Ctrl+Shift+A toggles alignment.
    keys: 'Alt+Shift+A',
    menu: 'edit',
  },
  { id: 'claims.showPanel', label: 'Show Claims', keys: 'CmdOrCtrl+Shift+K', menu: 'view' },
  { id: 'claims.showCodebook', label: 'Show Codebook', keys: 'CmdOrCtrl+Shift+B', menu: 'view' },
  { id: 'notes.showCaseNotes', label: 'Show Case Notes', keys: 'CmdOrCtrl+Shift+E', menu: 'view' },
  // Alt+Shift: Ctrl+Shift+Q quits Chromium on Linux, and Ctrl+Shift+E / D are taken above.
  { id: 'facts.showQuotes', label: 'Show Quotes', keys: 'Alt+Shift+Q', menu: 'view' },
  { id: 'facts.showEntities', label: 'Show Entities', keys: 'Alt+Shift+E', menu: 'view' },
  {
    id: 'facts.showDiscrepancies',
    label: 'Show Discrepancies',
    keys: 'Alt+Shift+D',
    menu: 'view',
  },
] as const satisfies readonly CommandDescriptor[];

export type CommandId = (typeof commandDescriptors)[number]['id'];
