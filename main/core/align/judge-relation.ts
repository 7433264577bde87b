// From an alignment to a verdict an analyst can check: is one text a copy of the other, do they
// share passages, or are they independent? Direction is only claimed on evidence the texts
// carry (an attribution line, publication dates), never guessed from which text is longer.

import type { PassageKind, SourceRelation } from '../../../preload/contract';
import type { PairAlignment } from './align';
import { isCopyKind } from './passages';
import { describeDirection, findDirection, undeterminedReason } from './relation-direction';
import { labelOf, type SourceFacts } from './source-facts';

/** Derived copy: share of one side's words inside verbatim or spun passages. */
export const COPY_MIN_COVERAGE = 0.6;
/**
 * A derived copy took the whole text when this share of one side is copied; less (a content
 * farm's page built on 60% of an article) is a partial copy.
 */
export const WHOLE_COPY_MIN_COVERAGE = 0.8;
/** Derived copy: copied text on that side, in code points (about 40 words)… */
export const COPY_MIN_CHARACTERS = 250;
/** …in at least this many passages, unless the copied text is twice that long. */
export const COPY_MIN_PASSAGES = 2;
/**
 * Partial copy: a copied run of at least this many sentences (and PARTIAL_MIN_CHARACTERS on
 * both sides), or copied text making up PARTIAL_MIN_SHARE of either text (and
 * COPY_MIN_CHARACTERS). One shared quote or a stock phrase is neither.
 */
export const PARTIAL_MIN_SENTENCES = 3;
export const PARTIAL_MIN_CHARACTERS = 150;
export const PARTIAL_MIN_SHARE = 0.25;
/** Shared passages: copied or quoted text of at least this many code points on both sides… */
export const SHARED_MIN_CHARACTERS = 40;
/** …or at least this many paraphrased passages. */
export const SHARED_MIN_PARAPHRASES = 2;
/** Substitutions quoted in the explanation. */
const EXAMPLE_SUBSTITUTIONS = 5;

const KINDS: readonly PassageKind[] = ['verbatim', 'spun', 'shared-quote', 'paraphrase'];
const KIND_NAMES: Record<PassageKind, [string, string]> = {
  verbatim: ['verbatim', 'verbatim'],
  spun: ['spun', 'spun'],
  'shared-quote': ['shared quote', 'shared quotes'],
  paraphrase: ['paraphrase', 'paraphrases'],
};

function percent(share: number): string {
  return share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`;
}

function countKinds(alignment: PairAlignment): Record<PassageKind, number> {
  const counts: Record<PassageKind, number> = {
    verbatim: 0,
    spun: 0,
    'shared-quote': 0,
    paraphrase: 0,
  };
  for (const passage of alignment.passages) counts[passage.kind]++;
  return counts;
}

/** "19 passages: 2 verbatim, 17 spun" for the given kinds. */
function describeCounts(counts: Record<PassageKind, number>, kinds: readonly PassageKind[]) {
  const total = kinds.reduce((sum, kind) => sum + counts[kind], 0);
  const parts = kinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${KIND_NAMES[kind][counts[kind] === 1 ? 0 : 1]}`);
  return `${total} ${total === 1 ? 'passage' : 'passages'}: ${parts.join(', ')}`;
}

function describeSubstitutions(alignment: PairAlignment): string {
  const examples = alignment.substitutions.slice(0, EXAMPLE_SUBSTITUTIONS).map((swap) => {
    const times = swap.count > 1 ? ` ×${swap.count}` : '';
    return `${swap.from} → ${swap.to}${times}`;
  });
  return examples.length > 0 ? ` Typical substitutions: ${examples.join(', ')}.` : '';
}

/** Code points of each side inside passages of the given kinds. */
function spanLengths(alignment: PairAlignment, kinds: (kind: PassageKind) => boolean) {
  let a = 0;
  let b = 0;
  let passages = 0;
  for (const passage of alignment.passages) {
    if (!kinds(passage.kind)) continue;
    a += passage.a.end - passage.a.start;
    b += passage.b.end - passage.b.start;
    passages++;
  }
  return { a, b, passages };
}

