import type { Paragraph, PassageKind, Span } from '../../../preload/contract';
import { segmentParagraph } from '../../../main/core/text/segments';
import type { SegmentMark } from '../../../main/core/text/segments';
import type { ClaimHighlight } from '../claims/claimHighlights';
import type { ColumnPassage } from './alignment';
import type { TitledMark } from './diffTitles';
import { strongestKind } from './kinds';

// What one column draws over its text: passage tints, the selection, word differences and the
// stretches "Differences only" hides. Planned here as data, so the view stays a plain map over
// runs and every rule is unit-tested.

export interface ColumnDecoration {
  passages: readonly ColumnPassage[];
  /** Keys of the selected passages and their counterparts. */
  selected: ReadonlySet<string>;
  /** Word differences of the selected passages in this column. */
  diffs: readonly TitledMark[];
  /** Stretches every open column shares verbatim; empty unless "Differences only" is on. */
  hidden: readonly Span[];
  /** Claim highlights in drawing order (outer first); see claimHighlights. */
  claims?: readonly ClaimHighlight[];
}

export const emptyDecoration: ColumnDecoration = {
  passages: [],
  selected: new Set(),
  diffs: [],
  hidden: [],
};

export interface TextRun extends Span {
  text: string;
  kind: PassageKind | null;
  passageKeys: string[];
  selected: boolean;
  diff: TitledMark | null;
  hidden: boolean;
  /** On the first run of a hidden stretch inside a shown paragraph: how many passages it hides. */
  hiddenCount: number;
  /** Claims covering the run, outermost first. */
  claims: ClaimHighlight[];
}

export interface ParagraphPlan {
  paragraph: Paragraph;
  runs: TextRun[];
  /** Everything but white space is hidden: the paragraph folds into a bar. */
  hidden: boolean;
  hiddenIds: ReadonlySet<number>;
}

export type ArticleBlock =
  | { type: 'paragraph'; plan: ParagraphPlan }
  | { type: 'collapsed'; key: string; count: number; plans: ParagraphPlan[] };

interface RawRun extends TextRun {
  hiddenIds: number[];
}

function markKeys(decoration: ColumnDecoration): SegmentMark[] {
  return [
    ...decoration.passages.map((passage) => ({ ...passage.span, key: `p${passage.key}` })),
    ...decoration.diffs.map((diff, index) => ({
      start: diff.start,
      end: diff.end,
      key: `d${index}`,
    })),
    ...decoration.hidden.map((span, index) => ({ ...span, key: `h${index}` })),
    ...(decoration.claims ?? []).map((claim, index) => ({
      start: claim.start,
      end: claim.end,
      key: `c${index}`,
    })),
  ];
}

/** White space and punctuation: what is left of a sentence once its words are hidden. */
const isBare = (text: string) => /^[\s\p{P}]*$/u.test(text);

/** Cuts one paragraph into runs that each carry one set of decorations. */
export function planParagraph(paragraph: Paragraph, decoration: ColumnDecoration): ParagraphPlan {
  const kinds = new Map(decoration.passages.map((passage) => [passage.key, passage.kind]));
  const runs: RawRun[] = segmentParagraph(paragraph.text, paragraph, markKeys(decoration)).map(
    (segment) => {
      const passageKeys: string[] = [];
      const hiddenIds: number[] = [];
      const claimIndexes: number[] = [];
      let diff: TitledMark | null = null;
      for (const key of segment.keys) {
        const rest = key.slice(1);
        if (key.startsWith('p')) passageKeys.push(rest);
        else if (key.startsWith('h')) hiddenIds.push(Number(rest));
        else if (key.startsWith('c')) claimIndexes.push(Number(rest));
        else diff ??= decoration.diffs[Number(rest)] ?? null;
      }
      passageKeys.sort();
      claimIndexes.sort((a, b) => a - b);
      return {
        text: segment.text,
        start: segment.start,
        end: segment.end,
        kind: strongestKind(passageKeys.flatMap((key) => kinds.get(key) ?? [])),
        passageKeys,
        selected: passageKeys.some((key) => decoration.selected.has(key)),
        diff,
        hidden: hiddenIds.length > 0,
        hiddenCount: 0,
        hiddenIds,
        claims: claimIndexes.flatMap((index) => decoration.claims?.[index] ?? []),
      };
    },
  );

  // Punctuation and white space next to a hidden stretch fold with it: a sentence's closing
  // full stop or quotation marks are not worth a line of their own.
  runs.forEach((run, index) => {
    if (run.hidden || !isBare(run.text)) return;
    if (runs[index - 1]?.hidden || runs[index + 1]?.hidden) run.hidden = true;
  });

  const hiddenIds = new Set(runs.flatMap((run) => run.hiddenIds));
  const hidden = hiddenIds.size > 0 && runs.every((run) => run.hidden || isBare(run.text));
  if (!hidden) {
    let group: RawRun | null = null;
    let ids = new Set<number>();
    for (const run of [...runs, null]) {
      if (run?.hidden) {
        if (!group) {
          group = run;
          ids = new Set();
        }
        run.hiddenIds.forEach((id) => ids.add(id));
      } else if (group) {
        group.hiddenCount = ids.size;
        group = null;
      }
    }
  }
  return {
    paragraph,
    runs: runs.map(({ hiddenIds: _ids, ...run }) => run),
    hidden,
    hiddenIds,
  };
}

/** The article as shown paragraphs and bars standing in for runs of hidden ones. */
export function planArticle(
  paragraphs: readonly Paragraph[],
  decoration: ColumnDecoration,
): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const paragraph of paragraphs) {
    const plan = planParagraph(paragraph, decoration);
    const last = blocks[blocks.length - 1];
    if (!plan.hidden) blocks.push({ type: 'paragraph', plan });
    else if (last?.type === 'collapsed') last.plans.push(plan);
    else blocks.push({ type: 'collapsed', key: `c${paragraph.index}`, count: 0, plans: [plan] });
  }
  for (const block of blocks) {
    if (block.type !== 'collapsed') continue;
    block.count = new Set(block.plans.flatMap((plan) => [...plan.hiddenIds])).size;
  }
  return blocks;
}
