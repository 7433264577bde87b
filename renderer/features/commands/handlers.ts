import type { CompareOption } from '../../app/store';
import type { CommandHandlers } from './registry';

/** What the commands need from the workbench; the shell builds it from its state each render. */
export interface CommandContext {
  caseOpen: boolean;
  sourceCount: number;
  selectedSourceId: number | null;
  columnCount: number;
  /** The source "Edit Source Details" acts on. */
  detailsTargetId: number | null;
  openCaseDialog(mode: 'open' | 'create'): void;
  chooseImport(kind: 'files' | 'folder'): void;
  pasteText(): void;
  focusSearch(): void;
  /** Hits marked in the reader (F3 steps through them). */
  searchHitCount: number;
  stepSearchHit(direction: 'next' | 'previous'): void;
  openSource(sourceId: number, placement: 'active' | 'beside'): void;
  editDetails(sourceId: number): void;
  closeColumn(): void;
  cycleColumn(delta: 1 | -1): void;
  toggleTheme(): void;
  openPalette(): void;
  focusSourceList(): void;
  stepSource(direction: 'next' | 'previous'): void;
  /** Alignment is on and two or more columns are open. */
  aligned: boolean;
  /** Aligned passages (F7 stops) in the active column. */
  passageCount: number;
  stepPassage(direction: 'next' | 'previous'): void;
  toggleCompare(option: CompareOption): void;
  openMatrix(): void;
  history: { canUndo: boolean; canRedo: boolean };
  undo(): void;
  redo(): void;
  /** Opens the tag picker for the text selected in a column; false when nothing is selected. */
  tagSelection(): void;
  /** Opens the claim picker for the text selected in a column. */
  addSelectionToClaim(): void;
  showInspector(tab: 'claims' | 'codebook' | 'notes'): void;
  showFacts(view: 'quotes' | 'entities' | 'discrepancies'): void;
  openExport(): void;
  openExchangedCase(): void;
  importAnnotations(): void;
}

const always = () => true;

export function createCommandHandlers(context: CommandContext): CommandHandlers {
  const { selectedSourceId, detailsTargetId } = context;
  return {
    'case.open': { when: always, run: () => context.openCaseDialog('open') },
    'case.create': { when: always, run: () => context.openCaseDialog('create') },
    'source.importFiles': {
      when: () => context.caseOpen,
      run: () => context.chooseImport('files'),
    },
    'source.importFolder': {
      when: () => context.caseOpen,
      run: () => context.chooseImport('folder'),
    },
    'source.pasteText': { when: () => context.caseOpen, run: () => context.pasteText() },
    'exchange.export': { when: () => context.caseOpen, run: () => context.openExport() },
    'exchange.openCase': { when: always, run: () => context.openExchangedCase() },
    'exchange.importAnnotations': {
      when: () => context.caseOpen && context.sourceCount > 0,
      run: () => context.importAnnotations(),
    },
    'search.focus': { when: () => context.caseOpen, run: () => context.focusSearch() },
    'search.nextHit': {
      when: () => context.searchHitCount > 0,
      run: () => context.stepSearchHit('next'),
    },
    'search.previousHit': {
      when: () => context.searchHitCount > 0,
      run: () => context.stepSearchHit('previous'),
    },
    'source.editDetails': {
      when: () => context.caseOpen && detailsTargetId !== null,
      run: () => {
        if (detailsTargetId !== null) context.editDetails(detailsTargetId);
      },
    },
    'reader.openBeside': {
      when: () => context.caseOpen && selectedSourceId !== null,
      run: () => {
        if (selectedSourceId !== null) context.openSource(selectedSourceId, 'beside');
      },
    },
    'reader.closeColumn': { when: () => context.columnCount > 0, run: () => context.closeColumn() },
    'reader.focusNextColumn': {
      when: () => context.columnCount > 0,
      run: () => context.cycleColumn(1),
    },
    'reader.focusPreviousColumn': {
      when: () => context.columnCount > 0,
      run: () => context.cycleColumn(-1),
    },
    'view.toggleTheme': { when: always, run: () => context.toggleTheme() },
    'view.commandPalette': { when: always, run: () => context.openPalette() },
    'go.sourceList': {
      when: () => context.caseOpen,
      run: () => context.focusSourceList(),
    },
    'go.nextSource': {
      when: () => context.caseOpen && context.sourceCount > 0,
      run: () => context.stepSource('next'),
    },
    'compare.toggleAlignment': {
      when: () => context.columnCount >= 2,
      run: () => context.toggleCompare('alignment'),
    },
    'compare.toggleSync': {
      when: () => context.aligned,
      run: () => context.toggleCompare('syncScroll'),
    },
    'compare.toggleDifferencesOnly': {
      when: () => context.aligned,
      run: () => context.toggleCompare('differencesOnly'),
    },
    'compare.togglePanel': {
      when: () => context.aligned,
      run: () => context.toggleCompare('panelOpen'),
    },
    'compare.showMatrix': { when: () => context.caseOpen, run: () => context.openMatrix() },
    'compare.nextPassage': {
      when: () => context.aligned && context.passageCount > 0,
      run: () => context.stepPassage('next'),
    },
    'compare.previousPassage': {
      when: () => context.aligned && context.passageCount > 0,
      run: () => context.stepPassage('previous'),
    },
    'go.previousSource': {
      when: () => context.caseOpen && context.sourceCount > 0,
      run: () => context.stepSource('previous'),
    },
    'history.undo': {
      when: () => context.caseOpen && context.history.canUndo,
      run: () => context.undo(),
    },
    'history.redo': {
      when: () => context.caseOpen && context.history.canRedo,
      run: () => context.redo(),
    },
    'claims.tagSelection': {
      when: () => context.caseOpen && context.columnCount > 0,
      run: () => context.tagSelection(),
    },
    'claims.addSelectionToClaim': {
      when: () => context.caseOpen && context.columnCount > 0,
      run: () => context.addSelectionToClaim(),
    },
    'claims.showPanel': {
      when: () => context.caseOpen,
      run: () => context.showInspector('claims'),
    },
    'claims.showCodebook': {
      when: () => context.caseOpen,
      run: () => context.showInspector('codebook'),
    },
    'notes.showCaseNotes': {
      when: () => context.caseOpen,
      run: () => context.showInspector('notes'),
    },
    'facts.showQuotes': { when: () => context.caseOpen, run: () => context.showFacts('quotes') },
    'facts.showEntities': {
      when: () => context.caseOpen,
      run: () => context.showFacts('entities'),
    },
    'facts.showDiscrepancies': {
      when: () => context.caseOpen,
      run: () => context.showFacts('discrepancies'),
    },
  };
}