/** "3 sentences" or "3 and 5 sentences": the sentence pairs in each copied run. */
function describeRunSentences(alignment: PairAlignment): string {
  const counts = alignment.copiedRuns.map((run) => run.sentences);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return `${total} ${total === 1 ? 'sentence' : 'sentences'}`;
}

/** Whether one text took a substantial contiguous run of the other. */
function isPartialCopy(alignment: PairAlignment, copied: { a: number; b: number }): boolean {
  const longRun = alignment.copiedRuns.some(
    (run) =>
      run.sentences >= PARTIAL_MIN_SENTENCES &&
      Math.min(run.a.end - run.a.start, run.b.end - run.b.start) >= PARTIAL_MIN_CHARACTERS,
  );
  const largeShare =
    Math.max(alignment.copyCoverage[0], alignment.copyCoverage[1]) >= PARTIAL_MIN_SHARE &&
    Math.min(copied.a, copied.b) >= COPY_MIN_CHARACTERS;
  return longRun || largeShare;
}

/**
 * Whether the two texts are the same, word for word: everything on both sides aligned verbatim
 * at the same places, no word differing anywhere (what a republication under another headline,
 * outlet or address has). Only spacing and punctuation between the words could differ unseen.
 */
export function isIdenticalText(alignment: PairAlignment): boolean {
  return (
    alignment.passages.length > 0 &&
    alignment.coverage[0] === 1 &&
    alignment.coverage[1] === 1 &&
    alignment.substitutions.length === 0 &&
    alignment.passages.every(
      (passage) =>
        passage.kind === 'verbatim' &&
        passage.diff.a.length === 0 &&
        passage.diff.b.length === 0 &&
        passage.a.start === passage.b.start &&
        passage.a.end === passage.b.end,
    )
  );
}

/**
 * A whole copy of identical text: said so first, then the direction's evidence, or that the
 * origin is unknown and why ("identical text, origin unknown: … neither credits a source").
 */
function describeIdenticalCopy(
  a: SourceFacts,
  b: SourceFacts,
  direction: ReturnType<typeof findDirection>,
  counts: Record<PassageKind, number>,
): string {
  const passages = `(${describeCounts(counts, ['verbatim'])})`;
  if (direction) {
    const [copy, origin] = [labelOf(direction.copy), labelOf(direction.origin)];
    return (
      `Identical text: ${copy} repeats ${origin} word for word ${passages}. ` +
      describeDirection(direction, a, b)
    );
  }
  const why = undeterminedReason(a, b);
  return (
    `Identical text, origin unknown: ${labelOf(a)} and ${labelOf(b)} are the same, ` +
    `word for word ${passages}${why ? `; ${why}` : ''}.`
  );
}

/** The relation between two sources, from their alignment (spans of `a` first). */
export function judgeRelation(
  alignment: PairAlignment,
  a: SourceFacts,
  b: SourceFacts,
): SourceRelation {
  const relation = judgeAlignment(alignment, a, b);
  if (!alignment.derivedVia?.length) return relation;
  // A pair inside or across copy clusters (core/corpus/copy-clusters.ts) is read off the
  // alignments with near-identical copies, not aligned word by word: the analyst should know.
  const copies =
    alignment.derivedVia.length === 1 ? 'a near-identical copy' : 'near-identical copies';
  return {
    ...relation,
    explanation: `${relation.explanation} Found through ${copies} of these texts, not by aligning them word by word.`,
  };
}

