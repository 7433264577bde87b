import type { CaseInfo, HostInfo, RelationsState, SourceSummary } from '../../preload/contract';
import { CaseDialog } from '../features/case/CaseDialog';
import { CommandPalette } from '../features/commands/CommandPalette';
import type { Command } from '../features/commands/registry';
import { ExportDialog } from '../features/export/ExportDialog';
import { PasteDialog } from '../features/import/PasteDialog';
import { SimilarityMatrix } from '../features/matrix/SimilarityMatrix';
import type { QueryState } from '../lib/useQuery';
import { SourceDetailsDialog } from '../features/source-details/SourceDetailsDialog';
import { sourceTitle } from '../features/sources/format';
import type { Overlay, UiAction } from './store';

interface OverlaysProps {
  overlay: Overlay;
  commands: readonly Command[];
  currentCasePath: string | undefined;
  host: HostInfo;
  sources: readonly SourceSummary[];
  relations: QueryState<RelationsState>;
  dispatch(action: UiAction): void;
  onCaseOpened(info: CaseInfo): void;
  onImportPasted(title: string, text: string): void;
}

/** The one modal that may be open at a time. */
export function Overlays({
  overlay,
  commands,
  currentCasePath,
  host,
  sources,
  relations,
  dispatch,
  onCaseOpened,
  onImportPasted,
}: OverlaysProps) {
  const close = () => dispatch({ type: 'closeOverlay' });
  switch (overlay.kind) {
    case 'none':
      return null;
    case 'palette':
      return <CommandPalette commands={commands} onClose={close} />;
    case 'matrix':
      return (
        <SimilarityMatrix
          sources={sources}
          relations={relations}
          onOpenPair={(a, b) => dispatch({ type: 'openPair', a, b })}
          onClose={close}
        />
      );
    case 'sourceDetails':
      return (
        <SourceDetailsDialog
          key={overlay.sourceId}
          sourceId={overlay.sourceId}
          onClose={close}
          onSaved={(source: SourceSummary) => {
            close();
            dispatch({
              type: 'showNotice',
              text: `Saved details of “${sourceTitle(source)}”`,
              tone: 'success',
            });
          }}
        />
      );
    case 'export':
      return (
        <ExportDialog
          host={host}
          filteredClaimIds={overlay.claimIds}
          onClose={close}
          onDone={(text) => {
            close();
            dispatch({ type: 'showNotice', text, tone: 'success' });
          }}
        />
      );
    case 'paste':
      return (
        <PasteDialog
          initialText={overlay.text}
          onClose={close}
          onImport={(title, text) => {
            close();
            onImportPasted(title, text);
          }}
        />
      );
    case 'case':
      return (
        <CaseDialog
          key={`${overlay.mode}:${overlay.path ?? ''}:${overlay.error ?? ''}`}
          mode={overlay.mode}
          initialPath={overlay.path}
          initialError={overlay.error}
          currentPath={currentCasePath}
          onClose={close}
          onOpened={(info) => {
            close();
            onCaseOpened(info);
          }}
        />
      );
  }
}
