import { useMemo, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import type { Paragraph } from '../../../preload/contract';
import type { ClaimHighlight } from '../claims/claimHighlights';
import { emptyDecoration, planArticle } from '../compare/articlePlan';
import type { ColumnDecoration, ParagraphPlan, TextRun } from '../compare/articlePlan';

interface ArticleTextProps {
  paragraphs: readonly Paragraph[];
  /** Alignment tints, selection, differences and hidden text; absent when not comparing. */
  decoration?: ColumnDecoration | undefined;
  /** A click on aligned text, with the code-point offset of the run clicked. */
  onPassageClick?(offset: number): void;
  /** Claim highlights in drawing order; see claimHighlights. */
  claims?: readonly ClaimHighlight[] | undefined;
  /** A click on a claim highlight (the innermost one under the pointer). */
  onClaimClick?(claimId: number): void;
}

const noClaims: readonly ClaimHighlight[] = [];

/**
 * The source's text, one element per paragraph, carrying its code-point offsets for anchoring.
 * A paragraph element holds nothing but its text: the gutter number and the "hidden" markers are
 * CSS generated content and hidden text stays in the DOM, so DOM offsets inside a paragraph map
 * straight onto the paragraph's text in every mode.
 */
export function ArticleText({
  paragraphs,
  decoration,
  onPassageClick,
  claims = noClaims,
  onClaimClick,
}: ArticleTextProps) {
  const decorated = useMemo(
    () => (claims.length > 0 ? { ...(decoration ?? emptyDecoration), claims } : decoration),
    [decoration, claims],
  );
  if (paragraphs.length === 0) {
    return (
      <div className="article">
        <p className="article__empty">This source has no body text.</p>
      </div>
    );
  }
  if (!decorated) {
    return (
      <article className="article">
        {paragraphs.map((paragraph, position) => (
          <p
            key={paragraph.index}
            className="paragraph"
            {...paragraphAttributes(paragraph, position)}
          >
            {paragraph.text}
          </p>
        ))}
      </article>
    );
  }
  return (
    <DecoratedArticle
      paragraphs={paragraphs}
      decoration={decorated}
      aligned={decoration !== undefined}
      onPassageClick={onPassageClick}
      onClaimClick={onClaimClick}
    />
  );
}

function paragraphAttributes(paragraph: Paragraph, position: number) {
  return {
    'data-testid': 'paragraph',
    'data-index': paragraph.index,
    'data-start': paragraph.start,
    'data-end': paragraph.end,
    'data-number': position + 1,
  };
}

function DecoratedArticle({
  paragraphs,
  decoration,
  aligned,
  onPassageClick,
  onClaimClick,
}: Required<Pick<ArticleTextProps, 'paragraphs' | 'decoration'>> &
  Pick<ArticleTextProps, 'onPassageClick' | 'onClaimClick'> & { aligned: boolean }) {
  const blocks = useMemo(() => planArticle(paragraphs, decoration), [paragraphs, decoration]);
  const positions = useMemo(
    () => new Map(paragraphs.map((paragraph, position) => [paragraph.index, position])),
    [paragraphs],
  );
  // Folds the analyst opened stay open until "Differences only" computes a new set.
  const [opened, setOpened] = useState({ hidden: decoration.hidden, keys: new Set<string>() });
  const openedKeys = opened.hidden === decoration.hidden ? opened.keys : new Set<string>();
  const open = (key: string) =>
    setOpened({ hidden: decoration.hidden, keys: new Set(openedKeys).add(key) });

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!(event.target instanceof Element)) return;
    // Selecting text by dragging is reading, not choosing a passage.
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    const claim = event.target.closest<HTMLElement>('[data-claim-id]');
    if (claim?.dataset.claimId && onClaimClick) onClaimClick(Number(claim.dataset.claimId));
    if (!onPassageClick) return;
    const run = event.target.closest<HTMLElement>('[data-passages]');
    if (run?.dataset.start) onPassageClick(Number(run.dataset.start));
  };

  const renderParagraph = (plan: ParagraphPlan, folded: boolean, blockOpen = false) => {
    const { paragraph } = plan;
    const unfolded = blockOpen || openedKeys.has(`p${paragraph.index}`);
    return (
      <p
        key={paragraph.index}
        className="paragraph"
        hidden={folded || undefined}
        {...paragraphAttributes(paragraph, positions.get(paragraph.index) ?? 0)}
      >
        {plan.runs.map((run) => renderRun(run, unfolded, () => open(`p${paragraph.index}`)))}
      </p>
    );
  };

  return (
    <article className={aligned ? 'article article--aligned' : 'article'} onClick={onClick}>
      {blocks.map((block) => {
        if (block.type === 'paragraph') return renderParagraph(block.plan, false);
        const unfolded = openedKeys.has(block.key);
        return (
          <div key={block.key} className="collapsed-run" data-open={unfolded || undefined}>
            {unfolded ? null : (
              <button
                type="button"
                className="collapsed-bar"
                data-testid="collapsed-bar"
                title="Text every open source shares word for word. Click to show it."
                onClick={() => open(block.key)}
              >
                {block.count} identical {block.count === 1 ? 'sentence' : 'sentences'} hidden
              </button>
            )}
            {block.plans.map((plan) => renderParagraph(plan, !unfolded, unfolded))}
          </div>
        );
      })}
    </article>
  );
}

function renderRun(run: TextRun, unfolded: boolean, onUnfold: () => void) {
  const content = renderRunContent(run, unfolded, onUnfold);
  if (run.claims.length === 0 || (run.hidden && !unfolded)) return content;
  // Each claim covering the run wraps it, outermost first, so overlaps and nesting stack.
  return run.claims.reduceRight<ReactNode>(
    (inner, claim, depth) => (
      <mark
        key={depth === 0 ? run.start : undefined}
        className="claim-mark"
        data-testid="claim-mark"
        data-claim-id={claim.claimId}
        data-stance={claim.stance}
        data-claim-selected={claim.selected || undefined}
        data-depth={depth}
        style={{ '--claim-color': claim.color }}
        title={claim.title}
      >
        {inner}
      </mark>
    ),
    content,
  );
}

function renderRunContent(run: TextRun, unfolded: boolean, onUnfold: () => void) {
  const key = run.start;
  if (run.hidden && !unfolded) {
    const label = `${run.hiddenCount} identical ${run.hiddenCount === 1 ? 'sentence' : 'sentences'} hidden`;
    return (
      <span key={key}>
        {run.hiddenCount > 0 ? (
          <button
            type="button"
            className="collapsed-inline"
            data-testid="collapsed-inline"
            data-label={`⋯ ${label}`}
            aria-label={`${label}. Show them.`}
            title={`${label}: shared word for word by every open source. Click to show.`}
            onClick={onUnfold}
          />
        ) : null}
        <span hidden>{run.text}</span>
      </span>
    );
  }
  if (!run.kind) {
    if (!run.diff) return run.text;
    return <span key={key}>{run.text}</span>;
  }
  const attributes = {
    className: 'aligned',
    'data-kind': run.kind,
    'data-passages': run.passageKeys.join(' '),
    'data-start': run.start,
    'data-selected': run.selected || undefined,
  };
  if (run.diff?.op === 'removed') {
    return (
      <del key={key} {...attributes} data-testid="diff-removed" title={run.diff.title}>
        {run.text}
      </del>
    );
  }
  if (run.diff?.op === 'added') {
    return (
      <ins key={key} {...attributes} data-testid="diff-added" title={run.diff.title}>
        {run.text}
      </ins>
    );
  }
  return (
    <span key={key} {...attributes}>
      {run.text}
    </span>
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
