import type { CaseInfo, HistoryState } from '../../preload/contract';
import {
  CommandIcon,
  FolderOpenIcon,
  InspectorIcon,
  MatrixIcon,
  MoonIcon,
  PlusIcon,
  RedoIcon,
  SunIcon,
  UndoIcon,
} from '../components/icons';
import { Shortcut } from '../features/commands/Shortcut';
import { shortcutFor, shortcutsFor } from '../features/commands/platform';
import { formatCount } from '../features/sources/format';
import type { ResolvedTheme } from '../features/theme/theme';

interface TopBarProps {
  caseInfo: CaseInfo | null;
  sourceCount: number | null;
  theme: ResolvedTheme;
  onOpenCase(): void;
  onCreateCase(): void;
  onToggleTheme(): void;
  onOpenPalette(): void;
  /** Absent while no case is open. */
  onOpenMatrix?: (() => void) | undefined;
  /** Null while no case is open. */
  history: HistoryState | null;
  onUndo(): void;
  onRedo(): void;
  inspectorOpen: boolean;
  onToggleInspector?: (() => void) | undefined;
}

export function TopBar({
  caseInfo,
  sourceCount,
  theme,
  onOpenCase,
  onCreateCase,
  onToggleTheme,
  onOpenPalette,
  onOpenMatrix,
  history,
  onUndo,
  onRedo,
  inspectorOpen,
  onToggleInspector,
}: TopBarProps) {
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="topbar">
      <div className="topbar__brand" aria-hidden="true">
        <svg className="topbar__logo" viewBox="0 0 20 20" focusable="false">
          <rect x="2" y="3" width="7" height="14" rx="1.5" />
          <rect x="11" y="3" width="7" height="14" rx="1.5" />
          <path d="M4.5 7h2.5M4.5 10h2.5M13.5 7h2.5M13.5 10h2.5" />
        </svg>
        <span className="topbar__app">Corroborate</span>
      </div>
      <div className="topbar__case">
        {caseInfo ? (
          <>
            <h1 className="topbar__case-name" data-testid="case-name" title={caseInfo.path}>
              {caseInfo.name}
            </h1>
            {sourceCount !== null ? (
              <span className="topbar__count tabular" data-testid="source-count">
                {formatCount(sourceCount, 'source')}
              </span>
            ) : null}
          </>
        ) : (
          <h1 className="topbar__case-name topbar__case-name--none" data-testid="case-name">
            No case open
          </h1>
        )}
      </div>
      <div className="topbar__actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={onOpenCase}
          title={`Open case (${shortcutFor('case.open')})`}
          data-testid="open-case"
        >
          <FolderOpenIcon />
          Open case…
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onCreateCase}
          aria-label="New case…"
          title={`New case (${shortcutFor('case.create')})`}
          data-testid="new-case"
        >
          <PlusIcon />
        </button>
        <span className="topbar__divider" aria-hidden="true" />
        {history ? (
          <>
            <button
              type="button"
              className="icon-button"
              onClick={onUndo}
              disabled={!history.canUndo}
              aria-label={history.undoLabel ?? 'Undo'}
              title={`${history.undoLabel ?? 'Nothing to undo'} (${shortcutFor('history.undo')})`}
              data-testid="undo"
            >
              <UndoIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={onRedo}
              disabled={!history.canRedo}
              aria-label={history.redoLabel ?? 'Redo'}
              title={`${history.redoLabel ?? 'Nothing to redo'} (${shortcutsFor('history.redo')})`}
              data-testid="redo"
            >
              <RedoIcon />
            </button>
            <span className="topbar__divider" aria-hidden="true" />
          </>
        ) : null}
        {onToggleInspector ? (
          <button
            type="button"
            className="icon-button"
            onClick={onToggleInspector}
            aria-label="Claims, codebook and notes"
            aria-pressed={inspectorOpen}
            title={`Claims, codebook and notes (${shortcutFor('claims.showPanel')})`}
            data-testid="toggle-claims"
          >
            <InspectorIcon />
          </button>
        ) : null}
        {onOpenMatrix ? (
          <button
            type="button"
            className="icon-button"
            onClick={onOpenMatrix}
            aria-label="Similarity matrix"
            title={`Similarity matrix (${shortcutFor('compare.showMatrix')})`}
            data-testid="topbar-matrix"
          >
            <MatrixIcon />
          </button>
        ) : null}
        <button
          type="button"
          className="icon-button"
          onClick={onToggleTheme}
          aria-label={`Switch to ${nextTheme} theme`}
          title={`Switch to ${nextTheme} theme (${shortcutFor('view.toggleTheme')})`}
          data-testid="theme-toggle"
        >
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
        <button
          type="button"
          className="button button--quiet topbar__palette"
          onClick={onOpenPalette}
          aria-label="Command palette"
          title="Command palette"
          data-testid="open-palette"
        >
          <CommandIcon />
          <Shortcut command="view.commandPalette" />
        </button>
      </div>
    </header>
  );
}
