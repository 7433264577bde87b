// Which places hold which, as the case's own texts say it: "the Russian Far Eastern city of
// Vladivostok", "Russia's Far Eastern port of Vladivostok". A place and a larger place that
// holds it are no conflict between two reports ("in Vladivostok" against "in the Russian Far
// East"). Read with one linear scan per text; no gazetteer, so only what some report states.

/** "<region words> city of <Place>": the region before the noun, the place after "of". */
const CONTAINED_IN =
  /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:city|town|port|village|region|province|state|capital|island|district|county|republic)\s+of\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,2})/gu;

/** Words that open a sentence or a phrase and belong to no place's name. */
const NOT_PLACE_WORDS = new Set(['the', 'a', 'an', 'in', 'of', 'to', 'from', 'at', 'on', 'and']);

/**
 * A place word in a form both its noun and its adjective share: possessive cut, "Eastern" →
 * "east", "Russian" → "russia", "Korean" → "korea".
 */
export function placeStem(word: string): string {
  let stem = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s?$/u, '');
  if (/(?:north|south|east|west)ern$/u.test(stem)) stem = stem.slice(0, -3);
  else if (/[^aeiou]ian$/u.test(stem)) stem = stem.slice(0, -1);
  else if (/ean$/u.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The stems of a place name's words, function words left out. */
function stems(words: readonly string[]): string[] {
  return words.map(placeStem).filter((word) => word !== '' && !NOT_PLACE_WORDS.has(word));
}

/** One stated relation: `inner` lies in `outer` (both as stems). */
interface Held {
  outer: string[];
  inner: string[];
}

/** How many relations one text may add (a hostile text stays cheap to check against). */
const MAX_PER_TEXT = 200;

/** Whether every word of `part` is in `whole`. */
function within(part: readonly string[], whole: readonly string[]): boolean {
  return part.length > 0 && part.every((word) => whole.includes(word));
}

/** The places the case's texts say hold other places. */
export class PlaceContainment {
  /** Relations by the inner place's last stem. */
  private readonly byInner = new Map<string, Held[]>();

  /** Reads the relations `text` states. */
  add(text: string): void {
    let added = 0;
    for (const match of text.matchAll(CONTAINED_IN)) {
      if (added >= MAX_PER_TEXT) break;
      const outer = stems((match[1] ?? '').split(/\s+/u));
      const inner = stems((match[2] ?? '').split(/\s+/u));
      const key = inner[inner.length - 1];
      if (outer.length === 0 || key === undefined) continue;
      const list = this.byInner.get(key);
      if (list === undefined) this.byInner.set(key, [{ outer, inner }]);
      else if (list.length < MAX_PER_TEXT) list.push({ outer, inner });
      added++;
    }
  }

  /**
   * Whether some text says the place named `inner` lies in the one named `outer` (lower-case
   * words). The outer name may give more or fewer of the region's words ("Far East" against
   * "Russian Far Eastern"), but shares at least two, or all of a one-word name.
   */
  holds(outer: readonly string[], inner: readonly string[]): boolean {
    const outerStems = stems(outer);
    const innerStems = stems(inner);
    const key = innerStems[innerStems.length - 1];
    if (key === undefined || outerStems.length === 0) return false;
    for (const held of this.byInner.get(key) ?? []) {
      if (!within(held.inner, innerStems) && !within(innerStems, held.inner)) continue;
      const shared = outerStems.filter((word) => held.outer.includes(word)).length;
      if (shared >= Math.min(2, outerStems.length, held.outer.length)) return true;
    }
    return false;
  }
}
