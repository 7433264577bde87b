import { useCallback, useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { SourceDetail, SourceSummary } from '../../../preload/contract';
import {
  AlertIcon,
  CloseIcon,
  CopySourceIcon,
  DetailsIcon,
  RetryIcon,
} from '../../components/icons';
import { Shortcut } from '../commands/Shortcut';
import { columnMetaParts, joinMeta, sourceTitle } from '../sources/format';
import type { QueryState } from '../../lib/useQuery';
import type { ColumnDecoration } from '../compare/articlePlan';
import type { ClaimReveal } from '../../app/inspector';
import type { ClaimHighlight } from '../claims/claimHighlights';
import { extendSelection } from '../claims/domSelection';
import { reliabilityLabels } from '../claims/grades';
import { ArticleText, ArticleSkeleton } from './ArticleText';
import { useClaimReveal } from './useClaimReveal';

interface ReaderColumnProps {
  sourceId: number;
  /** The list's entry for this source, so the header shows at once while the text loads. */
  summary: SourceSummary | undefined;
  number: number;
  active: boolean;
  /** Changes whenever something asks the active column to take keyboard focus. */
  focusSeq: number | null;
  /** The source's text, loaded by the reader so the comparison can share it. */
  detail: QueryState<SourceDetail>;
  onReload(sourceId: number): void;
  decoration?: ColumnDecoration | undefined;
  /** Hands the scrolling body to the alignment layout (null when it goes). */
  onBody?(index: number, element: HTMLElement | null): void;
  onPassageClick?(index: number, offset: number): void;
  /** Escape in the text: clear the passage selection. */
  onEscape?(): void;
  onActivate(index: number): void;
  onClose(index: number): void;
  onEditDetails(sourceId: number): void;
  claims?: readonly ClaimHighlight[] | undefined;
  reveal?: ClaimReveal | null;
  onClaimClick?(claimId: number): void;
}

type SelectionStep = ['forward' | 'backward', 'character' | 'line' | 'lineboundary'];

const selectionKeys: Partial<Record<string, SelectionStep>> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

export function ReaderColumn({
  sourceId,
  summary,
  number,
  active,
  focusSeq,
  detail: state,
  onReload,
  decoration,
  onBody,
  onPassageClick,
  onEscape,
  onActivate,
  onClose,
  onEditDetails,
  claims,
  reveal = null,
  onClaimClick,
}: ReaderColumnProps) {
  const index = number - 1;
  const reload = () => onReload(sourceId);
  const bodyRef = useRef<HTMLDivElement>(null);
  const setBody = useCallback(
    (element: HTMLDivElement | null) => {
      bodyRef.current = element;
      onBody?.(index, element);
    },
    [index, onBody],
  );
  const onBodyKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      const selection = window.getSelection();
      if (
        selection &&
        !selection.isCollapsed &&
        event.currentTarget.contains(selection.anchorNode)
      ) {
        selection.collapseToEnd();
        return;
      }
      onEscape?.();
      return;
    }
    // The text is not editable, so it has no caret: Shift+arrows select it here.
    const keys = selectionKeys[event.key];
    if (!keys || !event.shiftKey || event.metaKey) return;
    const [direction, unit] = keys;
    const granularity = (event.ctrlKey || event.altKey) && unit === 'character' ? 'word' : unit;
    if (extendSelection(event.currentTarget, direction, granularity)) event.preventDefault();
  };
  const sectionRef = useRef<HTMLElement>(null);
  const detail = state.status === 'ready' ? state.data : undefined;
  const source = detail ?? summary;
  const title = source ? sourceTitle(source) : 'Loading…';

  useEffect(() => {
    if (active && focusSeq !== null) bodyRef.current?.focus({ preventScroll: true });
  }, [active, focusSeq]);

  useClaimReveal(bodyRef, reveal, claims);

  // When the columns are wider than the window, bring the active one into view.
  useEffect(() => {
    if (active) sectionRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  // A new source in this column starts at the top.
  useEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 });
  }, [sourceId]);

  return (
    <section
      ref={sectionRef}
      className="reader-column"
      data-testid="reader-column"
      data-source-id={sourceId}
      data-active={active || undefined}
      aria-label={`Column ${number}: ${title}`}
      aria-current={active || undefined}
      onMouseDown={() => onActivate(index)}
      onFocus={() => onActivate(index)}
    >
      <header className="column-header">
        <div className="column-header__inner">
          <div className="column-header__bar">
            <span className="column-pill" data-active={active || undefined} aria-hidden="true">
              {number}
            </span>
            <span
              className="column-header__label"
              data-testid="column-label"
              title={source ? `${source.label} (imported as ${source.fileName})` : undefined}
            >
              {source?.label ?? ''}
            </span>
            {source ? (
              <span
                className="reliability-badge"
                data-grade={source.reliability}
                data-testid="column-reliability"
                title={`Source reliability: ${source.reliability} ${reliabilityLabels[source.reliability]}`}
              >
                {source.reliability}
              </span>
            ) : null}
            <button
              type="button"
              className="button button--quiet button--compact"
              onClick={() => onEditDetails(sourceId)}
              disabled={!source}
              title="Edit source details"
              data-testid="column-details"
            >
              <DetailsIcon />
              Details
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Close column"
              title="Close column"
              onClick={() => onClose(index)}
            >
              <CloseIcon />
            </button>
          </div>
          <h2 className="column-header__title" data-testid="column-title" title={title}>
            {title}
          </h2>
          {source ? (
            <p className="column-header__meta tabular" data-testid="column-meta">
              {source.titleDerived ? (
                <span
                  className="badge badge--muted"
                  title="No title line was found; this title was taken from the lead."
                >
                  derived title
                </span>
              ) : null}
              <span>{joinMeta(columnMetaParts(source))}</span>
            </p>
          ) : null}
          {source?.attribution ? (
            <div className="attribution-notice" role="note" data-testid="attribution-notice">
              <CopySourceIcon className="attribution-notice__icon" />
              <div>
                <div className="attribution-notice__line">{source.attribution}</div>
                <div className="attribution-notice__hint">
                  Attribution line: this report may be a copy of another outlet’s text.
                </div>
              </div>
            </div>
          ) : null}
        </div>
      </header>
      <div
        ref={setBody}
        className="column-body"
        tabIndex={0}
        role="region"
        aria-label={`Text of ${title}`}
        aria-busy={state.status === 'loading'}
        data-testid="column-body"
        onKeyDown={onBodyKeyDown}
      >
        {state.status === 'ready' ? (
          <ArticleText
            paragraphs={state.data.paragraphs}
            decoration={decoration}
            onPassageClick={onPassageClick ? (offset) => onPassageClick(index, offset) : undefined}
            claims={claims}
            onClaimClick={onClaimClick}
          />
        ) : state.status === 'error' ? (
          <div className="column-error" role="alert">
            <AlertIcon />
            <div>
              <p className="column-error__title">This source could not be loaded</p>
              <p className="column-error__text">{state.error.message}</p>
              <div className="column-error__actions">
                <button type="button" className="button" onClick={reload}>
                  <RetryIcon />
                  Try again
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onClose(index)}
                >
                  Close column <Shortcut command="reader.closeColumn" />
                </button>
              </div>
            </div>
          </div>
        ) : (
          <ArticleSkeleton />
        )}
      </div>
    </section>
  );
}
