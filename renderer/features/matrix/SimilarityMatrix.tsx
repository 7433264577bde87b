import type { CSSProperties } from 'react';
import type { RelationsState, SourceSummary } from '../../../preload/contract';
import { Modal, ModalHeader } from '../../components/Modal';
import type { QueryState } from '../../lib/useQuery';
import { formatScore, shortSourceLabel } from '../compare/kinds';
import { sourceTitle } from '../sources/format';
import { useTheme } from '../theme/useTheme';
import { buildMatrix, glyphText, progressText, similarityColor, similarityInk } from './matrix';
import type { MatrixCell } from './matrix';
import './matrix.css';

interface SimilarityMatrixProps {
  sources: readonly SourceSummary[];
  relations: QueryState<RelationsState>;
  onOpenPair(a: number, b: number): void;
  onClose(): void;
}

const legendStops = [0, 0.25, 0.5, 0.75, 1];

/** Marks a derived copy of part of a text, beside the direction arrow. */
const partialMark = 'part';

/** Every source against every other: how alike they are, and which copies which. */
export function SimilarityMatrix({
  sources,
  relations,
  onOpenPair,
  onClose,
}: SimilarityMatrixProps) {
  const theme = useTheme().resolved;
  const state = relations.status === 'ready' ? relations.data : null;
  const rows = buildMatrix(
    // Headers are tight: the number the source list shows ("#002"); the tooltip names it in full.
    sources.map((source) => ({
      id: source.id,
      label: shortSourceLabel(source),
      title: `${source.label}: ${sourceTitle(source)}`,
    })),
    state?.relations ?? [],
  );
  const computing = state?.status === 'computing';
  const progress = state?.progress;

  const cellStyle = (cell: MatrixCell): CSSProperties => ({
    background: similarityColor(cell.similarity, theme),
  });

  return (
    <Modal
      label="Similarity matrix"
      onClose={onClose}
      className="matrix-dialog"
      closeOnBackdrop
      testId="similarity-matrix"
    >
      <ModalHeader
        title="Similarity of sources"
        subtitle="Each cell compares the source of its row with the source of its column. Click one to open the pair side by side."
        onClose={onClose}
      />
      <div className="modal__body matrix-dialog__body">
        {computing ? (
          <div className="matrix-progress" role="status" data-testid="relations-progress">
            <span>{progressText(progress ?? null)}</span>
            {progress && progress.total > 0 ? (
              <progress value={progress.done} max={progress.total} />
            ) : null}
          </div>
        ) : null}
        {relations.status === 'error' ? (
          <p className="alert" role="alert">
            The comparison of sources could not be loaded: {relations.error.message}
          </p>
        ) : relations.status !== 'ready' ? (
          <p className="matrix-empty" role="status">
            Loading comparisons…
          </p>
        ) : sources.length < 2 ? (
          <p className="matrix-empty">A matrix needs at least two sources in the case.</p>
        ) : (
          <div className="matrix-scroll">
            <table className="matrix" data-count={sources.length}>
              <thead>
                <tr>
                  <td className="matrix__corner" />
                  {rows.map((row) => (
                    <th
                      key={row.source.id}
                      scope="col"
                      className="matrix__label matrix__label--column"
                      title={row.source.title}
                    >
                      {row.source.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.source.id}>
                    <th
                      scope="row"
                      className="matrix__label matrix__label--row"
                      title={row.source.title}
                    >
                      {row.source.label}
                    </th>
                    {row.cells.map((cell, index) =>
                      cell === null ? (
                        <td
                          key={index}
                          className="matrix__self"
                          aria-label={`${row.source.label} itself`}
                        >
                          <span aria-hidden="true">—</span>
                        </td>
                      ) : (
                        <td key={cell.b}>
                          <button
                            type="button"
                            className="matrix__cell"
                            data-testid="matrix-cell"
                            data-a={cell.a}
                            data-b={cell.b}
                            data-verdict={cell.verdict}
                            data-extent={cell.partial ? 'partial' : undefined}
                            data-ink={similarityInk(cell.similarity, theme)}
                            aria-label={cell.ariaLabel}
                            title={`${cell.ariaLabel}. Open side by side.`}
                            style={cellStyle(cell)}
                            onClick={() => onOpenPair(cell.open.a, cell.open.b)}
                          >
                            <span className="matrix__glyph" aria-hidden="true">
                              {glyphText[cell.glyph]}
                            </span>
                            {cell.partial ? (
                              <span
                                className="matrix__extent"
                                data-testid="matrix-partial"
                                aria-hidden="true"
                              >
                                {partialMark}
                              </span>
                            ) : null}
                            <span className="matrix__value tabular" aria-hidden="true">
                              {cell.similarity > 0
                                ? formatScore(cell.similarity).replace(/^0/, '')
                                : ''}
                            </span>
                          </button>
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="matrix-legend" data-testid="matrix-legend">
          <div className="matrix-legend__scale">
            <span>Similarity</span>
            <span className="matrix-legend__ramp" aria-hidden="true">
              {legendStops.map((stop) => (
                <span key={stop} style={{ background: similarityColor(stop, theme) }} />
              ))}
            </span>
            <span className="tabular">0 – 1</span>
          </div>
          <ul className="matrix-legend__glyphs">
            <li>
              <span aria-hidden="true">← ↑</span> derived copy: the arrow points to the original
            </li>
            <li>
              <span aria-hidden="true">{glyphText.copy}</span> derived copy, direction undetermined
            </li>
            <li>
              <span className="matrix-legend__extent" aria-hidden="true">
                {partialMark}
              </span>{' '}
              partial copy: a run of the text was taken
            </li>
            <li>
              <span aria-hidden="true">{glyphText.shared}</span> shares passages
            </li>
            <li>blank: independent</li>
          </ul>
        </div>
      </div>
    </Modal>
  );
}
