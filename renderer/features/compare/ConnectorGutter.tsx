import { useId, useSyncExternalStore } from 'react';
import type { AlignmentLayout } from './alignmentLayout';
import { bandPath, connectorBands, gutterClip } from './geometry';
import type { ConnectorLink } from './geometry';
import { kindLabels } from './kinds';

/** Matches .connector-gutter's width in compare.css. */
export const gutterWidth = 32;

interface ConnectorGutterProps {
  layout: AlignmentLayout;
  /** The pair's left column. */
  index: number;
  links: readonly ConnectorLink[];
  /** A left and right label for the bands' titles ("#000", "#001"). */
  labels: readonly [string, string];
  onSelect(key: string): void;
}

/**
 * The strip between two columns: one band per aligned passage from its extent on the left to
 * its counterpart on the right, redrawn from the layout's measurements as either column scrolls.
 */
export function ConnectorGutter({ layout, index, links, labels, onSelect }: ConnectorGutterProps) {
  useSyncExternalStore(layout.subscribe, layout.getVersion);
  const clipId = `connector-clip-${useId().replace(/[^\w-]/g, '')}`;
  const left = layout.columns[index];
  const right = layout.columns[index + 1];
  const bands =
    left && right
      ? connectorBands(links, left.extents, right.extents, left.viewport, right.viewport)
      : [];
  return (
    <div className="connector-gutter" data-testid="connector-gutter" aria-hidden="true">
      {left && right ? (
        <svg className="connector-gutter__svg" width={gutterWidth} height="100%">
          <defs>
            <clipPath id={clipId}>
              <polygon points={gutterClip(left.viewport, right.viewport, gutterWidth)} />
            </clipPath>
          </defs>
          <g clipPath={`url(#${clipId})`}>
            {bands.map((band) => (
              <path
                key={band.key}
                className="connector"
                data-testid="connector"
                data-kind={band.kind}
                data-selected={band.selected || undefined}
                d={bandPath(band, gutterWidth)}
                onClick={() => onSelect(band.key)}
              >
                <title>{`${kindLabels[band.kind]}: ${labels[0]} ↔ ${labels[1]}`}</title>
              </path>
            ))}
          </g>
        </svg>
      ) : null}
    </div>
  );
}