function judgeAlignment(alignment: PairAlignment, a: SourceFacts, b: SourceFacts): SourceRelation {
  const passageCounts = countKinds(alignment);
  const base = {
    a: a.id,
    b: b.id,
    similarity: alignment.similarity,
    coverage: [alignment.coverage[0], alignment.coverage[1]] as [number, number],
    passageCounts,
  };
  const [labelA, labelB] = [labelOf(a), labelOf(b)];

  const copied = spanLengths(alignment, isCopyKind);
  const copiedRuns = alignment.copiedRuns.map((run) => ({ a: run.a, b: run.b }));
  const copiedSide = alignment.copyCoverage[1] > alignment.copyCoverage[0] ? 'b' : 'a';
  const copiedShare = alignment.copyCoverage[copiedSide === 'a' ? 0 : 1];
  const copiedCharacters = copied[copiedSide];
  const whole =
    copiedShare >= COPY_MIN_COVERAGE &&
    copiedCharacters >= COPY_MIN_CHARACTERS &&
    (copied.passages >= COPY_MIN_PASSAGES || copiedCharacters >= 2 * COPY_MIN_CHARACTERS);
  // The same text, however short, is a copy (or both copy one origin): syndication.
  const identical = isIdenticalText(alignment);
  if (identical || whole || isPartialCopy(alignment, copied)) {
    const direction = findDirection(a, b);
    // Say how much of the copy is aligned when the evidence names it and it is mostly copied;
    // otherwise (a copy that added much of its own) how much of the side that is.
    const copyIsA = direction ? direction.copy.id === a.id : copiedSide === 'a';
    const copyShare = alignment.copyCoverage[copyIsA ? 0 : 1];
    const describeA = copyShare >= COPY_MIN_COVERAGE ? copyIsA : copiedSide === 'a';
    const [mostly, other] = describeA ? [labelA, labelB] : [labelB, labelA];
    const share = alignment.copyCoverage[describeA ? 0 : 1];
    const runs = alignment.copiedRuns.length;
    const extent =
      Math.max(alignment.copyCoverage[0], alignment.copyCoverage[1]) >= WHOLE_COPY_MIN_COVERAGE
        ? 'whole'
        : 'partial';
    const partly =
      extent === 'whole'
        ? ''
        : `A partial copy: ${runs === 1 ? 'one continuous run' : `${runs} continuous runs`} of ` +
          `${describeRunSentences(alignment)} copied. `;
    const explanation = identical
      ? describeIdenticalCopy(a, b, direction, passageCounts)
      : partly +
        `${percent(share)} of ${mostly} is aligned with ${other} ` +
        `(${describeCounts(passageCounts, ['verbatim', 'spun'])}).` +
        describeSubstitutions(alignment) +
        ` ${describeDirection(direction, a, b)}`;
    return {
      ...base,
      ...(identical ? { identical: true as const } : {}),
      verdict: 'derived-copy',
      direction: direction && {
        copy: direction.copy.id,
        origin: direction.origin.id,
        evidence: direction.evidence,
      },
      extent,
      copiedRuns,
      explanation,
    };
  }

  const quotedOrCopied = spanLengths(alignment, (kind) => kind !== 'paraphrase');
  const shares =
    Math.min(quotedOrCopied.a, quotedOrCopied.b) >= SHARED_MIN_CHARACTERS ||
    passageCounts.paraphrase >= SHARED_MIN_PARAPHRASES;
  if (shares) {
    const explanation =
      `${labelA} and ${labelB} share ${describeCounts(passageCounts, KINDS)}; ` +
      `${percent(alignment.coverage[0])} of ${labelA} and ${percent(alignment.coverage[1])} ` +
      `of ${labelB} is aligned.` +
      describeSubstitutions(alignment);
    return {
      ...base,
      verdict: 'shares-passages',
      direction: null,
      extent: null,
      copiedRuns: [],
      explanation,
    };
  }

  const explanation =
    alignment.passages.length === 0
      ? `No passage of ${labelA} aligns with ${labelB}.`
      : `${labelA} and ${labelB} have only ${describeCounts(passageCounts, KINDS)}, ` +
        'too little to say one drew on the other.';
  return {
    ...base,
    verdict: 'independent',
    direction: null,
    extent: null,
    copiedRuns: [],
    explanation,
  };
}
