import type {
  CaseInfo,
  ClaimDetail,
  HostInfo,
  RelationsState,
  SourceSummary,
  TagInfo,
} from '../../preload/contract';
import { CaseDialog } from '../features/case/CaseDialog';
import { AddToClaimDialog } from '../features/claims/AddToClaimDialog';
import { CommandPalette } from '../features/commands/CommandPalette';
import type { Command } from '../features/commands/registry';
import { ExportDialog } from '../features/export/ExportDialog';
import { PasteDialog } from '../features/import/PasteDialog';
import { SimilarityMatrix } from '../features/matrix/SimilarityMatrix';
import type { QueryState } from '../lib/useQuery';
import { TagAllHitsDialog } from '../features/search/TagAllHitsDialog';
import { SourceDetailsDialog } from '../features/source-details/SourceDetailsDialog';
import { sourceTitle } from '../features/sources/format';
import type { Overlay, UiAction } from './store';

interface OverlaysProps {
  overlay: Overlay;
  commands: readonly Command[];
  currentCasePath: string | undefined;
  host: HostInfo;
  sources: readonly SourceSummary[];
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
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
  tags,
  tagsById,
  relations,
  dispatch,
  onCaseOpened,
  onImportPasted,
}: OverlaysProps) {
  const close = () => dispatch({ type: 'closeOverlay' });
  /** A passage linked: the claim opens in the inspector, and a notice says what happened. */
  const linked = (claim: ClaimDetail, text: string) => {
    close();
    dispatch({ type: 'selectClaim', claimId: claim.id });
    dispatch({ type: 'showNotice', text, tone: 'success' });
  };
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
    case 'addToClaim':
      return (
        <AddToClaimDialog
          passage={overlay.passage}
          tags={tags}
          tagsById={tagsById}
          sources={sources}
          onClose={close}
          onAdded={(claim, stance) => {
            // The selection is linked; leaving it up would invite linking it twice.
            window.getSelection()?.removeAllRanges();
            linked(
              claim,
              `Added to the claim as ${stance === 'supports' ? 'supporting' : 'contradicting'}`,
            );
          }}
        />
      );
    case 'tagAllHits':
      return (
        <TagAllHitsDialog
          query={overlay.query}
          filters={overlay.filters}
          tags={tags}
          tagsById={tagsById}
          sources={sources}
          onClose={close}
          onAdded={linked}
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
          newCaseFolder={host.newCaseFolder}
          platform={host.platform}
          onClose={close}
          onOpened={(info) => {
            close();
            onCaseOpened(info);
          }}
        />
      );
  }
}
