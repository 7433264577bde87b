import { createCommandHandlers } from '../features/commands/handlers';
import { platform } from '../features/commands/platform';
import { createCommands } from '../features/commands/registry';
import type { Command } from '../features/commands/registry';
import { useCommandBindings } from '../features/commands/useCommandBindings';
import type { CaseActions } from '../features/case/caseActions';
import { editTarget, effectiveSelection } from './store';
import type { UiAction, UiState } from './store';

interface WorkbenchCommandDeps {
  state: UiState;
  dispatch(action: UiAction): void;
  caseOpen: boolean;
  sourceIds: readonly number[];
  caseActions: CaseActions;
  chooseImport(kind: 'files' | 'folder'): void;
  focusSearch(): void;
  searchHitCount: number;
  stepSearchHit(direction: 'next' | 'previous'): void;
  toggleTheme(): void;
  aligned: boolean;
  passageCount: number;
  stepPassage(direction: 'next' | 'previous'): void;
  openMatrix(): void;
  history: { canUndo: boolean; canRedo: boolean };
  undo(): void;
  redo(): void;
  tagSelection(): void;
  addSelectionToClaim(): void;
  exchange: { openExport(): void; openExchangedCase(): void; importAnnotations(): void };
}

/** The command registry for this workbench, bound to the keyboard and the native menu. */
export function useWorkbenchCommands({
  state,
  dispatch,
  caseOpen,
  sourceIds,
  caseActions,
  chooseImport,
  focusSearch,
  searchHitCount,
  stepSearchHit,
  toggleTheme,
  aligned,
  passageCount,
  stepPassage,
  openMatrix,
  history,
  undo,
  redo,
  tagSelection,
  addSelectionToClaim,
  exchange,
}: WorkbenchCommandDeps): Command[] {
  const commands = createCommands(
    createCommandHandlers({
      caseOpen,
      sourceCount: sourceIds.length,
      selectedSourceId: effectiveSelection(state, sourceIds),
      columnCount: state.columns.length,
      detailsTargetId: editTarget(state, sourceIds),
      openCaseDialog: (mode) => void caseActions.start(mode),
      chooseImport,
      focusSearch,
      searchHitCount,
      stepSearchHit,
      pasteText: () => dispatch({ type: 'openOverlay', overlay: { kind: 'paste', text: '' } }),
      openSource: (sourceId, placement) => dispatch({ type: 'openSource', sourceId, placement }),
      editDetails: (sourceId) =>
        dispatch({ type: 'openOverlay', overlay: { kind: 'sourceDetails', sourceId } }),
      closeColumn: () => dispatch({ type: 'closeColumn' }),
      cycleColumn: (delta) => dispatch({ type: 'cycleColumn', delta }),
      toggleTheme,
      openPalette: () => dispatch({ type: 'openOverlay', overlay: { kind: 'palette' } }),
      focusSourceList: () => dispatch({ type: 'requestFocus', area: 'list' }),
      stepSource: (direction) => dispatch({ type: 'stepSource', direction, sourceIds }),
      aligned,
      passageCount,
      stepPassage,
      toggleCompare: (option) => dispatch({ type: 'toggleCompareOption', option }),
      openMatrix,
      history,
      undo,
      redo,
      tagSelection,
      addSelectionToClaim,
      showInspector: (tab) => dispatch({ type: 'showInspector', tab }),
      showFacts: (view) => dispatch({ type: 'showFacts', view }),
      openExport: exchange.openExport,
      openExchangedCase: exchange.openExchangedCase,
      importAnnotations: exchange.importAnnotations,
    }),
    platform,
  );
  useCommandBindings(commands, state.overlay.kind !== 'none' || state.inspector.tagging !== null);
  return commands;
}
