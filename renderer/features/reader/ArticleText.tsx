import type { Paragraph } from '../../../preload/contract';

/**
 * The source's text, one element per paragraph, carrying its code-point offsets for anchoring.
 * A paragraph element holds nothing but its text (the gutter number is CSS generated content),
 * so DOM offsets inside it map straight onto the paragraph's text.
 */
export function ArticleText({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  if (paragraphs.length === 0) {
    return (
      <div className="article">
        <p className="article__empty">This source has no body text.</p>
      </div>
    );
  }
  return (
    <article className="article">
      {paragraphs.map((paragraph, position) => (
        <p
          key={paragraph.index}
          className="paragraph"
          data-testid="paragraph"
          data-index={paragraph.index}
          data-start={paragraph.start}
          data-end={paragraph.end}
          data-number={position + 1}
        >
          {paragraph.text}
        </p>
      ))}
    </article>
  );
}

const skeletonLines = [100, 96, 98, 62, 0, 100, 94, 97, 99, 40, 0, 98, 100, 71];

export function ArticleSkeleton() {
  return (
    <div className="article article--loading" aria-label="Loading text" role="status">
      {skeletonLines.map((width, index) =>
        width === 0 ? (
          <div key={index} className="skeleton-gap" />
        ) : (
          <div key={index} className="skeleton-line" style={{ width: `${width}%` }} />
        ),
      )}
    </div>
  );
}
