import type { Span } from '../../../preload/contract';
import { segmentParagraph } from '../../../main/core/text/segments';
import { sliceByCodePoints } from '../../../main/core/text/code-points';
import type { PairList } from './alignment';
import type { ColumnPassage } from './alignment';
import { titledDiffMarks } from './diffTitles';
import type { TitledMark } from './diffTitles';
import { formatScore, kindDescriptions, kindLabels } from './kinds';

interface PassageDetailProps {
  passages: readonly ColumnPassage[];
  pairs: PairList;
  texts: ReadonlyMap<number, string>;
  /** "#002" over each side's text. */
  label(sourceId: number): string;
  /** The full label and title, in the side label's tooltip. */
  title(sourceId: number): string;
}

/** A passage's text with its word differences struck (removed) or underlined (added). */
function DiffText({
  text,
  span,
  marks,
}: {
  text: string;
  span: Span;
  marks: readonly TitledMark[];
}) {
  const passageText = sliceByCodePoints(text, span.start, span.end);
  const segments = segmentParagraph(
    passageText,
    span,
    marks.map((mark, index) => ({ start: mark.start, end: mark.end, key: String(index) })),
  );
  return (
    <p className="passage-text">
      {segments.map((segment) => {
        const [first] = segment.keys;
        const mark = first === undefined ? undefined : marks[Number(first)];
        if (!mark) return <span key={segment.start}>{segment.text}</span>;
        const Tag = mark.op === 'removed' ? 'del' : 'ins';
        return (
          <Tag
            key={segment.start}
            className="passage-text__diff"
            data-testid={mark.op === 'removed' ? 'diff-removed' : 'diff-added'}
            title={mark.title}
          >
            {segment.text}
          </Tag>
        );
      })}
    </p>
  );
}

/** The selected passages of the anchor column, each beside its counterpart, differences shown. */
export function PassageDetail({ passages, pairs, texts, label, title }: PassageDetailProps) {
  if (passages.length === 0) {
    return (
      <div className="passage-detail passage-detail--empty">
        <h3 className="compare-panel__heading">Passage</h3>
        <p className="compare-panel__empty">
          Select a tinted passage, or press F7, to see its counterpart and the words that changed.
        </p>
      </div>
    );
  }
  return (
    <div className="passage-detail__list">
      {passages.map((passage) => {
        const pair = pairs[passage.pair];
        if (!pair) return null;
        const [textA, textB] = [texts.get(pair.a), texts.get(pair.b)];
        const titled = titledDiffMarks(
          passage.passage,
          { a: textA, b: textB },
          { a: label(pair.a), b: label(pair.b) },
        );
        const changes = passage.passage.diff.a.length + passage.passage.diff.b.length;
        return (
          <article
            key={passage.key}
            className="passage-detail"
            data-testid="passage-detail"
            data-kind={passage.kind}
          >
            <h3 className="passage-detail__head">
              <span
                className="kind-chip"
                data-kind={passage.kind}
                title={kindDescriptions[passage.kind]}
              >
                {kindLabels[passage.kind]}
              </span>
              <span className="tabular" data-testid="passage-score">
                score {formatScore(passage.passage.score)}
              </span>
              {passage.part ? (
                <span
                  className="passage-detail__meta tabular"
                  data-testid="passage-part"
                  title="This aligned passage crosses paragraph breaks; shown here is its part in one paragraph"
                >
                  paragraph {passage.part.part + 1} of {passage.part.parts}
                </span>
              ) : null}
              <span className="passage-detail__meta tabular">
                {changes === 0
                  ? 'no word changes'
                  : `${changes} changed ${changes === 1 ? 'run' : 'runs'}`}
              </span>
            </h3>
            <div className="passage-detail__texts">
              {(['a', 'b'] as const).map((side) => {
                const text = side === 'a' ? textA : textB;
                const sourceId = side === 'a' ? pair.a : pair.b;
                return (
                  <div key={side} className="passage-detail__side" data-side={side}>
                    <div
                      className="passage-detail__label tabular"
                      data-testid="passage-label"
                      title={title(sourceId)}
                    >
                      {label(sourceId)}
                    </div>
                    {text === undefined ? (
                      <p className="compare-panel__empty">Loading…</p>
                    ) : (
                      <DiffText text={text} span={passage.passage[side]} marks={titled[side]} />
                    )}
                  </div>
                );
              })}
            </div>
          </article>
        );
      })}
    </div>
  );
}
