import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CaseInfo, HostInfo, SourceSummary } from '../../preload/contract';
import { createCaseActions } from '../features/case/caseActions';
import { Inspector } from '../features/claims/Inspector';
import { SelectionToolbar } from '../features/claims/SelectionToolbar';
import { TagPicker } from '../features/claims/TagPicker';
import { RecoveryDialog } from '../features/case/RecoveryDialog';
import { Welcome } from '../features/case/Welcome';
import { AlignmentLayout } from '../features/compare/alignmentLayout';
import { useCompareModel } from '../features/compare/useCompareModel';
import { usePassageNavigation } from '../features/compare/usePassageNavigation';
import { copyLabels } from '../features/compare/kinds';
import type { CopyOrigin } from '../features/compare/kinds';
import { useRelations } from '../features/compare/useRelations';
import { ImportLayer } from '../features/import/ImportLayer';
import { useImport } from '../features/import/useImport';
import { SearchBox } from '../features/search/SearchBox';
import { SearchResults } from '../features/search/SearchResults';
import { useSearchHitNavigation } from '../features/search/useSearchHitNavigation';
import { useSearch } from '../features/search/useSearch';
import '../features/search/search.css';
import { ReaderColumns } from '../features/reader/ReaderColumns';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { useSources } from '../features/sources/useSources';
import { useTheme } from '../features/theme/useTheme';
import { NoticeToast } from './NoticeToast';
import { Overlays } from './Overlays';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useClaimsWorkbench } from './useClaimsWorkbench';
import { useFactsWorkbench } from './useFactsWorkbench';
import '../features/claims/claims.css';
import { onCaseEdited, touches } from '../features/claims/caseEdits';
import { useExchange } from '../features/export/useExchange';
import {
  activeSourceId,
  effectiveSelection,
  initialUiState,
  openColumnsBySource,
  uiReducer,
} from './store';
import type { ListMove, Placement } from './store';
import { useWorkbenchCommands } from './useWorkbenchCommands';

const noSources: readonly SourceSummary[] = [];

interface WorkbenchProps {
  host: HostInfo;
  caseInfo: CaseInfo | null;
  /** Shown once when this workbench opens, e.g. why this case was opened. */
  arrivalNotice?: string | null;
  /** `notice`: what the next case's workbench tells the analyst when it opens. */
  onCaseOpened(info: CaseInfo, notice?: string): void;
}

/**
 * Everything below the case: the shell, the source list, the reader and the dialogs. The owner
 * keys it by case path, so another case starts with fresh UI state.
 */
