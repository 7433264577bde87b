import type { MouseEvent } from 'react';
import type { SourceSummary } from '../../../preload/contract';
import { CopySourceIcon, SplitRightIcon } from '../../components/icons';
import type { Placement } from '../../app/store';
import { reliabilityLabels } from '../claims/grades';
import { copyBadgeText, copyBadgeTitle } from '../compare/kinds';
import type { CopyOrigin } from '../compare/kinds';
import { formatWordCount, joinMeta, listMetaParts, metaSeparator, sourceTitle } from './format';

export function sourceOptionId(sourceId: number): string {
  return `source-option-${sourceId}`;
}

interface SourceListItemProps {
  source: SourceSummary;
  selected: boolean;
  /** 1-based numbers of the columns showing this source. */
  openIn: readonly number[];
  activeColumnNumber: number | null;
  /** The originals this source was found to copy, wholly or in part. */
  copyOf?: readonly CopyOrigin[] | undefined;
  besideShortcut: string;
  onOpen(sourceId: number, placement: Placement): void;
}

function wantsBeside(event: MouseEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

export function SourceListItem({
  source,
  selected,
  openIn,
  activeColumnNumber,
  copyOf,
  besideShortcut,
  onOpen,
}: SourceListItemProps) {
  const title = sourceTitle(source);
  const isOpen = openIn.length > 0;
  const metaLead = listMetaParts(source).slice(0, -1);
  return (
    <div
      id={sourceOptionId(source.id)}
      role="option"
      aria-selected={selected}
      data-testid="source-item"
      data-source-id={source.id}
      data-open={isOpen || undefined}
      className="source-item"
      onClick={(event) => onOpen(source.id, wantsBeside(event) ? 'beside' : 'active')}
    >
      <div className="source-item__main">
        <div className="source-item__title-row">
          <span
            className="reliability-badge"
            data-grade={source.reliability}
            data-testid="source-reliability"
            title={`Reliability: ${source.reliability} ${reliabilityLabels[source.reliability]}`}
          >
            {source.reliability}
          </span>
          <div className="source-item__title" data-testid="source-title" title={title}>
            {title}
          </div>
        </div>
        <div className="source-item__meta tabular">
          {/* The number names the source everywhere else ("copy of #000", the matrix, exports). */}
          <span
            className="source-number"
            data-testid="source-number"
            data-label={source.label}
            title={`${source.label} (imported as ${source.fileName})`}
          >
            #{source.number}
          </span>
          {/* The word count stays visible; the rest gives way when the row is narrow. */}
          <span className="source-item__meta-text">{joinMeta(metaLead)}</span>
          <span className="source-item__words">
            {metaLead.length > 0 ? metaSeparator : ''}
            {formatWordCount(source.wordCount)}
          </span>
        </div>
        {source.titleDerived || source.attribution || (copyOf && copyOf.length > 0) ? (
          <div className="source-item__flags">
            {source.titleDerived ? (
              <span
                className="badge badge--muted"
                data-testid="derived-title-badge"
                title="No title line was found; this title was taken from the lead. Edit it in Details."
              >
                derived title
              </span>
            ) : null}
            {copyOf && copyOf.length > 0 ? (
              <span
                className="badge badge--copy"
                data-testid="copy-badge"
                data-extent={
                  copyOf.some((origin) => origin.extent === 'partial') ? 'partial' : 'whole'
                }
                title={copyBadgeTitle(copyOf)}
              >
                <CopySourceIcon className="badge__icon" />
                {copyBadgeText(copyOf)}
              </span>
            ) : null}
            {source.attribution ? (
              <span
                className="badge badge--notice"
                data-testid="attribution-chip"
                title={source.attribution}
              >
                <CopySourceIcon className="badge__icon" />
                attribution
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
      {isOpen ? (
        <div className="source-item__columns" title={`Open in column ${openIn.join(', ')}`}>
          {openIn.map((number) => (
            <span
              key={number}
              className="column-pill"
              data-active={number === activeColumnNumber || undefined}
              aria-hidden="true"
            >
              {number}
            </span>
          ))}
          <span className="visually-hidden">Open in column {openIn.join(', ')}</span>
        </div>
      ) : null}
      <button
        type="button"
        tabIndex={-1}
        className="source-item__beside"
        aria-label={`Open “${title}” beside`}
        title={`Open beside (${besideShortcut})`}
        data-testid="open-beside"
        // Keep focus on the listbox so the keyboard keeps working after a click.
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          event.stopPropagation();
          onOpen(source.id, 'beside');
        }}
      >
        <SplitRightIcon />
      </button>
    </div>
  );
}
