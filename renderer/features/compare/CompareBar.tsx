import type { ReactNode } from 'react';
import type { CommandId } from '../../../preload/commands';
import type { CompareOption, CompareOptions } from '../../app/store';
import {
  AlertIcon,
  AlignIcon,
  ChevronDownIcon,
  ChevronUpIcon,
  DifferencesIcon,
  MatrixIcon,
  PanelIcon,
  RetryIcon,
  SyncScrollIcon,
} from '../../components/icons';
import { shortcutFor } from '../commands/platform';
import type { PairState } from './useRelations';
import { kindDescriptions, kindLabels, passageKinds } from './kinds';
import { positionText } from './navigation';
import type { StopPosition } from './navigation';

interface CompareBarProps {
  options: CompareOptions;
  pairs: readonly PairState[];
  labels: ReadonlyMap<number, string>;
  position: StopPosition;
  onToggle(option: CompareOption): void;
  onStep(direction: 'next' | 'previous'): void;
  onOpenMatrix(): void;
  onRetry(): void;
}

function withShortcut(text: string, command: CommandId): string {
  const keys = shortcutFor(command);
  return keys ? `${text} (${keys})` : text;
}

function Toggle(props: {
  option: CompareOption;
  options: CompareOptions;
  label: string;
  title: string;
  icon: ReactNode;
  testId: string;
  disabled?: boolean;
  onToggle(option: CompareOption): void;
}) {
  const pressed = props.options[props.option];
  return (
    <button
      type="button"
      className="compare-toggle"
      aria-pressed={pressed}
      title={props.title}
      disabled={props.disabled}
      data-testid={props.testId}
      onClick={() => props.onToggle(props.option)}
    >
      {props.icon}
      <span className="compare-toggle__label">{props.label}</span>
    </button>
  );
}

/** The strip above compared columns: what is shown, passage navigation, the legend. */
export function CompareBar(props: CompareBarProps) {
  const { options, pairs, labels, position, onToggle, onStep } = props;
  const aligned = options.alignment;
  const loading = aligned && pairs.some((pair) => pair.state.status === 'loading');
  const failed = aligned ? pairs.find((pair) => pair.state.status === 'error') : undefined;
  const label = (id: number) => labels.get(id) ?? String(id);
  return (
    <div className="compare-bar" role="toolbar" aria-label="Compare" data-testid="compare-bar">
      <div className="compare-bar__group">
        <Toggle
          option="alignment"
          options={options}
          label="Alignment"
          title={withShortcut('Tint aligned passages and connect them', 'compare.toggleAlignment')}
          icon={<AlignIcon />}
          testId="toggle-alignment"
          onToggle={onToggle}
        />
        <Toggle
          option="syncScroll"
          options={options}
          label="Sync scroll"
          title={withShortcut('Scroll counterparts into view together', 'compare.toggleSync')}
          icon={<SyncScrollIcon />}
          testId="toggle-sync-scroll"
          disabled={!aligned}
          onToggle={onToggle}
        />
        <Toggle
          option="differencesOnly"
          options={options}
          label="Differences only"
          title={withShortcut(
            'Fold away text every open source shares word for word',
            'compare.toggleDifferencesOnly',
          )}
          icon={<DifferencesIcon />}
          testId="toggle-differences-only"
          disabled={!aligned}
          onToggle={onToggle}
        />
      </div>
      {aligned ? (
        <div className="compare-bar__group compare-bar__nav">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous aligned passage"
            title={withShortcut('Previous aligned passage', 'compare.previousPassage')}
            disabled={position.total === 0}
            data-testid="previous-passage"
            onClick={() => onStep('previous')}
          >
            <ChevronUpIcon />
          </button>
          <span
            className="compare-bar__position tabular"
            data-testid="passage-position"
            aria-live="polite"
          >
            {positionText(position)}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Next aligned passage"
            title={withShortcut('Next aligned passage', 'compare.nextPassage')}
            disabled={position.total === 0}
            data-testid="next-passage"
            onClick={() => onStep('next')}
          >
            <ChevronDownIcon />
          </button>
        </div>
      ) : null}
      {loading ? (
        <span className="compare-bar__status" role="status" data-testid="alignment-loading">
          <span className="compare-spinner" aria-hidden="true" />
          Aligning…
        </span>
      ) : null}
      {failed?.state.status === 'error' ? (
        <span className="compare-bar__status compare-bar__status--error" role="alert">
          <AlertIcon />
          {label(failed.a)} and {label(failed.b)} could not be compared:{' '}
          {failed.state.error.message}
          <button
            type="button"
            className="button button--quiet button--compact"
            onClick={props.onRetry}
          >
            <RetryIcon />
            Retry
          </button>
        </span>
      ) : null}
      <span className="compare-bar__spacer" />
      {aligned ? (
        <ul className="compare-legend" aria-label="Passage kinds" data-testid="alignment-legend">
          {passageKinds.map((kind) => (
            <li key={kind} className="compare-legend__item" title={kindDescriptions[kind]}>
              <span className="kind-swatch" data-kind={kind} aria-hidden="true" />
              {kindLabels[kind]}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="compare-bar__group">
        <button
          type="button"
          className="button button--quiet button--compact"
          title={withShortcut('Similarity of every pair of sources', 'compare.showMatrix')}
          data-testid="open-matrix"
          onClick={props.onOpenMatrix}
        >
          <MatrixIcon />
          Matrix
        </button>
        {aligned ? (
          <button
            type="button"
            className="icon-button"
            aria-pressed={options.panelOpen}
            aria-label="Comparison panel"
            title={withShortcut('Show or hide the comparison panel', 'compare.togglePanel')}
            data-testid="toggle-compare-panel"
            onClick={() => onToggle('panelOpen')}
          >
            <PanelIcon />
          </button>
        ) : null}
      </div>
    </div>
  );
}