export function Workbench({ host, caseInfo, arrivalNotice, onCaseOpened }: WorkbenchProps) {
  const [state, dispatch] = useReducer(uiReducer, arrivalNotice ?? null, (notice) =>
    notice
      ? uiReducer(initialUiState, { type: 'showNotice', text: notice, tone: 'success' })
      : initialUiState,
  );
  const theme = useTheme();
  const sources = useSources(caseInfo !== null);
  const list = sources.state.status === 'ready' ? sources.state.data : noSources;
  const sourceIds = list.map((source) => source.id);
  const summaries = useMemo(() => new Map(list.map((source) => [source.id, source])), [list]);
  const relations = useRelations(caseInfo !== null);
  const copyOf = useMemo(
    () =>
      relations.status === 'ready'
        ? copyLabels(relations.data.relations, summaries)
        : new Map<number, CopyOrigin[]>(),
    [relations, summaries],
  );
  const [layout] = useState(() => new AlignmentLayout());
  useEffect(() => () => layout.dispose(), [layout]);
  const model = useCompareModel({
    columns: state.columns,
    options: state.compare,
    passage: state.passage,
    summaries: list,
  });
  const navigation = usePassageNavigation({
    model,
    layout,
    activeColumn: state.activeColumn,
    passage: state.passage,
    dispatch,
  });
  const openMatrix = useCallback(
    () => dispatch({ type: 'openOverlay', overlay: { kind: 'matrix' } }),
    [],
  );
  const caseActions = createCaseActions({
    nativeDialogs: host.nativeDialogs,
    dispatch,
    onOpened: onCaseOpened,
  });
  const importer = useImport(host);
  const exchange = useExchange({ dispatch, onCaseOpened });
  const claims = useClaimsWorkbench({
    state,
    dispatch,
    caseOpen: caseInfo !== null,
    details: model.details,
  });
  const facts = useFactsWorkbench({
    state,
    dispatch,
    caseOpen: caseInfo !== null,
    summaries,
    sourceIds,
  });
  const search = useSearch(caseInfo !== null, facts.scopeIds);
  const [searchFocus, setSearchFocus] = useState(0);
  const hits = useSearchHitNavigation(search, dispatch);
  const resultsRef = useRef<HTMLOListElement>(null);
  const { openHit, stepSearchHit } = hits;
  const clearSearch = () => {
    search.clear();
    hits.clear();
  };
  const searchBox = (
    <SearchBox
      query={search.query}
      onQuery={search.setQuery}
      onClear={clearSearch}
      onSubmit={() => {
        const group = search.response?.groups[0];
        const hit = group?.hits[0];
        if (group && hit) openHit(group, hit);
      }}
      onEnterResults={() =>
        resultsRef.current?.querySelector<HTMLElement>('[data-testid="search-hit"]')?.focus()
      }
      focusSeq={searchFocus}
      language={search.status?.language ?? null}
      onLanguage={search.setLanguage}
    />
  );
  const searchResults =
    search.query.trim() !== '' ? (
      <SearchResults
        search={search}
        sources={list}
        tags={claims.tags.list}
        onOpenHit={openHit}
        onAddHitToClaim={(passage) =>
          dispatch({ type: 'openOverlay', overlay: { kind: 'addToClaim', passage } })
        }
        onTagAllHits={() =>
          dispatch({
            type: 'openOverlay',
            overlay: { kind: 'tagAllHits', query: search.query, filters: search.filters },
          })
        }
        listRef={resultsRef}
      />
    ) : null;
  const reloadSources = sources.reload;
  useEffect(
    () =>
      onCaseEdited((edit) => {
        if (touches(edit, ['sources'])) reloadSources();
      }),
    [reloadSources],
  );
  const commands = useWorkbenchCommands({
    state,
    dispatch,
    caseOpen: caseInfo !== null,
    sourceIds: facts.listIds,
    caseActions,
    chooseImport: importer.choose,
    focusSearch: () => setSearchFocus((seq) => seq + 1),
    searchHitCount: hits.count,
    stepSearchHit,
    toggleTheme: theme.toggle,
    aligned: model.aligned,
    passageCount: navigation.position.total,
    stepPassage: navigation.step,
    openMatrix,
    history: claims.history.state,
    undo: () => void claims.history.undo(),
    redo: () => void claims.history.redo(),
    tagSelection: claims.tagSelection,
    addSelectionToClaim: claims.addSelectionToClaim,
    exchange: {
      openExport: () => exchange.openExport(null),
      openExchangedCase: exchange.openExchangedCase,
      importAnnotations: exchange.importAnnotations,
    },
  });
  const onRevealClaim = useCallback(
    (claimId: number, sourceId: number) => dispatch({ type: 'revealClaim', claimId, sourceId }),
    [],
  );
  const onSelectClaim = useCallback(
    (claimId: number | null) => dispatch({ type: 'selectClaim', claimId }),
    [],
  );
  const inspector = state.inspector;

  const caseName = caseInfo?.name;
  const recovery = caseInfo?.recovery;
  const [acknowledgedRecovery, setAcknowledgedRecovery] = useState<string | null>(null);
  useEffect(() => {
    document.title = caseName ? `${caseName} — Corroborate` : 'Corroborate';
  }, [caseName]);

  const onOpen = useCallback(
    (sourceId: number, placement: Placement) =>
      dispatch({ type: 'openSource', sourceId, placement }),
    [],
  );
  const onStopTagging = useCallback(() => dispatch({ type: 'stopTagging' }), []);
  const onDismissNotice = useCallback((id: number) => dispatch({ type: 'dismissNotice', id }), []);
  const activeId = activeSourceId(state);
  const focusSeq = (area: 'list' | 'reader') =>
    state.focusRequest?.area === area ? state.focusRequest.seq : null;

  return (
    <div className="workbench">
      <TopBar
        caseInfo={caseInfo}
        sourceCount={sources.state.status === 'ready' ? list.length : null}
        theme={theme.resolved}
        onOpenCase={() => void caseActions.start('open')}
        onCreateCase={() => void caseActions.start('create')}
        onToggleTheme={theme.toggle}
        onOpenPalette={() => dispatch({ type: 'openOverlay', overlay: { kind: 'palette' } })}
        onOpenMatrix={caseInfo ? openMatrix : undefined}
        history={caseInfo ? claims.history.state : null}
        onUndo={() => void claims.history.undo()}
        onRedo={() => void claims.history.redo()}
        inspectorOpen={inspector.open}
        onToggleInspector={
          caseInfo
            ? () =>
                dispatch(
                  inspector.open
                    ? { type: 'closeInspector' }
                    : { type: 'showInspector', tab: inspector.tab },
                )
            : undefined
        }
      />
      <div className="workbench__body">
        {caseInfo ? (
          <>
            <SourcesPanel
              state={sources.state}
              onRetry={sources.reload}
              onOpenCase={() => void caseActions.start('open')}
              onImport={importer.choose}
              searchBox={searchBox}
              searchResults={searchResults}
              onPaste={() =>
                dispatch({ type: 'openOverlay', overlay: { kind: 'paste', text: '' } })
              }
              selectedId={effectiveSelection(state, facts.listIds)}
              openColumns={openColumnsBySource(state.columns)}
              activeColumnNumber={activeId === null ? null : state.activeColumn + 1}
              copyOf={copyOf}
              focusSeq={focusSeq('list')}
              onSelectMove={(to: ListMove) =>
                dispatch({ type: 'moveSelection', to, sourceIds: facts.listIds })
              }
              entityScope={facts.entityScope}
              onClearEntity={facts.clearEntity}
              onOpen={onOpen}
              onFocus={() => dispatch({ type: 'setFocusArea', area: 'list' })}
            />
            <main className="reader" aria-label="Reader">
              <ReaderColumns
                columns={state.columns}
                activeColumn={state.activeColumn}
                summaries={summaries}
                sourceCount={sources.state.status === 'ready' ? list.length : null}
                focusSeq={focusSeq('reader')}
                model={model}
                layout={layout}
                options={state.compare}
                passage={state.passage}
                navigation={navigation}
                onToggleOption={(option) => dispatch({ type: 'toggleCompareOption', option })}
                onClearPassage={() => dispatch({ type: 'selectPassage', selection: null })}
                onOpenMatrix={openMatrix}
                onActivate={(index) => dispatch({ type: 'activateColumn', index })}
                onClose={(index) => dispatch({ type: 'closeColumn', index })}
                onEditDetails={(sourceId) =>
                  dispatch({ type: 'openOverlay', overlay: { kind: 'sourceDetails', sourceId } })
                }
                claims={claims.highlights}
                reveal={inspector.reveal}
                onClaimClick={onSelectClaim}
              />
            </main>
            {inspector.open ? (
              <Inspector
                tab={inspector.tab}
                tags={claims.tags.list}
                tagsById={claims.tags.byId}
                sources={list}
                summaries={summaries}
                selectedClaimId={inspector.selectedClaimId}
                onTab={(tab) => dispatch({ type: 'showInspector', tab })}
                onClose={() => dispatch({ type: 'closeInspector' })}
                onSelectClaim={onSelectClaim}
                onReveal={onRevealClaim}
                onExport={exchange.openExport}
                readSelection={claims.readSelection}
                facts={facts.panel(hits.revealSpan)}
                entityScope={facts.entityScope}
                onClearEntity={facts.clearEntity}
              />
            ) : null}
            <ImportLayer
              importer={importer}
              caseName={caseInfo.name}
              onOpenSource={(sourceId) => onOpen(sourceId, 'active')}
              onPasteText={(text) =>
                dispatch({ type: 'openOverlay', overlay: { kind: 'paste', text } })
              }
            />
            <SelectionToolbar
              suspended={inspector.tagging !== null || state.overlay.kind !== 'none'}
              onTag={claims.tagSelection}
              onAddToClaim={claims.addSelectionToClaim}
            />
            {inspector.tagging ? (
              <TagPicker
                key={`${inspector.tagging.sourceId}:${inspector.tagging.start}:${inspector.tagging.end}`}
                pending={inspector.tagging}
                tags={claims.tags.list}
                onClose={onStopTagging}
                onCreated={(claim) => {
                  window.getSelection()?.removeAllRanges();
                  dispatch({ type: 'stopTagging' });
                  dispatch({ type: 'selectClaim', claimId: claim.id });
                }}
              />
            ) : null}
          </>
        ) : (
          <main className="reader" aria-label="Start">
            <Welcome
              problem={host.startupProblem}
              onOpen={() => void caseActions.start('open')}
              onCreate={() => void caseActions.start('create')}
              onOpenRecent={(path) => void caseActions.openPath(path)}
            />
          </main>
        )}
      </div>
      <StatusBar
        host={host}
        caseInfo={caseInfo}
        columnCount={state.columns.length}
        relations={relations}
        onOpenMatrix={openMatrix}
      />
      <NoticeToast notice={state.notice} onDismiss={onDismissNotice} />
      {recovery && recovery.damagedPath !== acknowledgedRecovery ? (
        <RecoveryDialog
          notice={recovery}
          onClose={() => setAcknowledgedRecovery(recovery.damagedPath)}
        />
      ) : null}
      {exchange.inputs}
      <Overlays
        overlay={state.overlay}
        commands={commands}
        currentCasePath={caseInfo?.path}
        host={host}
        sources={list}
        tags={claims.tags.list}
        tagsById={claims.tags.byId}
        relations={relations}
        dispatch={dispatch}
        onCaseOpened={onCaseOpened}
        onImportPasted={importer.importPasted}
      />
    </div>
  );
}
