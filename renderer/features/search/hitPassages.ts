import type { PassageRef, SearchGroup, SearchHit } from '../../../preload/contract';

// A search hit as a passage to link to a claim: from the first matched word (or phrase) of the
// hit's paragraph to the last, so a quoted phrase is linked as the phrase itself.

/** The passage a hit stands for; null for hits that are not in a source's text. */
export function hitPassage(sourceId: number | null, hit: SearchHit): PassageRef | null {
  if (sourceId === null || hit.kind !== 'passage' || hit.spans.length === 0) return null;
  const start = Math.min(...hit.spans.map((span) => span.start));
  const end = Math.max(...hit.spans.map((span) => span.end));
  return end > start ? { sourceId, start, end } : null;
}

/** Every passage hit of the groups, once each, in the groups' order and then the text's. */
export function hitPassages(groups: readonly SearchGroup[]): PassageRef[] {
  const seen = new Set<string>();
  const passages: PassageRef[] = [];
  for (const group of groups) {
    const inGroup = group.hits
      .map((hit) => hitPassage(group.sourceId, hit))
      .filter((passage): passage is PassageRef => passage !== null)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (const passage of inGroup) {
      const key = `${passage.sourceId}:${passage.start}:${passage.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      passages.push(passage);
    }
  }
  return passages;
}
