import { Fragment, useCallback, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react';
import type { SourceSummary } from '../../../preload/contract';
import type { ClaimReveal } from '../../app/inspector';
import type { Column, CompareOption, CompareOptions, PassageSelection } from '../../app/store';
import type { ClaimHighlight } from '../claims/claimHighlights';
import { maxColumns } from '../../app/store';
import { ColumnsIcon } from '../../components/icons';
import { Shortcut } from '../commands/Shortcut';
import { platform } from '../commands/platform';
import { passageKey } from '../compare/alignment';
import type { AlignmentLayout } from '../compare/alignmentLayout';
import { CompareBar } from '../compare/CompareBar';
import { ComparePanel } from '../compare/ComparePanel';
import { ConnectorGutter } from '../compare/ConnectorGutter';
import type { ConnectorLink } from '../compare/geometry';
import type { CompareModel } from '../compare/useCompareModel';
import type { PassageNavigation } from '../compare/usePassageNavigation';
import { ReaderColumn } from './ReaderColumn';
import '../compare/compare.css';
import './reader.css';

interface ReaderColumnsProps {
  columns: readonly Column[];
  activeColumn: number;
  summaries: ReadonlyMap<number, SourceSummary>;
  /** Null while the list is loading. */
  sourceCount: number | null;
  focusSeq: number | null;
  model: CompareModel;
  layout: AlignmentLayout;
  options: CompareOptions;
  passage: (PassageSelection & { seq: number }) | null;
  navigation: PassageNavigation;
  onActivate(index: number): void;
  onClose(index: number): void;
  onEditDetails(sourceId: number): void;
  onToggleOption(option: CompareOption): void;
  onClearPassage(): void;
  onOpenMatrix(): void;
  /** Claim highlights per source id. */
  claims: ReadonlyMap<number, readonly ClaimHighlight[]>;
  reveal: ClaimReveal | null;
  onClaimClick(claimId: number): void;
}

export function ReaderColumns(props: ReaderColumnsProps) {
  const { columns, activeColumn, summaries, model, layout, options, passage, navigation } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const aligned = model.aligned;

  const links = useMemo(
    () =>
      model.pairs.map((pair): ConnectorLink[] =>
        pair
          ? pair.comparison.passages.map((candidate, index) => {
              const key = passageKey(pair.key, index);
              return { key, kind: candidate.kind, selected: model.marks?.keys.has(key) ?? false };
            })
          : [],
      ),
    [model.pairs, model.marks],
  );

  // Every render may move text: measure before paint so connectors never lag a frame behind.
  useLayoutEffect(() => {
    layout.setContainer(containerRef.current);
    layout.setColumnCount(columns.length);
    layout.setPairKeys(links.map((pairLinks) => pairLinks.map((link) => link.key)));
    layout.setSyncEnabled(aligned && options.syncScroll);
    layout.measure();
  });

  const reveal = useEffectEvent(() => {
    if (model.marks) layout.reveal(model.marks.anchorColumn, model.marks.keys);
  });
  const seq = passage?.seq;
  useLayoutEffect(() => {
    if (seq !== undefined) reveal();
  }, [seq]);

  const onBody = useCallback(
    (index: number, element: HTMLElement | null) => layout.setBody(index, element),
    [layout],
  );

  if (columns.length === 0) return <ReaderEmptyState caseEmpty={props.sourceCount === 0} />;
  return (
    <div className="reader-stack">
      {columns.length >= 2 ? (
        <CompareBar
          options={options}
          pairs={model.pairStates}
          labels={model.labels}
          position={navigation.position}
          onToggle={props.onToggleOption}
          onStep={navigation.step}
          onOpenMatrix={props.onOpenMatrix}
          onRetry={model.reloadPairs}
        />
      ) : null}
      <div
        ref={containerRef}
        className="reader-columns"
        data-count={columns.length}
        data-aligned={aligned || undefined}
        data-testid="reader-columns"
      >
        {columns.map((column, index) => {
          const left = columns[index - 1];
          return (
            <Fragment key={column.key}>
              {aligned && left ? (
                <ConnectorGutter
                  layout={layout}
                  index={index - 1}
                  links={links[index - 1] ?? []}
                  labels={[
                    model.labels.get(left.sourceId) ?? '',
                    model.labels.get(column.sourceId) ?? '',
                  ]}
                  onSelect={(key) => navigation.selectPassage(index - 1, key)}
                />
              ) : null}
              <ReaderColumn
                sourceId={column.sourceId}
                summary={summaries.get(column.sourceId)}
                number={index + 1}
                active={index === activeColumn}
                focusSeq={index === activeColumn ? props.focusSeq : null}
                detail={model.details.get(column.sourceId) ?? { status: 'loading' }}
                onReload={model.reloadDetail}
                decoration={aligned ? model.decorations[index] : undefined}
                onBody={onBody}
                onPassageClick={aligned ? navigation.selectAt : undefined}
                onEscape={passage ? props.onClearPassage : undefined}
                onActivate={props.onActivate}
                onClose={props.onClose}
                onEditDetails={props.onEditDetails}
                claims={props.claims.get(column.sourceId)}
                reveal={
                  props.reveal?.sourceId === column.sourceId && index === activeColumn
                    ? props.reveal
                    : null
                }
                onClaimClick={props.onClaimClick}
              />
            </Fragment>
          );
        })}
      </div>
      {aligned && options.panelOpen ? (
        <ComparePanel
          model={model}
          activeColumn={activeColumn}
          summaries={summaries}
          onActivateColumn={props.onActivate}
        />
      ) : null}
    </div>
  );
}

function ReaderEmptyState({ caseEmpty }: { caseEmpty: boolean }) {
  const enter = platform === 'mac' ? '↩' : 'Enter';
  if (caseEmpty) {
    return (
      <div className="reader-empty" data-testid="reader-empty">
        <div className="reader-empty__card">
          <ColumnsIcon className="reader-empty__icon" />
          <h2 className="reader-empty__title">This case has no sources yet</h2>
          <p className="reader-empty__text">
            Once reports are imported into the case, open them here side by side, up to {maxColumns}{' '}
            at a time, to compare how each one tells the story.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="reader-empty" data-testid="reader-empty">
      <div className="reader-empty__card">
        <ColumnsIcon className="reader-empty__icon" />
        <h2 className="reader-empty__title">No source open</h2>
        <p className="reader-empty__text">
          Choose a source in the list to read it here. Open up to {maxColumns} side by side to
          compare how each report tells the story.
        </p>
        <dl className="shortcut-table">
          <dt>Open the selected source</dt>
          <dd>
            <kbd>{enter}</kbd> or click
          </dd>
          <dt>Open it beside the active column</dt>
          <dd>
            <Shortcut command="reader.openBeside" /> or {platform === 'mac' ? '⌘' : 'Ctrl'}+click
          </dd>
          <dt>Go to the source list</dt>
          <dd>
            <Shortcut command="go.sourceList" />
          </dd>
          <dt>Next / previous source</dt>
          <dd>
            <Shortcut command="go.nextSource" /> <Shortcut command="go.previousSource" />
          </dd>
          <dt>All commands</dt>
          <dd>
            <Shortcut command="view.commandPalette" />
          </dd>
        </dl>
      </div>
    </div>
  );
}
